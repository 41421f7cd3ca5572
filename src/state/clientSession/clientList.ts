import {
  emptyIndex,
  metaOf,
  readClientIndex,
  type ClientIndex,
  type ClientMeta,
} from '../../io/clientIndexFile';
import { byLastEdited } from '../clientIndex';
import { write } from '../clientStore';
import { CLIENT_DB, STORAGE_KEYS } from '../storageKeys';
import { readStored } from './openFile';
import { addAlert, patch, stateOf, type Session } from './session';
import { storageFailed } from './storageFailures';

function setMarker(hasData: boolean): void {
  try {
    if (hasData) localStorage.setItem(STORAGE_KEYS.hasData, '1');
    else localStorage.removeItem(STORAGE_KEYS.hasData);
  } catch {
    // Storage blocked: the next visit shows the sample first, then the saved plan.
  }
}

/** The list as this tab shows it, for when the stored one cannot be read. */
function indexFromState(s: Session): ClientIndex {
  const { clients, activeId } = stateOf(s);
  return { ...emptyIndex(), activeId, lang: s.app.getState().lang, clients: [...clients] };
}

/**
 * The stored index, changed: the base for a transaction that writes it with a record. An
 * unreadable stored index is replaced by the list this tab shows (records are the truth, and
 * the next start checks the list against them).
 */
export function nextIndex(s: Session, stored: unknown, change: (index: ClientIndex) => void) {
  const index = (stored === undefined ? null : readClientIndex(stored)) ?? indexFromState(s);
  change(index);
  return index;
}

/** Change the stored index alone (the open file, the language), in one transaction. */
export async function changeIndex(s: Session, change: (index: ClientIndex) => void): Promise<void> {
  let next: ClientIndex = emptyIndex();
  await s.db.transact([CLIENT_DB.index], ([old]) => {
    next = nextIndex(s, old, change);
    return { [CLIENT_DB.index]: JSON.stringify(next) };
  });
  showIndex(s, next);
}

export function showIndex(s: Session, index: ClientIndex): void {
  patch(s, { clients: [...index.clients].sort(byLastEdited) });
  setMarker(index.clients.length > 0);
}

export function upsert(index: ClientIndex, meta: ClientMeta): void {
  const at = index.clients.findIndex((c) => c.id === meta.id);
  if (at >= 0) index.clients[at] = meta;
  else index.clients.push(meta);
}

/** The list with `id` gone; the open file stays open unless it was the one removed. */
export function without(index: ClientIndex, id: string): void {
  index.clients = index.clients.filter((c) => c.id !== id);
  if (index.activeId === id) index.activeId = null;
}

/**
 * The list of client files, checked against the records on every start (records are the truth):
 * a missing, unreadable or truncated list is rebuilt from them, a file missing from the list is
 * listed again, a line whose file is gone is dropped — and the user is told. Null on a first run
 * (nothing stored at all). Only the keys are read unless something is missing, so a book of 200
 * clients opens as fast as before.
 */
export async function loadList(s: Session): Promise<ClientIndex | null> {
  const [raw, keys] = await Promise.all([s.db.get(CLIENT_DB.index), s.db.keys()]);
  const stored = keys
    .filter((k) => k.startsWith(CLIENT_DB.clientPrefix))
    .map((k) => k.slice(CLIENT_DB.clientPrefix.length));
  if (raw === undefined && stored.length === 0) return null;
  const read = raw === undefined ? null : readClientIndex(raw);
  const index = read ?? emptyIndex();
  const have = new Set(stored);
  const listed = new Set(index.clients.map((c) => c.id));
  const missing = stored.filter((id) => !listed.has(id));
  const dropped = index.clients.filter((c) => !have.has(c.id)).length;
  if (read && missing.length === 0 && dropped === 0) return read;

  index.clients = index.clients.filter((c) => have.has(c.id));
  if (index.activeId !== null && !have.has(index.activeId)) index.activeId = null;
  let relisted = 0;
  for (const id of missing) {
    // A record that cannot be read is kept aside, one too new is left for a newer FundGap:
    // neither can be opened here, so neither is listed.
    const record = await readStored(s, id);
    if (!record) continue;
    index.clients.push(metaOf(record));
    relisted++;
  }
  if (relisted > 0 || dropped > 0 || !read) {
    // Not written (storage full): the list is still shown, and rebuilt again on the next start.
    await write(s.db, { [CLIENT_DB.index]: JSON.stringify(index) }).catch((e: unknown) =>
      storageFailed(s, e),
    );
    if (relisted > 0 || dropped > 0)
      addAlert(s, { kind: 'list_repaired', listed: relisted, dropped });
  }
  return index;
}
