import {
  byLastEdited,
  emptyIndex,
  readIndex,
  type ClientIndex,
  type ClientMeta,
} from '../clientIndex';
import type { ClientRecord } from '../persistence';
import { CLIENT_DB, STORAGE_KEYS } from '../storageKeys';
import { readStored } from './openFile';
import type { Session } from './session';
import { useClients } from './useClients';

function setMarker(hasData: boolean): void {
  try {
    if (hasData) localStorage.setItem(STORAGE_KEYS.hasData, '1');
    else localStorage.removeItem(STORAGE_KEYS.hasData);
  } catch {
    // Storage blocked: the next visit shows the sample first, then the saved plan.
  }
}

/** Change the stored index in one transaction and show the result. */
export async function changeIndex(s: Session, change: (index: ClientIndex) => void): Promise<void> {
  let next: ClientIndex = emptyIndex();
  await s.db.update(CLIENT_DB.index, (old) => {
    next = (old === undefined ? null : readIndex(old)) ?? emptyIndex();
    change(next);
    return JSON.stringify(next);
  });
  showIndex(s, next);
}

export function showIndex(s: Session, index: ClientIndex): void {
  useClients.setState({ clients: [...index.clients].sort(byLastEdited), activeId: s.activeId });
  setMarker(index.clients.length > 0);
}

export function metaOf(record: ClientRecord): ClientMeta {
  const draft = record.state.draft as { business?: { name?: unknown } } | null;
  const businessName = typeof draft?.business?.name === 'string' ? draft.business.name : '';
  return { id: record.id, name: record.name, businessName, updatedAt: record.updatedAt };
}

export function upsert(index: ClientIndex, meta: ClientMeta): void {
  const at = index.clients.findIndex((c) => c.id === meta.id);
  if (at >= 0) index.clients[at] = meta;
  else index.clients.push(meta);
}

/** The list rebuilt from the records themselves (the index was unreadable). */
export async function rebuildIndex(s: Session): Promise<ClientIndex> {
  const index = emptyIndex();
  for (const key of await s.db.keys()) {
    if (!key.startsWith(CLIENT_DB.clientPrefix)) continue;
    const record = await readStored(s, key.slice(CLIENT_DB.clientPrefix.length));
    if (record) index.clients.push(metaOf(record));
  }
  await s.db.set(CLIENT_DB.index, JSON.stringify(index));
  return index;
}
