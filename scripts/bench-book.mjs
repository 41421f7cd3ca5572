#!/usr/bin/env node
// `npm run bench:book`: the book stress test (issue 19) in Chromium, on the built app, with 200
// generated client files in IndexedDB. Each run changes the table's scenario (which cancels
// nothing left and starts a run in the Worker) and times, from the change, the first row on
// screen and all 200, and the longest main-thread task meanwhile. One JSON line per case with its
// budget: first rows ≤ 1 s, all 200 ≤ 5 s (median), no main-thread task > 50 ms (worst run), and
// the machine's load average, since this machine is shared. Needs `npm run build` first.
// Own port: FUNDGAP_PORT (default 4179).
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { engageAsReader, openApp, startPreview } from './lib/preview.mjs';

const PORT = Number(process.env.FUNDGAP_PORT ?? 4179);
const CLIENTS = Number(process.env.CLIENTS ?? 200);
const RUNS = Math.max(1, Number(process.env.RUNS ?? 7));
const BUDGET = { firstRowMs: 1000, allRowsMs: 5000, longTaskMs: 50 };
// Presets that take the engine about as long as each other; alternated so every run is new.
const SCENARIOS = ['risk_control_freeze_30d', 'limit_cut_50', 'ant_wide_event', 'maintenance'];

const { url: URL, stop } = await startPreview({ port: PORT });
const sample = JSON.parse(readFileSync('examples/online-shop.json', 'utf8'));
const { browser, page } = await openApp(URL);
await engageAsReader(page);
await page.evaluate(async () => {
  while (!(await indexedDB.databases()).some((d) => d.name === 'fundgap'))
    await new Promise((r) => setTimeout(r, 50));
});

// The same book as e2e/pages/BookTable.ts `seedBook`: the online-shop sample with its cash scaled
// from 10 % to 300 %, so some clients are short at once, some later, some never.
await page.evaluate(
  async ({ sample, count }) => {
    const open = indexedDB.open('fundgap');
    const db = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('client-files', 'readwrite');
    const store = tx.objectStore('client-files');
    const clients = [];
    for (let i = 0; i < count; i++) {
      const file = structuredClone(sample);
      file.business.name = `Book Client ${String(i).padStart(3, '0')}`;
      const scale = 0.1 + ((i * 7) % 30) / 10;
      for (const a of file.cashAccounts) a.balance = Math.round(a.balance * scale);
      const id = `book-${i}`;
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60000).toISOString();
      const state = { draft: file, validFile: file, scenarioId: 'risk_control_freeze_30d' };
      store.put(
        JSON.stringify({
          version: 2,
          id,
          name: '',
          createdAt: at,
          updatedAt: at,
          revision: 1,
          state: { ...state, exampleId: null },
        }),
        `client.${id}`,
      );
      clients.push({ id, name: '', businessName: file.business.name, updatedAt: at });
    }
    store.put(
      JSON.stringify({ version: 1, activeId: `book-${count - 1}`, lang: 'en', clients }),
      'index',
    );
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    localStorage.setItem('fundgap.hasData', '1');
  },
  { sample, count: CLIENTS },
);

await page.reload();
await engageAsReader(page);
await page.evaluate(() => (location.hash = '#/clients'));
const table = page.locator('.book-scroll');
await table.waitFor();
// The first run (on opening the section) also starts the Worker: let it end, then measure runs.
await page.waitForFunction(
  () => document.querySelector('.book-scroll')?.getAttribute('data-finished') === 'true',
);
await page.waitForTimeout(1000);

const load = [loadavg()[0]];
const runs = [];
for (let i = 0; i < RUNS; i++) {
  const scenario = SCENARIOS[(i + 1) % SCENARIOS.length];
  runs.push(
    await page.evaluate(
      async ({ scenario, total }) => {
        const region = document.querySelector('.book-scroll');
        const select = region.closest('section').querySelector('select');
        const tasks = [];
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push(e.duration);
        });
        observer.observe({ type: 'longtask' });
        let first = null;
        const start = performance.now();
        const all = new Promise((resolve) => {
          const watch = new MutationObserver(() => {
            const done = Number(region.getAttribute('data-done'));
            if (first === null && done > 0) first = performance.now() - start;
            if (done === total && region.getAttribute('data-finished') === 'true') {
              watch.disconnect();
              resolve(performance.now() - start);
            }
          });
          watch.observe(region, { attributes: true });
        });
        select.value = scenario;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const allMs = await all;
        // One more frame, so the last rows' paint is inside the window.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
        observer.disconnect();
        return { first, all: allMs, longest: Math.max(0, ...tasks), longTasks: tasks.length };
      },
      { scenario, total: CLIENTS },
    ),
  );
  load.push(loadavg()[0]);
  await page.waitForTimeout(300);
}

const pick = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return Number(s[Math.min(s.length - 1, Math.floor(q * s.length))].toFixed(1));
};
const line = (name, xs, budget) => {
  const median = pick(xs, 0.5);
  console.log(
    JSON.stringify({
      case: name,
      clients: CLIENTS,
      median_ms: median,
      p95_ms: pick(xs, 0.95),
      runs: xs.length,
      budget_ms: budget,
      within_budget: median <= budget,
      load_avg: Number(Math.max(...load).toFixed(1)),
    }),
  );
};
line(
  'book_first_row_chromium',
  runs.map((r) => r.first),
  BUDGET.firstRowMs,
);
line(
  'book_all_rows_chromium',
  runs.map((r) => r.all),
  BUDGET.allRowsMs,
);
const worst = Math.max(...runs.map((r) => r.longest));
console.log(
  JSON.stringify({
    case: 'book_longest_main_thread_task_chromium',
    clients: CLIENTS,
    max_ms: Number(worst.toFixed(1)),
    median_ms: pick(
      runs.map((r) => r.longest),
      0.5,
    ),
    long_tasks: runs.reduce((n, r) => n + r.longTasks, 0),
    runs: runs.length,
    budget_ms: BUDGET.longTaskMs,
    within_budget: worst <= BUDGET.longTaskMs,
    load_avg: Number(Math.max(...load).toFixed(1)),
  }),
);
await browser.close();
stop();
