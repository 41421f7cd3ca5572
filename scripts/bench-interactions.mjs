#!/usr/bin/env node
// `npm run bench:interactions` (issue 16): every everyday action in Chromium on the built app,
// timed in the page from the action to the first frame after its result shows (scripts/lib/
// interactions.mjs), RUNS times each (default 20), on a book of CLIENTS client files (default 5,
// copies of the online-shop sample). One JSON line per case, twice: at full speed and with
// Chromium's CPU throttled 4× (a mid-range phone). Budgets are on the 90th percentile: 100 ms for
// an edit and a preset switch, 200 ms for the rest. A benchmark, not a test: it reports
// `budget_met` and always exits 0 once it has measured. Needs `npm run build` first.
//
// What "shows" means per case: the headline (its sentence and figures) reads differently for an
// edit, a preset, keeping a suggestion, loading a heatmap cell and switching clients; trying a
// suggestion shows its before/after table; picking a heatmap cell says what the cell means;
// opening the stress lab (after a reload, so its chunk and its Worker start cold) draws the map.
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { clientName, seedBook } from './lib/clientBook.mjs';
import { settle, summarise, timeAction } from './lib/interactions.mjs';
import { engageAsReader, openApp, startPreview } from './lib/preview.mjs';

const PORT = Number(process.env.FUNDGAP_PORT ?? 4179);
const RUNS = Math.max(1, Number(process.env.RUNS ?? 20));
const CLIENTS = Math.max(2, Number(process.env.CLIENTS ?? 5));
/** Throttling rates to run at (1 = none); FUNDGAP_CPU_THROTTLE="1" runs the quiet pass only. */
const RATES = (process.env.FUNDGAP_CPU_THROTTLE ?? '1,4').split(',').map(Number);

const HEADLINE = '.answer-pin .headline';
/** Cases to run (FUNDGAP_CASES="edit_amount,switch_client"), all by default. */
const ONLY = process.env.FUNDGAP_CASES?.split(',');
const BUDGETS = {
  edit_amount: 100,
  switch_preset: 100,
  heatmap_cell_pick: 200,
  heatmap_cell_load: 200,
  try_suggestion: 200,
  keep_suggestion: 200,
  switch_client: 200,
  open_stress_lab: 200,
};

const { url: URL, stop } = await startPreview({ port: PORT });
const { browser, page } = await openApp(URL);
const cdp = await page.context().newCDPSession(page);
const nav = page.getByRole('navigation', { name: 'Sections', exact: true });

/** Mark the element a locator finds so the in-page timer can find it by a selector. */
async function mark(locator, name) {
  await locator.waitFor();
  await locator.evaluate((el, name) => {
    // React keeps the nodes it renders: a node marked for an earlier run may still be there.
    for (const old of document.querySelectorAll(`[data-bench="${name}"]`))
      old.removeAttribute('data-bench');
    el.setAttribute('data-bench', name);
  }, name);
  return `[data-bench="${name}"]`;
}

async function show(section) {
  await page.evaluate((s) => (location.hash = `#/${s}`), section);
  await page.locator(`#section-${section}`).waitFor({ state: 'visible' });
  await settle(page);
}

/** Time `runs` actions, each from a page at rest; `prepare(i)` sets the scene and names the action. */
async function measure(runs, prepare) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const spec = await prepare(i);
    await settle(page);
    times.push(await timeAction(page, spec));
    await settle(page);
  }
  return times;
}

