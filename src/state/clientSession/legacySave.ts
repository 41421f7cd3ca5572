import { emptyIndex, metaOf, type ClientIndex } from '../../io/clientIndexFile';
import { readClientRecord, stringifyClientRecord } from '../../io/clientRecord';
import { write } from '../clientStore';
import { savedLang } from '../persistence';
import { CLIENT_DB, STORAGE_KEYS } from '../storageKeys';
import { newClientId, now, recordKey, type Session } from './session';
import { keepAside } from './storageFailures';

/**
 * First run with client files: the single plan saved in localStorage (record version 1)
 * becomes the first client file, written with the list in one transaction. The old text is then
 * kept under `fundgap.state.migrated`. Null when there was none.
 */
export async function migrateLegacySave(s: Session): Promise<ClientIndex | null> {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEYS.state);
  } catch {
    return null;
  }
  if (raw === null) return null;
  const id = newClientId();
  const read = readClientRecord(raw, { id, now: now() });
  let index: ClientIndex | null = null;
  if (read.ok) {
    index = {
      ...emptyIndex(),
      activeId: id,
      lang: savedLang(read.record.state.lang),
      clients: [metaOf(read.record)],
    };
    await write(s.db, {
      [recordKey(id)]: stringifyClientRecord(read.record),
      [CLIENT_DB.index]: JSON.stringify(index),
    });
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
