import type { ValidPlan } from '../planSlice';
import { flush } from './autosave';
import { changeIndex, upsert } from './clientList';
import { createClient } from './fileActions';
import { openStored } from './openFile';
import { post } from './otherTabs';
import { recordKey, sessionReady } from './session';
import { safeText } from './storageFailures';
import { useClients } from './useClients';

/**
 * Delete a client file; `restoreDeleted` brings it back. Deleting the open file opens the most
 * recent other one (or a copy of the sample when it was the last).
 */
export async function deleteClient(id: string, fallback: () => ValidPlan): Promise<void> {
  const s = await sessionReady;
  await flush();
  const raw = await s.db.get(recordKey(id));
  const meta = useClients.getState().clients.find((c) => c.id === id);
  if (!meta) return;
  useClients.setState({ deleted: { meta, text: raw === undefined ? '' : safeText(raw) } });
  if (id === s.activeId) {
    const next = useClients.getState().clients.filter((c) => c.id !== id);
    let opened = false;
    for (const c of next) if ((opened = await openStored(s, c.id))) break;
    if (!opened) {
      await s.db.del(recordKey(id));
      await changeIndex(
        s,
        (index) => void (index.clients = index.clients.filter((c) => c.id !== id)),
      );
      await createClient(fallback(), { exampleId: 'online-shop' });
      post(s, { type: 'index' });
      return;
    }
  }
  await s.db.del(recordKey(id));
  await changeIndex(s, (index) => {
    index.clients = index.clients.filter((c) => c.id !== id);
    index.activeId = s.activeId;
  });
  post(s, { type: 'index' });
}

/** Undo the last delete: the file comes back as it was (not opened). */
export async function restoreDeleted(): Promise<void> {
  const s = await sessionReady;
  const deleted = useClients.getState().deleted;
  if (!deleted || deleted.text === '') return;
  await s.db.set(recordKey(deleted.meta.id), deleted.text);
  await changeIndex(s, (index) => upsert(index, deleted.meta));
  useClients.setState({ deleted: null });
  post(s, { type: 'index' });
}
