import type { ClientIndex } from '../../io/clientIndexFile';
import type { ValidPlan } from '../planSlice';
import { CLIENT_DB } from '../storageKeys';
import { flush } from './autosave';
import { nextIndex, showIndex, upsert, without } from './clientList';
import { createClient } from './fileActions';
import { openStored } from './openFile';
import { post } from './otherTabs';
import { patch, recordKey, sessionReady, stateOf, type Session } from './session';
import { safeText } from './storageFailures';

/** Remove a record and its list line in one transaction. */
async function removeWithIndex(s: Session, id: string): Promise<void> {
  let shown: ClientIndex | null = null;
  await s.db.transact([CLIENT_DB.index], ([old]) => {
    shown = nextIndex(s, old, (index) => {
      without(index, id);
      index.activeId = stateOf(s).activeId;
    });
    return { [recordKey(id)]: null, [CLIENT_DB.index]: JSON.stringify(shown) };
  });
  if (shown) showIndex(s, shown);
}

/**
 * Delete a client file; `restoreDeleted` brings it back. Deleting the open file opens the most
 * recent other one (or a copy of the sample when it was the last).
 */
export async function deleteClient(
  id: string,
  fallback: () => ValidPlan,
  session?: Session,
): Promise<void> {
  const s = session ?? (await sessionReady);
  await flush(s);
  const raw = await s.db.get(recordKey(id));
  const meta = stateOf(s).clients.find((c) => c.id === id);
  if (!meta) return;
  patch(s, { deleted: { meta, text: raw === undefined ? '' : safeText(raw) } });
  if (id === stateOf(s).activeId) {
    let opened = false;
    for (const c of stateOf(s).clients.filter((x) => x.id !== id))
      if ((opened = await openStored(s, c.id))) break;
    if (!opened) {
      await removeWithIndex(s, id);
      await createClient(fallback(), { exampleId: 'online-shop' }, s);
      post(s, { type: 'index' });
      return;
    }
  }
  await removeWithIndex(s, id);
  post(s, { type: 'index' });
}

/** Undo the last delete: the file comes back as it was (not opened). */
export async function restoreDeleted(session?: Session): Promise<void> {
  const s = session ?? (await sessionReady);
  const deleted = stateOf(s).deleted;
  if (!deleted || deleted.text === '') return;
  let shown: ClientIndex | null = null;
  await s.db.transact([CLIENT_DB.index], ([old]) => {
    shown = nextIndex(s, old, (index) => upsert(index, deleted.meta));
    return {
      [recordKey(deleted.meta.id)]: deleted.text,
      [CLIENT_DB.index]: JSON.stringify(shown),
    };
  });
  if (shown) showIndex(s, shown);
  patch(s, { deleted: null });
  post(s, { type: 'index' });
}
