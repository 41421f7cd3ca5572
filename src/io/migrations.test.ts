import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, MIGRATIONS, migrateToCurrent, type Migration } from './migrations';

describe('migrations', () => {
  it('are numbered +1 from format 2 up to the current format', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(
      Array.from({ length: CURRENT_FORMAT_VERSION - 1 }, (_, i) => i + 2),
    );
  });

  it('pass the current format through untouched', () => {
    const raw = { formatVersion: CURRENT_FORMAT_VERSION, business: {} };
    expect(migrateToCurrent(raw)).toEqual({ ok: true, value: raw });
  });

  it('refuse a newer format', () => {
    expect(migrateToCurrent({ formatVersion: CURRENT_FORMAT_VERSION + 1 })).toEqual({
      ok: false,
      reason: 'too_new',
      fileVersion: CURRENT_FORMAT_VERSION + 1,
      supportedVersion: CURRENT_FORMAT_VERSION,
    });
  });

  // The scaffold with made-up migrations 1 → 2 → 3, to show how the first real one plugs in.
  const renameHorizon: Migration = {
    to: 2,
    description: 'business.days → business.horizonDays',
    migrate: ({ business, ...rest }) => {
      const { days, ...b } = business as { days: number };
      return { ...rest, formatVersion: 2, business: { ...b, horizonDays: days } };
    },
  };
  const addCurrency: Migration = {
    to: 3,
    description: 'add business.currency',
    migrate: (raw) => ({ ...raw, business: { ...(raw.business as object), currency: 'CNY' } }),
  };

  it('run in order and record where the file came from', () => {
    const result = migrateToCurrent(
      { formatVersion: 1, business: { days: 90 } },
      [renameHorizon, addCurrency],
      3,
    );
    expect(result).toEqual({
      ok: true,
      value: { formatVersion: 3, business: { horizonDays: 90, currency: 'CNY' } },
      migratedFrom: 1,
    });
  });

  it('turn a throwing migration into an error value', () => {
    const broken: Migration = {
      to: 2,
      description: 'broken',
      migrate: () => {
        throw new Error('bad data');
      },
    };
    expect(migrateToCurrent({ formatVersion: 1 }, [broken], 2)).toEqual({
      ok: false,
      reason: 'migration_failed',
      fromVersion: 1,
      detail: 'bad data',
    });
  });

  it('report a missing step', () => {
    expect(migrateToCurrent({ formatVersion: 1 }, [addCurrency], 3)).toMatchObject({
      ok: false,
      reason: 'migration_failed',
      detail: 'no migration to format 2',
    });
  });
});
