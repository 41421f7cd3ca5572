import { beforeAdvisorFields } from './fixtures/beforeAdvisorFields';
import { describe, expect, it } from 'vitest';
import onlineShop from '../../examples/online-shop.json';
import restaurant from '../../examples/restaurant.json';
import supplier from '../../examples/supplier.json';
import { simulate } from '../engine/simulate';
import v1OnlineShop from './fixtures/v1/online-shop.json';
import v1Restaurant from './fixtures/v1/restaurant.json';
import v1Supplier from './fixtures/v1/supplier.json';
import {
  CURRENT_FORMAT_VERSION,
  MIGRATIONS,
  migrateToCurrent,
  upgradeDraft,
  type Migration,
} from './migrations';
import { parsePlanValue } from './planFile';

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

describe('format 1 → 2', () => {
  const parsed = (value: unknown) => {
    const result = parsePlanValue(value);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result;
  };

  it.each([
    ['online-shop', v1OnlineShop, onlineShop],
    ['restaurant', v1Restaurant, restaurant],
    ['supplier', v1Supplier, supplier],
  ])('opens the frozen format-1 %s as the format-2 example it became', (_, v1, v2) => {
    const old = parsed(v1);
    expect(old.migratedFrom).toBe(1);
    expect(old.file).toEqual(beforeAdvisorFields(parsed(v2).file));
    expect(old.file.business.paymentOrder).toBe('bank_first');
  });

  // A format-1 file with every field format 1 accepted and ignored: an outflow's platformGroup,
  // Huabei's draw fees, interest day and penalty multiplier, and an interest day on a loan.
  const v1File = () => {
    const file = structuredClone(v1OnlineShop) as unknown as {
      cashFlows: Record<string, unknown>[];
      fundingSources: Record<string, unknown>[];
    };
    const fabric = file.cashFlows.find((f) => f.id === 'fabric')!;
    fabric.platformGroup = 'ant';
    const huabei = file.fundingSources.find((s) => s.kind === 'huabei')!;
    Object.assign(huabei, { penaltyMultiplier: 1.15, drawFeePercent: 1, drawFeeMin: 10 });
    huabei.interestDay = 20;
    file.fundingSources.find((s) => s.kind === 'jiebei')!.interestDay = 18;
    return file;
  };

  it('drops what format 1 ignored and states the order format 1 used', () => {
    const migrated = migrateToCurrent(v1File() as never);
    if (!migrated.ok) throw new Error('migration failed');
    const v = migrated.value as unknown as typeof onlineShop;
    expect(v.formatVersion).toBe(2);
    expect(v.business.paymentOrder).toBe('bank_first');
    expect(v.cashFlows.find((f) => f.id === 'fabric')).not.toHaveProperty('platformGroup');
    // An inflow keeps where it lands.
    expect(v.cashFlows.find((f) => f.id === 'double12')).toHaveProperty('platformGroup', 'ant');
    const huabei = v.fundingSources.find((s) => s.kind === 'huabei')!;
    for (const key of ['penaltyMultiplier', 'drawFeePercent', 'drawFeeMin', 'interestDay'])
      expect(huabei).not.toHaveProperty(key);
    expect(v.fundingSources.find((s) => s.kind === 'jiebei')).not.toHaveProperty('interestDay');
    expect(v.fundingSources.find((s) => s.kind === 'jiebei')).toHaveProperty('penaltyMultiplier');
  });

  it('keeps the cash path a format-1 file had, to the fen', () => {
    // Format 1 paid every outflow bank first whatever platformGroup it named: the migrated file
    // projects exactly what the same file without that key does.
    const migrated = parsed(v1File());
    const plain = parsed(v1OnlineShop);
    const a = simulate(migrated.plan, migrated.scenarios[0]);
    const b = simulate(plain.plan, plain.scenarios[0]);
    expect(Array.from(a.cash)).toEqual(Array.from(b.cash));
    expect(Array.from(a.shortfall)).toEqual(Array.from(b.shortfall));
  });

  it('upgrades an old draft once and leaves a current one as typed', () => {
    const draft = { ...v1File(), business: { name: 'half-typed', horizonDays: '36' } };
    const upgraded = upgradeDraft(draft) as { formatVersion: number; business: object };
    expect(upgraded.formatVersion).toBe(2);
    expect(upgraded.business).toEqual({
      paymentOrder: 'bank_first',
      name: 'half-typed',
      horizonDays: '36',
    });
    expect(upgradeDraft(upgraded)).toBe(upgraded);
    expect(upgradeDraft('not a plan')).toBe('not a plan');
  });
});
