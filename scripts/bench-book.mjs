#!/usr/bin/env node
// `npm run bench:book`: the book stress test (issue 19) in Chromium, on the built app, with 200
// generated client files in IndexedDB (scripts/lib/clientBook.mjs, the book the e2e tests
// check). Each run changes the table's scenario (which cancels nothing left and starts a run in
// the Workers) and times, from the change, the first row on screen and all 200, and the longest
// main-thread task meanwhile: its wall time (the Long Tasks API) and, from a Chromium trace of the
// run, its own CPU time, since on this shared machine a task's wall time is mostly other
// processes' turn. One JSON line per run (with the load average before and after it), then one
// per case with its budget: first rows ≤ 1 s, all 200 ≤ 5 s (median), no main-thread task > 50 ms
// (worst run), and the load average's range over the runs. Needs `npm run build` first.
// Own port: FUNDGAP_PORT (default 4179).
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { seedBook } from './lib/clientBook.mjs';
import { engageAsReader, openApp, startPreview } from './lib/preview.mjs';

const PORT = Number(process.env.FUNDGAP_PORT ?? 4179);
const CLIENTS = Number(process.env.CLIENTS ?? 200);
const RUNS = Math.max(1, Number(process.env.RUNS ?? 7));
const BUDGET = { firstRowMs: 1000, allRowsMs: 5000, longTaskMs: 50 };
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  '__metadata',
];
// Presets that take the engine about as long as each other; alternated so every run is new.
const SCENARIOS = ['risk_control_freeze_30d', 'limit_cut_50', 'ant_wide_event', 'maintenance'];

const { url: URL, stop } = await startPreview({ port: PORT });
const sample = JSON.parse(readFileSync('examples/online-shop.json', 'utf8'));
const { browser, page } = await openApp(URL);
await engageAsReader(page);
// The book e2e/pages/BookTable.ts seeds: the online-shop sample with its cash scaled from 10 % to
// 300 %, so some clients are short at once, some later, some never.
await seedBook(page, sample, CLIENTS, { prefix: 'Book Client ', vary: 'cash' });

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
  const loadBefore = loadavg()[0];
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const run = await page.evaluate(
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
  );
  const cpu = mainThreadTasks(JSON.parse((await browser.stopTracing()).toString()));
  runs.push({ ...run, ...cpu });
  load.push(loadavg()[0]);
  console.log(
    JSON.stringify({
      case: 'book_run',
      run: i + 1,
      scenario,
      first_row_ms: Number(run.first.toFixed(1)),
      all_rows_ms: Number(run.all.toFixed(1)),
      longest_task_ms: Number(run.longest.toFixed(1)),
      longest_task_cpu_ms: Number(cpu.longestCpu.toFixed(1)),
      max_task_cpu_ms: Number(cpu.maxCpu.toFixed(1)),
      load_avg: [Number(loadBefore.toFixed(1)), Number(loadavg()[0].toFixed(1))],
    }),
  );
  await page.waitForTimeout(300);
}

/**
 * The page's main thread in a Chromium trace: the longest task's own CPU time and the most CPU
 * any one task took. A long task's wall time counts the time the OS gave other processes; on a
 * shared machine at load 10 a 15 ms task lasts 100 ms. Both are reported, never one for the other.
 */
function mainThreadTasks(trace) {
  const events = trace.traceEvents ?? trace;
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) =>
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      mains.has(`${e.pid}:${e.tid}`),
  );
  let longest = { dur: 0, tdur: 0 };
  let maxCpu = 0;
  for (const t of tasks) {
    if (t.dur > longest.dur) longest = t;
    maxCpu = Math.max(maxCpu, t.tdur ?? 0);
  }
  return { longestCpu: (longest.tdur ?? 0) / 1000, maxCpu: maxCpu / 1000 };
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
      load_avg_min: Number(Math.min(...load).toFixed(1)),
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
    // The same tasks' own CPU time (Chromium's trace): what the page asked of the main thread.
    longest_task_cpu_ms: Number(Math.max(...runs.map((r) => r.longestCpu)).toFixed(1)),
    max_task_cpu_ms: Number(Math.max(...runs.map((r) => r.maxCpu)).toFixed(1)),
    cpu_within_budget: Math.max(...runs.map((r) => r.maxCpu)) <= BUDGET.longTaskMs,
    load_avg_min: Number(Math.min(...load).toFixed(1)),
    load_avg: Number(Math.max(...load).toFixed(1)),
  }),
);
await browser.close();
stop();
