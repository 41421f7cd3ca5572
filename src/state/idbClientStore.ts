import { createStore, get, keys, promisifyRequest } from 'idb-keyval';
import type { ClientStore, Writes } from './clientStore';
import { CLIENT_DB } from './storageKeys';

/** Client files in IndexedDB (idb-keyval: one database, one object store, key → JSON text). */
export function idbClientStore(): ClientStore {
  const db = createStore(CLIENT_DB.database, CLIENT_DB.objectStore);
  return {
    get: (key) => get(key, db),
    keys: async () => (await keys(db)).map(String),
    transact: (wanted, change) =>
      db('readwrite', (store) => {
        const tx = store.transaction;
        return new Promise<void>((resolve, reject) => {
          const values: unknown[] = new Array(wanted.length);
          let pending = wanted.length;
          const writeAll = () => {
            let writes: Writes | undefined;
            try {
              writes = change(values);
              for (const [key, value] of Object.entries(writes ?? {})) {
                if (value === null) store.delete(key);
                else store.put(value, key);
              }
            } catch (e) {
              // A put that throws (or a change that does) must take the others with it.
              tx.abort();
              reject(e);
              return;
            }
            // Resolves when the transaction commits; rejects (QuotaExceededError…) if it aborts.
            resolve(promisifyRequest(tx));
          };
          if (pending === 0) writeAll();
          wanted.forEach((key, i) => {
            const request = store.get(key);
            request.onsuccess = () => {
              values[i] = request.result;
              if (--pending === 0) writeAll();
            };
            request.onerror = () => reject(request.error);
          });
        });
      }),
  };
}
