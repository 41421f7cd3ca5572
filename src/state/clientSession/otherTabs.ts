import { readIndex } from '../clientIndex';
import { CLIENT_DB } from '../storageKeys';
import { showIndex } from './clientList';
import { apply, readStored } from './openFile';
import type { Session } from './session';
import { useClients } from './useClients';

export function post(
  s: Session,
  message: { type: 'saved'; id: string; revision: number } | { type: 'index' },
): void {
  s.channel?.postMessage({ ...message, from: s.tabId });
}

/** Another tab saved or changed the list. */
async function onMessage(
  s: Session,
  data: { type?: string; id?: string; revision?: number; from?: string },
) {
  if (data.from === s.tabId) return;
  const index = readIndex(await s.db.get(CLIENT_DB.index));
  if (index) showIndex(s, index);
  if (data.type !== 'saved' || data.id !== s.activeId || (data.revision ?? 0) <= s.baseRevision)
    return;
  if (s.dirty) {
    useClients.setState({ conflict: true });
    return;
  }
  // This tab has nothing unsaved: follow the other tab.
  const record = await readStored(s, s.activeId);
  if (record && apply(s, record)) s.baseRevision = record.revision;
}

export function listenToOtherTabs(s: Session): void {
  if (typeof BroadcastChannel !== 'undefined') {
    s.channel = new BroadcastChannel(CLIENT_DB.channel);
    s.channel.onmessage = (e: MessageEvent) =>
      void onMessage(s, (e.data ?? {}) as Parameters<typeof onMessage>[1]);
  }
}
