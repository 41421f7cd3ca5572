import { readRecord, restorePlan, type ClientRecord } from '../persistence';
import { DEFAULT_SCENARIO_ID } from '../scenarioSlice';
import { now, recordKey, type Session } from './session';
import { keepAside } from './storageFailures';

/** Put a record's plan on screen. False when its plan does not validate. */
export function apply(s: Session, record: ClientRecord): boolean {
  const patch = restorePlan(record.state, s.parse, { scenarioId: DEFAULT_SCENARIO_ID });
  if (!patch) return false;
  s.applying = true;
  try {
    s.app.setState({ ...patch, tryOut: null });
  } finally {
    s.applying = false;
  }
  // Undo history belongs to one file: undoing into another client's plan would be a surprise.
  s.app.temporal.getState().clear();
  return true;
}

/** Read one stored record: parsed and migrated, or kept aside and null. */
export async function readStored(s: Session, id: string): Promise<ClientRecord | null> {
  const raw = await s.db.get(recordKey(id));
  if (raw === undefined) return null;
  const read = readRecord(raw, { id, now: now() });
  if (read.ok) return { ...read.record, id };
  await keepAside(s, recordKey(id), raw);
  return null;
}

/** Open a stored file in this tab: validated, or kept aside and false. */
export async function openStored(s: Session, id: string): Promise<boolean> {
  const record = await readStored(s, id);
  if (!record) return false;
  if (!apply(s, record)) {
    await keepAside(s, recordKey(id), JSON.stringify(record));
    return false;
  }
  s.activeId = id;
  s.baseRevision = record.revision;
  s.dirty = false;
  return true;
}
