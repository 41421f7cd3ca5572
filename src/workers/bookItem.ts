import { bookRow, worstOwnScenario, type BookRow } from '../engine/book';
import type { Scenario } from '../engine/model';
import { lastCheckInDate } from '../io/checkInDate';
import { readClientRecord } from '../io/clientRecord';
import { parsePlanValue } from '../io/planFile';

/**
 * One stored client file → its book row, in the Worker: the record is read (parse → migrate →
 * validate) and its last valid plan validated here, so the main thread only hands over the text
 * IndexedDB gave it and never spends 200 schema checks while the advisor types.
 */

/** What a stored client file gives the book table. */
export type RecordRow =
  | { ok: true; row: BookRow; scenarioName: string; lastCheckIn: string | null }
  /**
   * `unreadable`: the record or its plan does not read (the app sets such a file aside when it
   * opens it); `no_saved_scenario`: "own worst" asked of a client without a saved scenario.
   */
  | { ok: false; problem: 'unreadable' | 'no_saved_scenario' };

/**
 * The row of a stored record (its text, or a parsed value) under `scenario`, or under the
 * client's own worst saved scenario when `scenario` is null.
 * @example recordRow(storedText, findPreset('risk_control_freeze_30d')!)
 */
export function recordRow(raw: unknown, scenario: Scenario | null): RecordRow {
  const read = readClientRecord(raw, { id: 'book', now: new Date(0).toISOString() });
  if (!read.ok) return { ok: false, problem: 'unreadable' };
  const parsed = parsePlanValue(read.record.state.validFile);
  if (!parsed.ok) return { ok: false, problem: 'unreadable' };
  const chosen = scenario ?? worstOwnScenario(parsed.plan, parsed.scenarios);
  if (!chosen) return { ok: false, problem: 'no_saved_scenario' };
  return {
    ok: true,
    row: bookRow(parsed.plan, chosen),
    scenarioName: chosen.name,
    lastCheckIn: lastCheckInDate(read.record) ?? null,
  };
}
