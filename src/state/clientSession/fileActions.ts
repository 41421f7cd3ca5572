import { metaOf, type ClientIndex } from '../../io/clientIndexFile';
import {
  CLIENT_RECORD_VERSION,
  readClientRecord,
  stringifyClientRecord,
  type ClientRecord,
} from '../../io/clientRecord';
import type { PlanFile } from '../../io/planSchema';
import type { ValidPlan } from '../planSlice';
import { CLIENT_DB } from '../storageKeys';
import type { AppState } from '../store';
import { flush } from './autosave';
import { changeIndex, nextIndex, showIndex, upsert, without } from './clientList';
import { apply, openStored, readStored } from './openFile';
import { post } from './otherTabs';
import {
  newClientId,
  now,
  patch,
  recordKey,
  sessionReady,
  stateOf,
  type AppApi,
  type Session,
} from './session';
import { storageFailed, storageWorks } from './storageFailures';

/**
 * Write a record and its list line in one transaction, and show the list. `change` may edit the
 * list further (the open file, another line).
 */
export async function writeWithIndex(
  s: Session,
  record: ClientRecord,
  change: (index: ClientIndex) => void = () => undefined,
): Promise<void> {
  let shown: ClientIndex | null = null;
  await s.db.transact([CLIENT_DB.index], ([old]) => {
    shown = nextIndex(s, old, (index) => {
      upsert(index, metaOf(record));
      change(index);
    });
    return {
      [recordKey(record.id)]: stringifyClientRecord(record),
      [CLIENT_DB.index]: JSON.stringify(shown),
    };
  });
  if (shown) showIndex(s, shown);
}

/**
 * A new client file from a validated plan, saved and opened.
 * @example await createClient(validPlan, { exampleId: 'restaurant' })
 */
export async function createClient(
  valid: ValidPlan,
  opts: {
    name?: string;
    exampleId?: AppState['exampleId'];
    scenarioId?: string;
    /** Check-ins that came with an imported client file. */
    checkIns?: ClientRecord['state']['checkIns'];
  } = {},
  session?: Session,
): Promise<string> {
  const s = session ?? (await sessionReady);
  await flush(s);
  const id = newClientId();
  const at = now();
  const record: ClientRecord = {
    version: CLIENT_RECORD_VERSION,
    id,
    name: opts.name ?? '',
    createdAt: at,
    updatedAt: at,
    revision: 1,
    state: {
      draft: valid.file,
      validFile: valid.file,
      scenarioId: opts.scenarioId ?? s.app.getState().scenarioId,
      exampleId: opts.exampleId ?? null,
      checkIns: opts.checkIns ?? [],
    },
  };
  apply(s, record);
  patch(s, { activeId: id, unwritten: { name: record.name, createdAt: at } });
  try {
    await writeWithIndex(s, record, (index) => void (index.activeId = id));
    patch(s, { baseRevision: 1, dirty: false, unwritten: null });
    storageWorks(s);
    post(s, { type: 'index' });
  } catch (e) {
    // Not saved, but open in memory with the plan intact; the next edit tries again.
    patch(s, { baseRevision: 0, dirty: true });
    storageFailed(s, e);
  }
  return id;
}

/** Open another client file. False (and the current one stays open) if it cannot be used. */
export async function openClient(id: string, session?: Session): Promise<boolean> {
  const s = session ?? (await sessionReady);
  if (id === stateOf(s).activeId) return true;
  await flush(s);
  if (stateOf(s).conflict) return false;
  const ok = await openStored(s, id);
  try {
    await changeIndex(s, (index) => {
      if (ok) index.activeId = id;
      // Unreadable: it was kept aside. Too new: it is still stored, and listed no more here.
      else without(index, id);
    });
  } catch (e) {
    storageFailed(s, e);
  }
  return ok;
}

export async function renameClient(id: string, name: string, session?: Session): Promise<void> {
  const s = session ?? (await sessionReady);
  await flush(s);
  const at = now();
  let renamed: ClientRecord | null = null;
  let shown: ClientIndex | null = null;
  await s.db.transact([recordKey(id), CLIENT_DB.index], ([old, oldIndex]) => {
    const read = old === undefined ? null : readClientRecord(old, { id, now: at });
    if (!read?.ok) return undefined;
    // The name is not part of the plan: no new revision, so a tab editing this file's plan is
    // not told of a conflict over it (its next save keeps the stored name).
    const record = { ...read.record, name: name.trim(), updatedAt: at };
    renamed = record;
    shown = nextIndex(s, oldIndex, (index) => upsert(index, metaOf(record)));
    return {
      [recordKey(id)]: stringifyClientRecord(record),
      [CLIENT_DB.index]: JSON.stringify(shown),
    };
  });
  if (!renamed || !shown) return;
  showIndex(s, shown);
  post(s, { type: 'index' });
}

/** A copy of a client file next to it, named "… (copy)" by the caller. */
export async function duplicateClient(
  id: string,
  name: string,
  session?: Session,
): Promise<string | null> {
  const s = session ?? (await sessionReady);
  await flush(s);
  const record = await readStored(s, id);
  if (!record) return null;
  const at = now();
  const copy: ClientRecord = {
    ...record,
    id: newClientId(),
    name,
    createdAt: at,
    updatedAt: at,
    revision: 1,
  };
  await writeWithIndex(s, copy);
  post(s, { type: 'index' });
  return copy.id;
}

/** The plan file currently open, for export and share links. */
export function currentPlanFile(app: AppApi): PlanFile {
  return app.getState().valid.file;
}
