import type { StoreApi } from 'zustand/vanilla';
import { emptyIndex, type ClientIndex } from '../../io/clientIndexFile';
import { byLastEdited } from '../clientIndex';
import { memoryClientStore, write, type ClientStore } from '../clientStore';
import { idbClientStore } from '../idbClientStore';
import { rememberedLang } from '../langMemory';
import { CLIENT_DB } from '../storageKeys';
import type { Notice } from '../uiSlice';
import { loadValidator } from '../validator';
import { flush, queueSave } from './autosave';
import { changeIndex, loadList, showIndex } from './clientList';
import {
  holdTabLock,
  keepEditsFromClosedTabs,
  setAsideConflictEdit,
  withdrawConflictEdit,
} from './conflict';
import { migrateLegacySave } from './legacySave';
import { openShareLink } from './openShareLink';
import { openStored } from './openFile';
import { listenToOtherTabs } from './otherTabs';
import {
  announceSession,
  createSession,
  newClientId,
  patch,
  stateOf,
  type AppApi,
  type Session,
} from './session';
import type { SessionState } from './sessionState';
import { storageFailed } from './storageFailures';
import { useClients } from './useClients';

/**
 * Client files: many plans, each autosaved as its own versioned record, one open at a time.
 * The records are the truth: the list is a cache checked against them on every start. Load =
 * parse → migrate → validate → repair → merge; a record that fails is moved aside (never deleted)
 * and reported, and the rest load. A save writes the record and its list line in one
 * transaction, compare-and-set on a revision number, and a BroadcastChannel tells other tabs, so
 * two tabs never silently overwrite each other: an idle tab follows the other's edits, a tab
 * with unsaved edits is asked — and asked again before it is closed with the question open.
 */

/** The browser's IndexedDB, or memory where there is none (jsdom, storage blocked). */
export function defaultClientStore(): ClientStore {
  return typeof indexedDB === 'undefined' ? memoryClientStore() : idbClientStore();
}

/** The list to start from: checked against the records, else the pre-client-files save, else none. */
async function startingList(s: Session): Promise<ClientIndex> {
  try {
    return (await loadList(s)) ?? (await migrateLegacySave(s)) ?? emptyIndex();
  } catch (e) {
    // No usable storage: the app works in memory and says so.
    storageFailed(s, e);
    return emptyIndex();
  }
}

/** Open the file last open, else the most recent one that opens; drop the ones that do not. */
async function openFirst(s: Session, index: ClientIndex): Promise<void> {
  const order = [index.activeId, ...[...index.clients].sort(byLastEdited).map((c) => c.id)];
  const failed = new Set<string>();
  for (const id of order) {
    if (!id || failed.has(id)) continue;
    try {
      if (await openStored(s, id)) break;
    } catch (e) {
      storageFailed(s, e);
      break;
    }
    failed.add(id);
  }
  if (failed.size > 0) {
    index.clients = index.clients.filter((c) => !failed.has(c.id));
    await write(s.db, { [CLIENT_DB.index]: JSON.stringify(index) }).catch(() => undefined);
  }
  index.activeId = stateOf(s).activeId;
  showIndex(s, index);
}

/** Save when the page is hidden or goes; ask before it goes with a conflict open. */
function watchThePage(s: Session): void {
  window.addEventListener('pagehide', () => {
    setAsideConflictEdit(s);
    void flush(s);
  });
  window.addEventListener('pageshow', (e) => {
    // Back from the back/forward cache with the conflict still open: its edit is this tab's again.
    if (e.persisted) setAsideConflictEdit(s);
  });
  window.addEventListener('beforeunload', (e) => {
    if (!stateOf(s).conflict) return;
    // The browser asks "Leave this page?"; if the user leaves, `pagehide` sets the edit aside.
    e.preventDefault();
    e.returnValue = '';
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flush(s);
  });
  window.addEventListener('hashchange', () => void openShareLink(s));
}

/**
 * Start client files: read the list (moving today's single localStorage save into the first
 * file on first run), open the file last used, open a share link if the page came with one,
 * then autosave. Called once by `hydrate()`, after the validator has loaded; tests pass their
 * own storage and session state.
 */
export async function startClientFiles(
  app: AppApi,
  report: (notice: Notice) => void,
  db: ClientStore = defaultClientStore(),
  state: StoreApi<SessionState> = useClients,
): Promise<Session> {
  const parse = await loadValidator();
  const s = createSession({ db, app, report, parse, tabId: newClientId() }, state);
  patch(s, { activeId: newClientId() });
  // Subscribed before the first await, so no edit slips through while storage is read.
  app.subscribe((now, previous) => {
    if (s.run.applying) return;
    // Not `valid`: re-validating the same draft (start-up) is no edit worth saving.
    const planChanged =
      now.draft !== previous.draft ||
      now.scenarioId !== previous.scenarioId ||
      now.exampleId !== previous.exampleId ||
      now.checkIns !== previous.checkIns;
    if (!stateOf(s).ready) {
      if (planChanged) patch(s, { dirty: true }); // still loading: saved once the open file is known
      return;
    }
    if (now.lang !== previous.lang)
      void changeIndex(s, (i) => void (i.lang = now.lang)).catch(() => undefined);
    if (planChanged) queueSave(s);
    // Saves wait for the user's choice: the edit set aside follows what is typed meanwhile.
    if (planChanged && stateOf(s).conflict) setAsideConflictEdit(s);
  });
  // A conflict sets this tab's edit aside at once; settling it withdraws it.
  s.state.subscribe((now, previous) => {
    if (now.conflict && !previous.conflict) setAsideConflictEdit(s);
    if (!now.conflict && previous.conflict) withdrawConflictEdit(s);
  });
  holdTabLock(s);

  const index = await startingList(s);
  // The choice remembered in localStorage is the newer one (it is saved at once, the index only
  // once files are open); the index's language serves a browser that has only the index.
  if (index.lang && !rememberedLang()) app.setState({ lang: index.lang });
  await openFirst(s, index);
  listenToOtherTabs(s);
  await keepEditsFromClosedTabs(s);
  patch(s, { ready: true });

  // Edits made while the files were loading (a first visit can type at once) are saved now.
  if (stateOf(s).dirty) queueSave(s);
  // The UI's actions wait for this; a share link is opened through them.
  announceSession(s);
  if (typeof window !== 'undefined') {
    watchThePage(s);
    await openShareLink(s);
  }
  return s;
}
