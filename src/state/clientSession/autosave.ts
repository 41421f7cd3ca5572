import { CLIENT_RECORD_VERSION, readRecord, savedState, type ClientRecord } from '../persistence';
import { changeIndex, metaOf, upsert } from './clientList';
import { post } from './otherTabs';
import { currentSession, now, recordKey, type Session } from './session';
import { keepAside, storageFailed } from './storageFailures';
import { useClients } from './useClients';

/** Edits closer together than this are saved once. */
const SAVE_DELAY_MS = 250;

/** Save the open file now if it has unsaved edits. */
async function save(s: Session): Promise<void> {
  if (s.timer) clearTimeout(s.timer);
  s.timer = null;
  if (!s.dirty) return;
  s.dirty = false;
  const id = s.activeId;
  const state = savedState(s.app.getState());
  const at = now();
  let conflict = false;
  let written: ClientRecord | null = null;
  let unreadable: unknown;
  try {
    await s.db.update(recordKey(id), (old) => {
      conflict = false;
      written = null;
      let stored: ClientRecord | null = null;
      if (old !== undefined) {
        const read = readRecord(old, { id, now: at });
        if (read.ok) stored = read.record;
        else unreadable = old;
      }
      if (stored && stored.revision > s.baseRevision) {
        conflict = true;
        return undefined;
      }
      written = {
        version: CLIENT_RECORD_VERSION,
        id,
        name: stored?.name ?? '',
        createdAt: stored?.createdAt ?? at,
        updatedAt: at,
        revision: (stored?.revision ?? 0) + 1,
        state,
      };
      return JSON.stringify(written);
    });
  } catch (e) {
    s.dirty = true;
    storageFailed(s, e);
    return;
  }
  if (unreadable !== undefined) {
    // The stored copy was unreadable: it is replaced by the plan on screen, so keep it aside.
    await keepAside(s, `${recordKey(id)}.overwritten`, unreadable).catch(() => undefined);
  }
  if (conflict) {
    s.dirty = true;
    useClients.setState({ conflict: true });
    return;
  }
  const record = written as ClientRecord | null;
  if (!record) return;
  s.baseRevision = record.revision;
  try {
    await changeIndex(s, (index) => {
      upsert(index, metaOf(record));
      index.activeId = id;
    });
  } catch (e) {
    storageFailed(s, e);
  }
  post(s, { type: 'saved', id, revision: record.revision });
}

export function queueSave(s: Session): void {
  s.dirty = true;
  if (useClients.getState().conflict) return; // wait for the user's choice
  if (s.timer) clearTimeout(s.timer);
  s.timer = setTimeout(() => void flush(), SAVE_DELAY_MS);
}

/** Save pending edits now (before switching files, leaving the page, or in tests). */
export function flush(): Promise<void> {
  const s = currentSession();
  if (!s) return Promise.resolve();
  s.saving = s.saving.then(() => save(s));
  return s.saving;
}
