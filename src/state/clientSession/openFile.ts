import { namesOf, readClientRecord, type ClientRecord } from '../../io/clientRecord';
import { metaOf } from '../../io/clientIndexFile';
import { restorePlan } from '../persistence';
import { DEFAULT_SCENARIO_ID } from '../scenarioSlice';
import { queueSave } from './autosave';
import { addAlert, now, patch, recordKey, type Session } from './session';
import { copyAside, keepAside } from './storageFailures';

/**
 * Put a record's plan on screen. The draft fields that had to be repaired, or null when its plan
 * does not validate (nothing on screen changes then).
 */
export function apply(s: Session, record: ClientRecord): { repaired: string[] } | null {
  const restored = restorePlan(record.state, s.parse, { scenarioId: DEFAULT_SCENARIO_ID });
  if (!restored) return null;
  s.run.applying = true;
  try {
    s.app.setState({ ...restored.patch, tryOut: null });
  } finally {
    s.run.applying = false;
  }
  // Undo history belongs to one file: undoing into another client's plan would be a surprise.
  s.app.temporal.getState().clear();
  return { repaired: restored.repaired };
}

type Stored = { record: ClientRecord; raw: unknown };

/**
 * Read one stored record, parsed and migrated, with its text as found. Null when there is none
 * or it cannot be used here: unreadable data is moved aside (and reported); a file from a newer
 * FundGap is left exactly where it is (the newer version opens it) and reported.
 */
async function readStoredRaw(s: Session, id: string): Promise<Stored | null> {
  const key = recordKey(id);
  const raw = await s.db.get(key);
  if (raw === undefined) return null;
  const read = readClientRecord(raw, { id, now: now() });
  if (read.ok) return { record: read.record, raw };
  if (read.reason === 'too_new') addAlert(s, { kind: 'too_new', id, file: namesOf(raw), key });
  else await keepAside(s, key, raw);
  return null;
}

export async function readStored(s: Session, id: string): Promise<ClientRecord | null> {
  return (await readStoredRaw(s, id))?.record ?? null;
}

/**
 * Open a stored file in this tab. False when it cannot be used (reported; the current plan
 * stays). A draft with parts the editor cannot read opens repaired: the record as found is kept
 * aside first, the user is told what was repaired, and the repaired plan is saved over it.
 */
export async function openStored(s: Session, id: string): Promise<boolean> {
  const stored = await readStoredRaw(s, id);
  if (!stored) return false;
  const { record, raw } = stored;
  const applied = apply(s, record);
  if (!applied) {
    await keepAside(s, recordKey(id), raw);
    return false;
  }
  patch(s, { activeId: id, baseRevision: record.revision, dirty: false, unwritten: null });
  if (applied.repaired.length > 0) {
    const keptAs = await copyAside(s, recordKey(id), raw);
    const { name, businessName } = metaOf(record);
    addAlert(s, {
      kind: 'draft_repaired',
      id,
      file: { name, businessName: businessName || namesOf(raw).businessName },
      repaired: applied.repaired,
      keptAs: keptAs ?? recordKey(id),
    });
    // Only once a copy is safe does the repaired plan replace the damaged one.
    if (keptAs) queueSave(s);
  }
  return true;
}
