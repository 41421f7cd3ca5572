import type { Page } from '@playwright/test';
import { CLIENT_DB } from '../../src/state/storageKeys';

/**
 * Read the app's client-file storage (IndexedDB, via the same names the app uses) from a test,
 * to check what was saved without going through the UI.
 */
export type StoredClients = {
  index: Record<string, unknown> | null;
  records: Record<string, unknown>;
};

export function readClientDb(page: Page): Promise<StoredClients> {
  return page.evaluate(
    ({ database, objectStore, index, clientPrefix }) =>
      new Promise<StoredClients>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(objectStore)) {
            db.close();
            resolve({ index: null, records: {} });
            return;
          }
          const store = db.transaction(objectStore).objectStore(objectStore);
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            const out: StoredClients = { index: null, records: {} };
            keys.result.forEach((key, i) => {
              const text = values.result[i] as string;
              if (key === index) out.index = JSON.parse(text) as Record<string, unknown>;
              else if (String(key).startsWith(clientPrefix))
                out.records[String(key)] = JSON.parse(text);
            });
            db.close();
            resolve(out);
          };
          values.onerror = () => reject(values.error);
        };
      }),
    CLIENT_DB,
  );
}

/** The open client file's saved plan state (draft, scenario…), or null before the first save. */
export async function savedActiveState(page: Page): Promise<Record<string, unknown> | null> {
  const { index, records } = await readClientDb(page);
  const activeId = index?.activeId as string | undefined;
  if (!activeId) return null;
  const record = records[`${CLIENT_DB.clientPrefix}${activeId}`] as
    { state?: Record<string, unknown> } | undefined;
  return record?.state ?? null;
}

/**
 * Put (text) or delete (null) raw values in the app's client-file storage, as damage from
 * outside would (another version, a failed write, a truncated disk): one transaction.
 */
export function writeClientDb(page: Page, writes: Record<string, string | null>): Promise<void> {
  return page.evaluate(
    ({ db, writes }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db.database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(db.objectStore, 'readwrite');
          const store = tx.objectStore(db.objectStore);
          for (const [key, value] of Object.entries(writes)) {
            if (value === null) store.delete(key);
            else store.put(value, key);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { db: CLIENT_DB, writes },
  );
}

/** One stored value exactly as it is (the text of a record, the list, data kept aside). */
export function readRawClientDb(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    ({ db, key }) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open(db.database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result
            .transaction(db.objectStore)
            .objectStore(db.objectStore)
            .get(key);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { db: CLIENT_DB, key },
  );
}

/** Every key in the app's client-file storage. */
export function clientDbKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    (db) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open(db.database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result
            .transaction(db.objectStore)
            .objectStore(db.objectStore)
            .getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result.map(String));
          };
          request.onerror = () => reject(request.error);
        };
      }),
    CLIENT_DB,
  );
}
