import type { ShareLinkError } from '../../io/shareLink';
import type { ClientMeta } from '../clientIndex';

/** Which file an alert is about: its own name and its business name (the UI picks the label). */
export type FileNames = Pick<ClientMeta, 'name' | 'businessName'>;

/**
 * Something about client files the user must know, shown until dismissed. Each says what
 * happened to which file and what can be done.
 */
export type ClientAlert =
  /** The list was missing, unreadable or incomplete, and was rebuilt from the stored files. */
  | { kind: 'list_repaired'; listed: number; dropped: number }
  /**
   * A file's saved draft had parts the editor could not read: the rest opened, the repaired paths
   * are listed, and the record as found was kept aside (`keptAs`) with its last valid plan.
   */
  | { kind: 'draft_repaired'; id: string; file: FileNames; repaired: string[]; keptAs: string }
  /**
   * A file saved by a newer FundGap: left untouched under `key` (the newer version opens it), its
   * plan can be downloaded as a plan file.
   */
  | { kind: 'too_new'; id: string; file: FileNames; key: string }
  /** An edit from a tab closed with a two-tab conflict open, kept as the client file `id`. */
  | { kind: 'edit_kept'; id: string; file: FileNames };

/** One key per alert, so the same news is never shown twice. */
export function alertKey(a: ClientAlert): string {
  return a.kind === 'list_repaired' ? a.kind : `${a.kind}.${a.id}`;
}

/**
 * Everything the client-file session knows, in one plain object a test can set up and inspect:
 * which file is open and at which stored revision, whether it has unsaved edits or a conflict,
 * and what the client-file UI shows.
 */
export type SessionState = {
  /** The open file is known (its plan is on screen) and saving has started. */
  ready: boolean;
  /** The list of client files, most recently edited first. */
  clients: ClientMeta[];
  /** The open file's id ('' before the session starts); it may not be saved yet. */
  activeId: string;
  /** The open file's revision this tab last read or wrote; 0 = never saved. */
  baseRevision: number;
  /** Edits not yet saved. */
  dirty: boolean;
  /** The open file was never written (its first write failed): the name and time it was made with. */
  unwritten: { name: string; createdAt: string } | null;
  /** Another tab saved the open file while this tab had changes it had not saved. */
  conflict: boolean;
  /** The last deleted file, restorable with Undo until the next delete. */
  deleted: { meta: ClientMeta; text: string } | null;
  /** The share link this page was opened with could not be read; nothing was changed. */
  shareError: ShareLinkError | null;
  /** A share link was opened as a new client file. */
  sharedOpened: string | null;
  alerts: ClientAlert[];
};

export const initialSessionState = (): SessionState => ({
  ready: false,
  clients: [],
  activeId: '',
  baseRevision: 0,
  dirty: false,
  unwritten: null,
  conflict: false,
  deleted: null,
  shareError: null,
  sharedOpened: null,
  alerts: [],
});
