import { describe, expect, it } from 'vitest';
import { readClientIndex, metaOf } from './clientIndexFile';
import { CLIENT_RECORD_VERSION, planFileOf, readClientRecord } from './clientRecord';
import { migrateRecord, RECORD_MIGRATIONS, type RecordMigration } from './clientRecordMigrations';
import v1 from './fixtures/records/record-v1.json';
import v2 from './fixtures/records/record-v2.json';
import v3 from './fixtures/records/record-v3-check-ins.json';
import damaged from './fixtures/records/record-v2-damaged-draft.json';
import tooNew from './fixtures/records/record-v99-too-new.json';
import { parsePlanText } from './planFile';

const made = { id: 'from-key', now: '2027-03-01T10:00:00.000Z' };

describe('client records', () => {
  it('are numbered +1 from version 2 up to the current one', () => {
    expect(RECORD_MIGRATIONS.map((m) => m.to)).toEqual(
      Array.from({ length: CLIENT_RECORD_VERSION - 1 }, (_, i) => i + 2),
    );
  });

  it('read version 1 (the single localStorage save) as a new client file', () => {
    const read = readClientRecord(JSON.stringify(v1), made);
    expect(read).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!read.ok) return;
    expect(read.record).toEqual({
      version: CLIENT_RECORD_VERSION,
      id: 'from-key',
      name: '',
      createdAt: made.now,
      updatedAt: made.now,
      revision: 1,
      state: {
        draft: v1.state.draft,
        validFile: v1.state.validFile,
        scenarioId: 'limit_cut_50',
        exampleId: 'online-shop',
        lang: 'zh-CN',
        checkIns: [],
      },
    });
  });

  it('read version 2 as a file with no check-ins yet (migration to 3)', () => {
    const read = readClientRecord(JSON.stringify(v2), { ...made, id: v2.id });
    expect(read).toEqual({
      ok: true,
      migratedFrom: 2,
      record: { ...v2, version: 3, state: { ...v2.state, checkIns: [] } },
    });
  });

  it('read version 3 with its check-ins; a damaged check-in is dropped, the others kept', () => {
    const read = readClientRecord(JSON.stringify(v3), { ...made, id: v3.id });
    expect(read).toEqual({ ok: true, record: v3 });
    const damagedCheckIns = {
      ...v3,
      state: {
        ...v3.state,
        checkIns: [
          v3.state.checkIns[0],
          { id: 'x', date: '2026-13-45' },
          'nope',
          v3.state.checkIns[1],
        ],
      },
    };
    const again = readClientRecord(damagedCheckIns, { ...made, id: v3.id });
    expect(again.ok && again.record.state.checkIns).toEqual(v3.state.checkIns);
  });

  it('repair a bad field on its own instead of losing the file', () => {
    const bad = { ...v2, name: 7, createdAt: 'yesterday', updatedAt: null, revision: -3 };
    const read = readClientRecord(bad, made);
    expect(read.ok && read.record).toMatchObject({
      name: '',
      createdAt: made.now,
      updatedAt: made.now,
      revision: 0,
    });
    const badState = { ...v2, state: { ...v2.state, scenarioId: 5, exampleId: 'nope' } };
    const again = readClientRecord(badState, made);
    expect(again.ok && again.record.state).toMatchObject({ exampleId: null });
    expect(again.ok && again.record.state.scenarioId).toBeUndefined();
  });

  it('refuse what is not a record, with a reason', () => {
    expect(readClientRecord('{"version":2,"state":{"dra', made)).toEqual({
      ok: false,
      reason: 'not_json',
    });
    for (const value of [[], 3, { version: 2 }, { version: '2', state: {} }, { state: {} }])
      expect(readClientRecord(value, made)).toEqual({ ok: false, reason: 'not_a_record' });
    expect(readClientRecord('{"version":2,"state":{"draft":{"__proto__":{"x":1}}}}', made)).toEqual(
      { ok: false, reason: 'not_a_record' },
    );
  });

  it('refuse a record from a newer FundGap, saying which version', () => {
    expect(readClientRecord(JSON.stringify(tooNew), made)).toEqual({
      ok: false,
      reason: 'too_new',
      version: 99,
      supportedVersion: CLIENT_RECORD_VERSION,
    });
  });

  it('adding a field later is one migration', () => {
    const addField: RecordMigration = {
      to: 4,
      description: 'add a field',
      migrate: (r) => ({ ...r, field: [] }),
    };
    const result = migrateRecord(v3, made, [...RECORD_MIGRATIONS, addField], 4);
    expect(result).toEqual({
      ok: true,
      value: { ...v3, version: 4, field: [] },
      migratedFrom: 3,
    });
  });
});

describe('planFileOf', () => {
  it('hands out the plan inside a record this FundGap cannot use, as a plan file that imports', () => {
    for (const record of [tooNew, damaged]) {
      const out = planFileOf(JSON.stringify(record));
      expect(out?.businessName).toBe('Lotus Tea House');
      const parsed = parsePlanText(out!.text);
      expect(parsed.ok).toBe(true);
    }
  });

  it('gives nothing when there is no plan inside', () => {
    expect(planFileOf('not json')).toBeNull();
    expect(planFileOf('{"version":2,"state":{"draft":3}}')).toBeNull();
  });
});

describe('client index', () => {
  it('drops bad lines and duplicates, keeps the rest', () => {
    const index = readClientIndex(
      JSON.stringify({
        version: 1,
        activeId: 'gone',
        lang: 'fr',
        clients: [
          { id: 'a', name: 'A', businessName: 'Shop', updatedAt: '2027-01-01T00:00:00.000Z' },
          null,
          { id: 'a', name: 'dup' },
          { id: 'b', name: 5 },
        ],
      }),
    );
    expect(index).toEqual({
      version: 1,
      activeId: null,
      lang: null,
      clients: [
        { id: 'a', name: 'A', businessName: 'Shop', updatedAt: '2027-01-01T00:00:00.000Z' },
        { id: 'b', name: '', businessName: '', updatedAt: new Date(0).toISOString() },
      ],
    });
  });

  it('is not read when truncated, the wrong shape or newer than the app', () => {
    expect(readClientIndex('{"version":1,"activeId":"a","clients":[{"id":"a"')).toBeNull();
    expect(readClientIndex({ version: 1, clients: 'x' })).toBeNull();
    expect(readClientIndex({ version: 2, activeId: null, lang: null, clients: [] })).toBeNull();
  });

  it('lists a record by its names and last save', () => {
    const read = readClientRecord(v2, { ...made, id: v2.id });
    expect(read.ok && metaOf(read.record)).toEqual({
      id: 'c-lotus',
      name: 'Client A — Lotus',
      businessName: 'Lotus Tea House',
      updatedAt: v2.updatedAt,
    });
  });
});
