import { byLastEdited, emptyIndex, readIndex, type ClientIndex } from '../clientIndex';
import { memoryClientStore, type ClientStore } from '../clientStore';
import { idbClientStore } from '../idbClientStore';
import { rememberedLang } from '../langMemory';
import { CLIENT_DB } from '../storageKeys';
import type { Notice } from '../uiSlice';
import { loadValidator } from '../validator';
import { flush, queueSave } from './autosave';
import { changeIndex, rebuildIndex, showIndex } from './clientList';
import { migrateLegacySave } from './legacySave';
import { openShareLink } from './openShareLink';
import { openStored } from './openFile';
import { listenToOtherTabs } from './otherTabs';
import {
  announceSession,
  currentSession,
  newClientId,
  setSession,
  type AppApi,
  type Session,
} from './session';
import { keepAside, storageFailed } from './storageFailures';
import { useClients } from './useClients';

/**
 * Client files: many plans, each autosaved as its own versioned record, one open at a time.
 * Load = parse → migrate → validate → merge; a record that fails is moved aside (never deleted)
 * and reported, and the rest load. Saves are compare-and-set on a revision number inside one
 * storage transaction, and a BroadcastChannel tells other tabs, so two tabs never silently
 * overwrite each other: an idle tab follows the other's edits, a tab with unsaved edits is asked.
 */

/** The browser's IndexedDB, or memory where there is none (jsdom, storage blocked). */
export function defaultClientStore(): ClientStore {
  return typeof indexedDB === 'undefined' ? memoryClientStore() : idbClientStore();
}

/**
 * Start client files: read the list (moving today's single localStorage save into the first
 * file on first run), open the file last used, open a share link if the page came with one,
 * then autosave. Called once by `hydrate()`, after the validator has loaded.
 */
export async function startClientFiles(
  app: AppApi,
  report: (notice: Notice) => void,
  db: ClientStore = defaultClientStore(),
): Promise<void> {
  const parse = await loadValidator();
  const s: Session = {
    db,
    app,
    report,
    parse,
    tabId: newClientId(),
    activeId: newClientId(),
    baseRevision: 0,
    dirty: false,
    timer: null,
    applying: false,
    channel: null,
    saving: Promise.resolve(),
  };
  // Subscribed before the first await, so no edit slips through while storage is read.
  app.subscribe((state, previous) => {
    if (s.applying) return;
    // Not `valid`: re-validating the same draft (start-up) is no edit worth saving.
    const planChanged =
      state.draft !== previous.draft ||
      state.scenarioId !== previous.scenarioId ||
      state.exampleId !== previous.exampleId;
    if (!currentSession()) {
      if (planChanged) s.dirty = true; // still loading: saved once the open file is known
      return;
    }
    if (state.lang !== previous.lang)
      void changeIndex(s, (i) => void (i.lang = state.lang)).catch(() => undefined);
    if (planChanged) queueSave(s);
  });
  let index: ClientIndex;
  try {
    const raw = await db.get(CLIENT_DB.index);
    const read = raw === undefined ? emptyIndex() : readIndex(raw);
    if (read) index = read;
    else {
      await keepAside(s, CLIENT_DB.index, raw);
      index = await rebuildIndex(s);
    }
    if (raw === undefined) index = await migrateLegacySave(s, index);
  } catch (e) {
    // No usable storage: the app works in memory and says so.
    storageFailed(s, e);
    index = emptyIndex();
  }
  // The choice remembered in localStorage is the newer one (it is saved at once, the index only
  // once files are open); the index's language serves a browser that has only the index.
  if (index.lang && !rememberedLang()) app.setState({ lang: index.lang });

  // The file last open, else the most recent one that reads; unreadable ones are kept aside.
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
    await db.set(CLIENT_DB.index, JSON.stringify(index)).catch(() => undefined);
  }
  index.activeId = s.activeId;
  setSession(s);
  showIndex(s, index);
  useClients.setState({ ready: true });

  // Edits made while the files were loading (a first visit can type at once) are saved now.
  if (s.dirty) queueSave(s);
  listenToOtherTabs(s);
  // The UI's actions wait for this; a share link is opened through them.
  announceSession(s);
  if (typeof window !== 'undefined') {
    // Save at once when the tab is hidden or closed rather than after the typing pause.
    window.addEventListener('pagehide', () => void flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void flush();
    });
    window.addEventListener('hashchange', () => void openShareLink());
    await openShareLink();
  }
}
