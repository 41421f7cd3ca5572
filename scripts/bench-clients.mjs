#!/usr/bin/env node
// `npm run bench:clients`: a book of 200 client files in Chromium's IndexedDB (each the size of
// the online-shop sample: draft + last valid plan, ~23 KB of JSON) — how long opening the app
// takes until the last-open client's plan is on screen, and how long switching clients takes
// from the click in the client-file list to the new plan's headline. Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import { engageAsReader, openApp, startPreview } from './lib/preview.mjs';

const PORT = Number(process.env.FUNDGAP_PORT ?? 4178);
const CLIENTS = Number(process.env.CLIENTS ?? 200);
const OPENS = Number(process.env.OPENS ?? 10);
const SWITCHES = Number(process.env.SWITCHES ?? 20);

const { url: URL, stop } = await startPreview({ port: PORT });

const sample = JSON.parse(readFileSync('examples/online-shop.json', 'utf8'));
const name = (i) => `Bench Client ${String(i).padStart(3, '0')}`;
const { browser, page } = await openApp(URL);
/** The clients tab: one tap to the list of client files (src/ui/layout/SectionNav.tsx). */
const clientsTab = page
  .getByRole('navigation', { name: 'Sections', exact: true })
  .getByRole('link', { name: 'Clients', exact: true });
await clientsTab.waitFor();
// The tab is on the prerendered first screen, and a first visit opens its storage only once
// the reader engages: seeding before the app has made its database would make one without the
// app's object store.
await engageAsReader(page);
await page.evaluate(async () => {
  while (!(await indexedDB.databases()).some((d) => d.name === 'fundgap'))
    await new Promise((r) => setTimeout(r, 50));
});

// Seed the book straight into the app's storage (same names and envelope as src/state).
const bytes = await page.evaluate(
  async ({ sample, count }) => {
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
      file.business.name = `Bench Client ${String(i).padStart(3, '0')}`;
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
  { sample, count: CLIENTS },
);

/** From navigation start to the last-open client's headline on screen, in ms. */
async function openOnce(expected) {
  await page.reload({ waitUntil: 'commit' });
  return page.evaluate(async (expected) => {
    const seen = () => document.querySelector('h1')?.textContent?.includes(expected);
    if (!seen()) {
      await new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          if (seen()) {
            mo.disconnect();
            resolve();
          }
        });
        mo.observe(document.documentElement, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
    }
    return performance.now();
  }, expected);
}

const opens = [];
for (let i = 0; i < OPENS; i++) opens.push(await openOnce(name(CLIENTS - 1)));
await clientsTab.waitFor();

const switches = [];
for (let i = 0; i < SWITCHES; i++) {
  const target = name((i * 37) % (CLIENTS - 1));
  await clientsTab.click();
  const button = page.getByRole('button', { name: `Open ${target}`, exact: true });
  await button.waitFor();
  await button.evaluate((el) => el.setAttribute('data-bench', 'switch'));
  switches.push(
    await page.evaluate(async (expected) => {
      const start = performance.now();
      const done = new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          if (document.querySelector('h1')?.textContent?.includes(expected)) {
            mo.disconnect();
            requestAnimationFrame(() => resolve(performance.now()));
          }
        });
        mo.observe(document.documentElement, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
      document.querySelector('[data-bench="switch"]').click();
      return (await done) - start;
    }, target),
  );
  // Opening a file shows its answer: the list's section is hidden again.
  await page.locator('#section-answer').waitFor({ state: 'visible' });
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    median_ms: Number(s[Math.floor(s.length / 2)].toFixed(1)),
    p90_ms: Number(s[Math.floor(s.length * 0.9)].toFixed(1)),
    runs: s.length,
  };
};
const mb = Number((bytes / 1024 / 1024).toFixed(1));
console.log(
  JSON.stringify({
    case: 'open_app_with_client_files_chromium',
    clients: CLIENTS,
    stored_mb: mb,
    ...stats(opens),
  }),
);
console.log(
  JSON.stringify({ case: 'switch_client_chromium', clients: CLIENTS, ...stats(switches) }),
);
await browser.close();
stop();
