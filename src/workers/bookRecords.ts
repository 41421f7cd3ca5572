/**
 * The book Worker reads the stored client files itself, straight from IndexedDB (which a Worker
 * may open), so 200 records — a few megabytes of JSON — never pass through the main thread,
 * where each read was a transaction of its own. Read-only: the app's session stays the one
 * writer. The caller names the database, store and keys (src/state/storageKeys.ts), since a
 * Worker imports no state.
 */

/** Where a chunk's records come from: the app's IndexedDB, or the records themselves. */
export type RecordSource =
  | { kind: 'store'; database: string; objectStore: string; keys: string[] }
  | { kind: 'records'; records: unknown[] };

const connections = new Map<string, Promise<IDBDatabase | null>>();

/**
 * The app's database, or null when it cannot be opened here or does not exist: opening a name
 * that does not exist would make an empty database the app then could not use, so an upgrade
 * (what opening a missing one starts with) is aborted.
 */
function connect(database: string): Promise<IDBDatabase | null> {
  let connection = connections.get(database);
  if (!connection) {
    connection = new Promise((resolve) => {
      try {
        const open = indexedDB.open(database);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          const db = open.result;
          // Another tab's upgrade must never wait on the book: let go and reopen next time.
          db.onversionchange = () => {
            db.close();
            connections.delete(database);
          };
          resolve(db);
        };
        open.onerror = () => resolve(null);
        open.onblocked = () => resolve(null);
      } catch {
        resolve(null);
      }
    });
    connections.set(database, connection);
    void connection.then((db) => db ?? connections.delete(database));
  }
  return connection;
}

/**
 * The records of `source`, in its order (undefined: a key with nothing stored), or null when the
 * store cannot be read here (the main thread then reads them and sends them).
 */
export async function readRecords(source: RecordSource): Promise<unknown[] | null> {
  if (source.kind === 'records') return source.records;
  if (typeof indexedDB === 'undefined') return null;
  const db = await connect(source.database);
  if (!db) return null;
  return new Promise((resolve) => {
    try {
      const store = db.transaction(source.objectStore, 'readonly').objectStore(source.objectStore);
      const records: unknown[] = new Array(source.keys.length);
      let pending = source.keys.length;
      if (pending === 0) resolve(records);
      source.keys.forEach((key, i) => {
        const request = store.get(key);
        request.onsuccess = () => {
          records[i] = request.result;
          if (--pending === 0) resolve(records);
        };
        request.onerror = () => resolve(null);
      });
    } catch {
      resolve(null);
    }
  });
}
