import type { PlanFile } from '../../io/planSchema';
import type { ClientMeta } from '../clientIndex';
import { CLIENT_RECORD_VERSION, readRecord, type ClientRecord } from '../persistence';
import type { ValidPlan } from '../planSlice';
import type { AppState } from '../store';
import { flush } from './autosave';
import { changeIndex, metaOf, upsert } from './clientList';
import { apply, openStored, readStored } from './openFile';
import { post } from './otherTabs';
import { newClientId, now, recordKey, sessionReady, type AppApi } from './session';
import { storageFailed } from './storageFailures';
import { useClients } from './useClients';

/**
 * A new client file from a validated plan, saved and opened.
 * @example await createClient(validPlan, { exampleId: 'restaurant' })
 */
export async function createClient(
  valid: ValidPlan,
  opts: { name?: string; exampleId?: AppState['exampleId']; scenarioId?: string } = {},
): Promise<string> {
  const s = await sessionReady;
  await flush();
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
    },
  };
  apply(s, record);
  s.activeId = id;
  try {
    await s.db.set(recordKey(id), JSON.stringify(record));
    s.baseRevision = 1;
    s.dirty = false;
    await changeIndex(s, (index) => {
      upsert(index, metaOf(record));
      index.activeId = id;
    });
    post(s, { type: 'index' });
  } catch (e) {
    // Not saved, but open in memory with the plan intact; the next edit tries again.
    s.baseRevision = 0;
    s.dirty = true;
    useClients.setState({ activeId: id });
    storageFailed(s, e);
  }
  return id;
}

/** Open another client file. False (and the current one stays open) if it cannot be read. */
export async function openClient(id: string): Promise<boolean> {
  const s = await sessionReady;
  if (id === s.activeId) return true;
  await flush();
  if (useClients.getState().conflict) return false;
  const ok = await openStored(s, id);
  try {
    await changeIndex(s, (index) => {
      if (ok) index.activeId = id;
      else index.clients = index.clients.filter((c) => c.id !== id);
    });
  } catch (e) {
    storageFailed(s, e);
  }
  return ok;
}

export async function renameClient(id: string, name: string): Promise<void> {
  const s = await sessionReady;
  await flush();
  const at = now();
  let meta: ClientMeta | null = null;
  await s.db.update(recordKey(id), (old) => {
    const read = old === undefined ? null : readRecord(old, { id, now: at });
    if (!read?.ok) return undefined;
    // The name is not part of the plan: no new revision, so a tab editing this file's plan is
    // not told of a conflict over it (its next save keeps the stored name).
    const record = { ...read.record, name: name.trim(), updatedAt: at };
    meta = metaOf(record);
    return JSON.stringify(record);
  });
  const renamed = meta as ClientMeta | null;
  if (!renamed) return;
  await changeIndex(s, (index) => upsert(index, renamed));
  post(s, { type: 'index' });
}

/** A copy of a client file next to it, named "… (copy)" by the caller. */
export async function duplicateClient(id: string, name: string): Promise<string | null> {
  const s = await sessionReady;
  await flush();
  const record = await readStored(s, id);
  if (!record) return null;
  const copyId = newClientId();
  const at = now();
  const copy: ClientRecord = {
    ...record,
    id: copyId,
    name,
    createdAt: at,
    updatedAt: at,
    revision: 1,
  };
  await s.db.set(recordKey(copyId), JSON.stringify(copy));
  await changeIndex(s, (index) => upsert(index, metaOf(copy)));
  post(s, { type: 'index' });
  return copyId;
}

/** The plan file currently open, for export and share links. */
export function currentPlanFile(app: AppApi): PlanFile {
  return app.getState().valid.file;
}
