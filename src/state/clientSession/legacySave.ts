import type { ClientIndex } from '../clientIndex';
import { readRecord, savedLang } from '../persistence';
import { CLIENT_DB, STORAGE_KEYS } from '../storageKeys';
import { metaOf } from './clientList';
import { newClientId, now, recordKey, type Session } from './session';
import { keepAside } from './storageFailures';

/**
 * First run with client files: the single plan saved in localStorage (envelope version 1)
 * becomes the first client file. The old text is then kept under `fundgap.state.migrated`.
 */
export async function migrateLegacySave(s: Session, index: ClientIndex): Promise<ClientIndex> {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEYS.state);
  } catch {
    return index;
  }
  if (raw === null) return index;
  const id = newClientId();
  const read = readRecord(raw, { id, now: now() });
  if (read.ok) {
    index.clients.push(metaOf(read.record));
    index.activeId = id;
    index.lang = savedLang(read.record.state.lang);
    await s.db.set(recordKey(id), JSON.stringify(read.record));
    await s.db.set(CLIENT_DB.index, JSON.stringify(index));
  } else {
    await keepAside(s, STORAGE_KEYS.state, raw);
  }
  try {
    localStorage.setItem(STORAGE_KEYS.legacyMigrated, raw);
    localStorage.removeItem(STORAGE_KEYS.state);
  } catch {
    // No room to move it: it stays where it was; the index now exists, so it is not read again.
  }
  return index;
}
