import { metaOf } from '../../io/clientIndexFile';
import {
  CLIENT_RECORD_VERSION,
  namesOf,
  readClientRecord,
  stringifyClientRecord,
} from '../../io/clientRecord';
import { localName } from '../../i18n/localName';
import { CLIENTS } from '../../i18n/messages/clients';
import { write } from '../clientStore';
import { savedState } from '../persistence';
import { CLIENT_DB, STORAGE_KEYS } from '../storageKeys';
import { flush } from './autosave';
import { nextIndex, showIndex, upsert } from './clientList';
import { createClient } from './fileActions';
import { apply, readStored } from './openFile';
import { post } from './otherTabs';
import {
  addAlert,
  newClientId,
  now,
  patch,
  recordKey,
  sessionReady,
  stateOf,
  type Session,
} from './session';
import { asideKey, storageFailed } from './storageFailures';

/**
 * Answer a two-tab conflict. `theirs`: show what the other tab saved. `copy`: keep this tab's
 * plan as a new client file (both versions survive). `mine`: save this tab's plan over theirs.
 */
export async function resolveConflict(
  choice: 'theirs' | 'copy' | 'mine',
  copyName: string,
  session?: Session,
): Promise<void> {
  const s = session ?? (await sessionReady);
  const record = await readStored(s, stateOf(s).activeId);
  patch(s, { conflict: false });
  if (choice === 'theirs') {
    if (record && apply(s, record)) patch(s, { baseRevision: record.revision });
    patch(s, { dirty: false });
    return;
  }
  if (choice === 'copy') {
    const { valid, scenarioId, exampleId, draft } = s.app.getState();
    patch(s, { dirty: false });
    await createClient(valid, { name: copyName, exampleId, scenarioId }, s);
    // The copy keeps the draft as typed, not only its last valid plan (saved as an edit).
    s.app.setState({ draft });
    return;
  }
  patch(s, { baseRevision: record?.revision ?? stateOf(s).baseRevision, dirty: true });
  await flush(s);
}

/** The name of the copy that keeps this tab's side of a conflict, in the reader's language. */
function copyNameFor(s: Session): string {
  const { lang, draft } = s.app.getState();
  const m = CLIENTS[lang];
  const { activeId, clients } = stateOf(s);
  const business = typeof draft.business?.name === 'string' ? draft.business.name : '';
  const own = clients.find((c) => c.id === activeId)?.name.trim() ?? '';
  return m.conflictCopyName(own || localName(business, lang) || m.untitled);
}

/**
 * While a conflict waits for the user, this tab's side of it is kept in localStorage (written
 * synchronously: it is there even if the tab is closed, crashes or is killed) and kept current
 * as the user goes on editing. Settling the conflict withdraws it; a tab that goes without
 * settling it leaves it for the next start (`keepEditsFromClosedTabs`). Nothing without a conflict.
 */
export function setAsideConflictEdit(s: Session): void {
  const { conflict, activeId } = stateOf(s);
  if (!conflict) return;
  const at = now();
  const text = stringifyClientRecord({
    version: CLIENT_RECORD_VERSION,
    id: activeId,
    name: copyNameFor(s),
    createdAt: at,
    updatedAt: at,
    revision: 1,
    state: savedState(s.app.getState()),
  });
  const key = `${STORAGE_KEYS.unsavedPrefix}${activeId}.${s.tabId}`;
  try {
    localStorage.setItem(key, text);
    s.run.aside = key;
  } catch {
    // No room or no storage: the browser's "leave this page?" question is the last word.
  }
}

/** The conflict is settled (or the tab is back from the back/forward cache): nothing is left behind. */
export function withdrawConflictEdit(s: Session): void {
  if (!s.run.aside) return;
  try {
    localStorage.removeItem(s.run.aside);
  } catch {
    // Storage went away: the next start finds nothing to keep, or a copy too many.
  }
  s.run.aside = null;
}

/** Hold this tab's Web Lock for as long as the tab is open (released by the browser as it goes). */
export function holdTabLock(s: Session): void {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  void locks
    ?.request(`${STORAGE_KEYS.tabLockPrefix}${s.tabId}`, () => new Promise<never>(() => undefined))
    .catch(() => undefined);
}

/** Tabs still open (their locks are held); null where the browser cannot tell. */
async function openTabs(): Promise<Set<string> | null> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks?.query) return null;
  const { held = [] } = await locks.query().catch(() => ({ held: [] }));
  return new Set(
    held
      .map((l) => l.name ?? '')
      .filter((n) => n.startsWith(STORAGE_KEYS.tabLockPrefix))
      .map((n) => n.slice(STORAGE_KEYS.tabLockPrefix.length)),
  );
}

/**
 * Edits left behind by tabs that closed with a conflict open become client files, each written
 * with its list line in one transaction, then removed from localStorage; the user is told.
 * An edit whose tab is still open is left to it. Unreadable ones are kept aside in the
 * client-file storage like any damaged data.
 */
export async function keepEditsFromClosedTabs(s: Session): Promise<void> {
  let keys: string[];
  try {
    keys = Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_KEYS.unsavedPrefix));
  } catch {
    return;
  }
  const alive = keys.length > 0 ? await openTabs() : null;
  for (const lsKey of keys) {
    // Still open in another tab, its conflict still waiting there: not left behind.
    if (alive?.has(lsKey.slice(lsKey.lastIndexOf('.') + 1))) continue;
    const raw = localStorage.getItem(lsKey);
    const id = newClientId();
    const read = readClientRecord(raw, { id, now: now() });
    try {
      if (read.ok) {
        const record = { ...read.record, id };
        let shown = nextIndex(s, undefined, () => undefined);
        await s.db.transact([CLIENT_DB.index], ([old]) => {
          shown = nextIndex(s, old, (index) => upsert(index, metaOf(record)));
          return {
            [recordKey(id)]: stringifyClientRecord(record),
            [CLIENT_DB.index]: JSON.stringify(shown),
          };
        });
        showIndex(s, shown);
        post(s, { type: 'index' });
        addAlert(s, { kind: 'edit_kept', id, file: namesOf(raw) });
      } else {
        const keptAs = asideKey(lsKey);
        await write(s.db, { [keptAs]: raw ?? '' });
        s.report({ id: 'storage_corrupt', code: 'storage_corrupt', keptAs });
      }
      localStorage.removeItem(lsKey);
    } catch (e) {
      // Not written (storage full): it stays in localStorage for the next start.
      storageFailed(s, e);
    }
  }
}
