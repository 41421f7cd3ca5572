import { readClientIndex } from '../../io/clientIndexFile';
import { CLIENT_DB } from '../storageKeys';
import { showIndex } from './clientList';
import { apply, readStored } from './openFile';
import { patch, stateOf, type Session } from './session';

export type TabMessage = { type: 'saved'; id: string; revision: number } | { type: 'index' };

export function post(s: Session, message: TabMessage): void {
  s.run.channel?.postMessage({ ...message, from: s.tabId });
}

/** Another tab saved or changed the list. */
export async function onTabMessage(
  s: Session,
  data: { type?: string; id?: string; revision?: number; from?: string },
): Promise<void> {
  if (data.from === s.tabId) return;
  const index = readClientIndex(await s.db.get(CLIENT_DB.index));
  if (index) showIndex(s, index);
  const { activeId, baseRevision, dirty } = stateOf(s);
  if (data.type !== 'saved' || data.id !== activeId || (data.revision ?? 0) <= baseRevision) return;
  if (dirty) {
    patch(s, { conflict: true });
    return;
  }
  // This tab has nothing unsaved: follow the other tab.
  const record = await readStored(s, activeId);
  if (record && apply(s, record)) patch(s, { baseRevision: record.revision });
}

export function listenToOtherTabs(s: Session): void {
  if (typeof BroadcastChannel !== 'undefined') {
    s.run.channel = new BroadcastChannel(CLIENT_DB.channel);
    s.run.channel.onmessage = (e: MessageEvent) =>
      void onTabMessage(s, (e.data ?? {}) as Parameters<typeof onTabMessage>[1]);
  }
}
