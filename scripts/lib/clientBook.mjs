// A book of client files written straight into the app's IndexedDB (the same database, store,
// keys and envelope as src/state/clientSession), for the benchmarks and end-to-end tests that need
// many clients: bench-clients, bench-interactions, bench-book and e2e/pages/BookTable.ts. One
// generator, so the book the benchmark times is the book the tests check.

/** The app's names (src/state/storageKeys.ts `CLIENT_DB`; e2e passes that very object). */
const APP_DB = {
  database: 'fundgap',
  objectStore: 'client-files',
  index: 'index',
  clientPrefix: 'client.',
};

/**
 * @typedef {object} BookOptions
 * @property {string} [prefix] names are `${prefix}000`, `${prefix}001`, … (default "Bench Client ")
 * @property {'buffer' | 'cash'} [vary] how the copies differ: `buffer` (default) raises each one's
 *   minimum cash buffer by ¥10, so every file is its own; `cash` scales its cash from 10 % to 300 %
 *   (0.1 + (7i mod 30) / 10), so some clients are short at once, some later and some never — the
 *   spread a book stress test sorts
 * @property {string | null} [lang] the language the index records (null: the reader's own)
 * @property {typeof APP_DB} [db] the storage names, when the caller has the app's own
 */

/**
 * After the reader has engaged (a first visit makes its storage only then), wait for the app's
 * database, then store `count` copies of `sample` named `${prefix}000`, … with ids `bench-<i>`,
 * the last one open. Reload the page to open the book. Returns the JSON stored, in characters.
 * @param {import('@playwright/test').Page} page
 * @param {unknown} sample a plan file (examples/*.json)
 * @param {number} count
 * @param {BookOptions} [options]
 * @returns {Promise<number>}
 */
export async function seedBook(page, sample, count, options = {}) {
  const { prefix = PREFIX, vary = 'buffer', lang = 'en', db = APP_DB } = options;
  // Seeding before the app has made its database would make one without the app's object store.
  await page.evaluate(async (database) => {
    while (!(await indexedDB.databases()).some((d) => d.name === database))
      await new Promise((r) => setTimeout(r, 50));
  }, db.database);
  return page.evaluate(
    async ({ sample, count, prefix, vary, lang, db }) => {
      const open = indexedDB.open(db.database);
      const conn = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = conn.transaction(db.objectStore, 'readwrite');
      const store = tx.objectStore(db.objectStore);
      const clients = [];
      let total = 0;
      for (let i = 0; i < count; i++) {
        const file = structuredClone(sample);
        file.business.name = `${prefix}${String(i).padStart(3, '0')}`;
        if (vary === 'cash') {
          const scale = 0.1 + ((i * 7) % 30) / 10;
          for (const a of file.cashAccounts) a.balance = Math.round(a.balance * scale);
        } else {
          file.business.minCashBuffer = 5000 + i * 10;
        }
        const id = `bench-${i}`;
        const at = new Date(Date.UTC(2026, 0, 1) + i * 60000).toISOString();
        const text = JSON.stringify({
          version: 2,
          id,
          name: '',
          createdAt: at,
          updatedAt: at,
          revision: 1,
          state: {
            draft: file,
            validFile: file,
            scenarioId: 'risk_control_freeze_30d',
            exampleId: null,
          },
        });
        total += text.length;
        store.put(text, `${db.clientPrefix}${id}`);
        clients.push({ id, name: '', businessName: file.business.name, updatedAt: at });
      }
      store.put(
        JSON.stringify({ version: 1, activeId: `bench-${count - 1}`, lang, clients }),
        db.index,
      );
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      conn.close();
      localStorage.setItem('fundgap.hasData', '1');
      return total;
    },
    { sample, count, prefix, vary, lang, db },
  );
}

const PREFIX = 'Bench Client ';

/** The business name of client `i` in a seeded book (`prefix` as given to `seedBook`). */
export const clientName = (i, prefix = PREFIX) => `${prefix}${String(i).padStart(3, '0')}`;
