// A book of client files written straight into the app's IndexedDB (the same database, store,
// keys and envelope as src/state/clientSession), for the benchmarks that need many clients.

/**
 * After the reader has engaged (a first visit makes its storage only then), wait for the app's
 * database, then store `count` copies of `sample` named "Bench Client 000", "Bench Client 001", …
 * with the last one open. Reload the page to open the book. Returns the JSON stored, in bytes.
 * @param {import('@playwright/test').Page} page
 * @param {unknown} sample a plan file (examples/*.json)
 * @param {number} count
 * @returns {Promise<number>}
 */
export async function seedBook(page, sample, count) {
  // Seeding before the app has made its database would make one without the app's object store.
  await page.evaluate(async () => {
    while (!(await indexedDB.databases()).some((d) => d.name === 'fundgap'))
      await new Promise((r) => setTimeout(r, 50));
  });
  return page.evaluate(
    async ({ sample, count, prefix }) => {
      const name = (i) => `${prefix}${String(i).padStart(3, '0')}`;
      const open = indexedDB.open('fundgap');
      const db = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('client-files', 'readwrite');
      const store = tx.objectStore('client-files');
      const clients = [];
      let total = 0;
      for (let i = 0; i < count; i++) {
        const file = structuredClone(sample);
        file.business.name = name(i);
        file.business.minCashBuffer = 5000 + i * 10;
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
        store.put(text, `client.${id}`);
        clients.push({ id, name: '', businessName: file.business.name, updatedAt: at });
      }
      store.put(
        JSON.stringify({ version: 1, activeId: `bench-${count - 1}`, lang: 'en', clients }),
        'index',
      );
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      localStorage.setItem('fundgap.hasData', '1');
      return total;
    },
    { sample, count, prefix: PREFIX },
  );
}

const PREFIX = 'Bench Client ';

/** The business name of client `i` in a seeded book. */
export const clientName = (i) => `${PREFIX}${String(i).padStart(3, '0')}`;