const CASES = {
  // The minimum cash buffer (Plan → Reserves), between two amounts that move the answer.
  async edit_amount(runs) {
    await show('plan');
    const field = await mark(page.getByLabel('Minimum cash buffer', { exact: true }), 'buffer');
    return measure(runs, (i) => ({
      act: { type: 'input', selector: field, value: String(i % 2 ? 10_000 : 14_000) },
      until: { kind: 'changed', selector: HEADLINE },
    }));
  },
  // Two preset cards in turn (Scenarios).
  async switch_preset(runs) {
    await show('scenarios');
    const names = ['Limit cut by 50%', 'Risk-control freeze (30 days)'];
    const cards = [];
    for (const [k, name] of names.entries())
      cards.push(
        await mark(
          page.locator('label.scenario-card-title', { hasText: new RegExp(`^${escape(name)}$`) }),
          `preset-${k}`,
        ),
      );
    return measure(runs, (i) => ({
      act: { type: 'click', selector: cards[i % 2] },
      until: { kind: 'changed', selector: HEADLINE },
    }));
  },
  // Two cells of the reverse-stress map in turn (Stress lab): the pick's explanation.
  async heatmap_cell_pick(runs) {
    await show('stress');
    await page.locator('#heatmap button[data-cell]').first().waitFor();
    await settle(page);
    return measure(runs, (i) => ({
      act: { type: 'click', selector: `#heatmap button[data-cell="${i % 2 ? '3-2' : '6-5'}"]` },
      until: { kind: 'changed', selector: '#heatmap [role="status"]' },
    }));
  },
  // Pick a cell (untimed), then "Load" it as the scenario: the headline.
  async heatmap_cell_load(runs) {
    await show('stress');
    return measure(runs, async (i) => {
      await show('stress');
      await page.locator(`#heatmap button[data-cell="${i % 2 ? '3-2' : '6-5'}"]`).click();
      const load = await mark(
        page.getByRole('button', { name: 'Load as my scenario', exact: true }),
        'load',
      );
      return {
        act: { type: 'click', selector: load },
        until: { kind: 'changed', selector: HEADLINE },
      };
    });
  },
  // "Try it" on the first suggestion (Advice): its before/after table. "Stop trying" untimed.
  async try_suggestion(runs) {
    await show('advice');
    const card = page.locator('#advice li.advice-card').first();
    return measure(runs, async () => {
      const stopTrying = card.getByRole('button', { name: 'Stop trying', exact: true });
      if (await stopTrying.isVisible()) await stopTrying.click();
      await settle(page);
      const button = await mark(card.getByRole('button', { name: 'Try it', exact: true }), 'try');
      return {
        act: { type: 'click', selector: button },
        until: { kind: 'present', selector: '#advice li.advice-card table' },
      };
    });
  },
  // "Keep" on the first suggestion: the headline. Undone (header's Undo) before the next run.
  async keep_suggestion(runs) {
    await show('advice');
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const times = await measure(runs, async (i) => {
      if (i > 0) {
        await undo.click();
        await show('advice');
      }
      const keep = page
        .locator('#advice li.advice-card')
        .first()
        .getByRole('button', { name: 'Keep', exact: true });
      return {
        act: { type: 'click', selector: await mark(keep, 'keep') },
        until: { kind: 'changed', selector: HEADLINE },
      };
    });
    // Leave the plan as it was found: the throttled pass starts with nothing kept (kept, the
    // sample has no gap left and so no suggestion to keep).
    await undo.click();
    await settle(page);
    return times;
  },
  // "Open …" on the client list (Clients), the next client each time: the headline.
  async switch_client(runs) {
    return measure(runs, async () => {
      await show('clients');
      openClient = (openClient + 1) % CLIENTS;
      const open = page.getByRole('button', {
        name: `Open ${clientName(openClient)}`,
        exact: true,
      });
      return {
        act: { type: 'click', selector: await mark(open, 'open-client') },
        until: { kind: 'changed', selector: HEADLINE },
      };
    });
  },
  // The "Stress lab" tab right after a reload: the map drawn and no longer busy.
  async open_stress_lab(runs) {
    return measure(runs, async () => {
      await page.evaluate(() => (location.hash = '#/answer'));
      await page.reload();
      await engageAsReader(page);
      await page.locator('#section-answer').waitFor({ state: 'visible' });
      await settle(page);
      return {
        act: {
          type: 'click',
          selector: await mark(nav.getByRole('link', { name: 'Stress lab', exact: true }), 'tab'),
        },
        until: {
          kind: 'present',
          selector: '#heatmap button[data-cell]',
          notBusy: '#heatmap[aria-busy="true"], #heatmap .is-stale',
        },
      };
    });
  },
};

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A book of clients (the app opens the last one), so switching clients has somewhere to go.
let openClient = CLIENTS - 1;
await engageAsReader(page);
const sample = JSON.parse(readFileSync('examples/online-shop.json', 'utf8'));
await seedBook(page, sample, CLIENTS);
await page.reload();
await engageAsReader(page);
await page.locator(HEADLINE, { hasText: clientName(CLIENTS - 1) }).waitFor();

for (const rate of RATES) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  for (const [name, run] of Object.entries(CASES)) {
    if (ONLY && !ONLY.includes(name)) continue;
    const load = loadavg()[0];
    const stats = summarise(await run(rate > 1 ? Math.max(5, Math.ceil(RUNS / 2)) : RUNS));
    console.log(
      JSON.stringify({
        case: name,
        cpu_throttle: rate,
        ...stats,
        budget_p90_ms: BUDGETS[name],
        budget_met: stats.p90_ms !== null && stats.timed_out === 0 && stats.p90_ms <= BUDGETS[name],
        load_avg_1m: Number(load.toFixed(2)),
      }),
    );
  }
}
await browser.close();
stop();
