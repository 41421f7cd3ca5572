import { create } from 'zustand';
import type { ShareLinkError } from '../../io/shareLink';
import type { ClientMeta } from '../clientIndex';

/** What the client-file UI shows (a small store of its own, loaded with this chunk). */
export type ClientsView = {
  ready: boolean;
  clients: ClientMeta[];
  activeId: string | null;
  /** Another tab saved the open file while this tab had changes it had not saved. */
  conflict: boolean;
  /** The last deleted file, restorable with Undo until the next delete. */
  deleted: { meta: ClientMeta; text: string } | null;
  /** The share link this page was opened with could not be read; nothing was changed. */
  shareError: ShareLinkError | null;
  /** A share link was opened as a new client file. */
  sharedOpened: string | null;
};

export const useClients = create<ClientsView>(() => ({
  ready: false,
  clients: [],
  activeId: null,
  conflict: false,
  deleted: null,
  shareError: null,
  sharedOpened: null,
}));
