import { describe, expect, it } from 'vitest';
import { bookRow, worstOwnScenario } from '../engine/book';
import { findPreset } from '../engine/presets';
import { exampleValid } from '../io/exampleFixtures';
import v3WithCheckIns from '../io/fixtures/records/record-v3-check-ins.json';
import { recordRow } from './bookItem';

const freeze = findPreset('risk_control_freeze_30d')!;
const sample = exampleValid('online-shop');
const record = (validFile: unknown) =>
  JSON.stringify({
    version: 2,
    id: 'c1',
    name: 'Client A',
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    revision: 1,
    state: { draft: validFile, validFile, scenarioId: freeze.id, exampleId: null },
  });

describe('recordRow (a stored client file → its book row, in the Worker)', () => {
  it('is the engine’s own row for the plan inside the record', () => {
    expect(recordRow(record(sample.file), freeze)).toEqual({
      ok: true,
      row: bookRow(sample.plan, freeze),
      scenarioName: freeze.name,
      lastCheckIn: null,
    });
  });

  it('takes the client’s own worst saved scenario when none is given', () => {
    const worst = worstOwnScenario(sample.plan, sample.scenarios)!;
    const result = recordRow(record(sample.file), null);
    expect(result).toMatchObject({ ok: true, scenarioName: worst.name });
    expect(result.ok && result.row).toEqual(bookRow(sample.plan, worst));
  });

  it('says so when a client has no saved scenario of its own', () => {
    expect(recordRow(record({ ...sample.file, scenarios: [] }), null)).toEqual({
      ok: false,
      problem: 'no_saved_scenario',
    });
  });

  it('refuses what does not read, never throwing', () => {
    for (const raw of [undefined, 'not json', '{}', record({ formatVersion: 1 })])
      expect(recordRow(raw, freeze)).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('reports the latest check-in’s date from the record, and none for a record without', () => {
    const result = recordRow(JSON.stringify(v3WithCheckIns), freeze);
    const dates = v3WithCheckIns.state.checkIns.map((c) => c.date).sort();
    expect(result).toMatchObject({ ok: true, lastCheckIn: dates.at(-1) });
    expect(recordRow(record(sample.file), freeze)).toMatchObject({ ok: true, lastCheckIn: null });
  });
});
