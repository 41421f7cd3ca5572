import { createStore, del, get, keys, set, update } from 'idb-keyval';
import type { ClientStore } from './clientStore';
import { CLIENT_DB } from './storageKeys';

/** Client files in IndexedDB (idb-keyval: one database, one object store, key → JSON text). */
export function idbClientStore(): ClientStore {
  const db = createStore(CLIENT_DB.database, CLIENT_DB.objectStore);
  return {
    get: (key) => get(key, db),
    set: (key, value) => set(key, value, db),
    del: (key) => del(key, db),
    keys: async () => (await keys(db)).map(String),
    // idb-keyval's update runs get and put in one readwrite transaction; returning the old
    // value unchanged writes it back as it was.
    update: (key, change) =>
      update(
        key,
        (old: unknown) => {
          const next = change(old);
          return next === undefined ? old : next;
        },
        db,
      ),
  };
}
