#!/usr/bin/env node
// `npm run bench:scroll`: a reader scrolling the answer section from top to bottom, in Chromium on
// the built app, at 1350 × 940 (Lighthouse's desktop) and in a 375 × 800 viewport (a phone's
// size, at full speed, without touch emulation), RUNS times each (default 3). The first flick is
// what reveals the panels below the answer (src/ui/layout/reveal.ts): they all mount then, and
// the other sections' panels at idle soon after. The main thread's long tasks meanwhile are what
// the reader feels as a page that stops scrolling. One JSON line per size: the longest task of
// each run, how many exceeded 50 ms, the worst three with their start after the first flick, and
// the load average, since this machine is shared. Which panel a task belongs to is for a CPU
// profile to say, not this bench. Budget: no task over 50 ms (RAIL). Reports `budget_met`, never
// fails. Needs `npm run build` first. Own port: FUNDGAP_PORT (default 4178).
import { loadavg } from 'node:os';
import { launchChromium, startPreview } from './lib/preview.mjs';

const PORT = Number(process.env.FUNDGAP_PORT ?? 4178);
const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));
const LONG_TASK_MS = 50;
const SIZES = [
  { name: 'desktop', width: 1350, height: 940 },
  { name: 'phone-size', width: 375, height: 800 },
];

const { url: URL, stop } = await startPreview({ port: PORT });
const browser = await launchChromium();
try {
  for (const size of SIZES) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await scrollOnce(size));
    const longest = runs.map((run) => run.longest);
    console.log(
      JSON.stringify({
        bench: 'scroll_answer',
        size: size.name,
        viewport: `${size.width}x${size.height}`,
        runs: RUNS,
        longest_task_ms: longest,
        tasks_over_50ms: runs.map((run) => run.over),
        worst_tasks: runs.map((run) => run.worst),
        page_went_still: runs.map((run) => run.still),
        load_average_1m: runs.map((run) => run.load),
        budget_ms: LONG_TASK_MS,
        budget_met: Math.max(...longest) <= LONG_TASK_MS,
      }),
    );
  }
} finally {
  await browser.close();
  await stop();
}

/** One reader: open the app, wait until it has loaded and is still, then scroll to the bottom. */
async function scrollOnce({ width, height }) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(URL);
  // Not engaged yet: the first flick is what reveals the panels below the answer, as it is for a
  // reader, so their mount is measured. Loaded means the app's modules have all arrived.
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('script[type="module"]').length > 0);
  await page.waitForLoadState('networkidle');
  const ready = await page.evaluate(() => performance.now());
  // Then still for a second: the load's own tasks are not the scroll's.
  const still = await untilStill(page, ready);
  const start = await page.evaluate(() => performance.now());
  const load = loadavg()[0];
  // A reader's flick at a time, each followed by a pause to read, to the bottom of the page.
  for (let i = 0; i < 40; i++) {
    const atBottom = await page.evaluate(
      () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    );
    if (atBottom) break;
    await page.mouse.wheel(0, height * 0.8);
    await page.waitForTimeout(250);
  }
  // Whatever the last flick started has finished once the page is still again.
  const settled = await untilStill(page, await page.evaluate(() => performance.now()));
  const tasks = await page.evaluate(
    (t0) =>
      window.__longTasks
        .filter(([s]) => s >= t0)
        .map(([s, d]) => ({ at: Math.round(s - t0), ms: Math.round(d) })),
    start,
  );
  await context.close();
  return {
    longest: Math.max(0, ...tasks.map((t) => t.ms)),
    over: tasks.filter((t) => t.ms > LONG_TASK_MS).length,
    worst: [...tasks].sort((a, b) => b.ms - a.ms).slice(0, 3),
    load: Math.round(load * 100) / 100,
    still: still && settled,
  };
}

/** Until no long task has run for a second since `from` (ms on the page's clock), at most 60 s. */
async function untilStill(page, from) {
  try {
    await page.waitForFunction(
      (from) => {
        const last = window.__longTasks.at(-1);
        const end = Math.max(from, last ? last[0] + last[1] : 0);
        return performance.now() - end > 1000;
      },
      from,
      { polling: 200, timeout: 60_000 },
    );
    return true;
  } catch {
    return false;
  }
}
