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
