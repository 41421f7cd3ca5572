#!/usr/bin/env node
// `npm run bench:ui`: edit → answer updated, in Chromium, on the built app (issue 3 budget:
// median < 100 ms). Under "Limit cut by 50%" (where the Jiebei limit moves the answer), each run
// types a new Jiebei limit into the editor (the plan section) and times from the input event to
// the first frame after the headline kept beside the editor has changed: the same commit that
// re-renders the cash chart (in the answer section, off screen). Needs `npm run build` first.
// `npm run bench:interactions` times this and the other everyday actions, also throttled.
import { settle, timeAction } from './lib/interactions.mjs';
import { engageAsReader, openApp, startPreview } from './lib/preview.mjs';

const PORT = Number(process.env.FUNDGAP_PORT ?? 4176);
const RUNS = Number(process.env.RUNS ?? 30);

const { url: URL, stop } = await startPreview({ port: PORT });

const { browser, page } = await openApp(URL);
await engageAsReader(page);
await page.evaluate(() => (location.hash = '#/scenarios'));
// The scenario card's label (the same name is also an option of "Keep a copy of a preset").
await page.locator('label.scenario-card-title', { hasText: /^Limit cut by 50%$/ }).click();
await page.getByRole('radio', { name: 'Limit cut by 50%', exact: true, checked: true }).waitFor();
await page.evaluate(() => (location.hash = '#/plan'));
await page.getByRole('tab', { name: /Funding sources/ }).click();
const jiebei = page
  .getByRole('listitem')
  .filter({ has: page.getByRole('button', { name: /^借呗 Jiebei #?/ }) })
  .first();
await jiebei
  .getByRole('button', { name: /^借呗 Jiebei/ })
  .first()
  .click();
const limit = jiebei.getByLabel('Credit limit', { exact: true });
await limit.waitFor();
await limit.evaluate((el) => el.setAttribute('data-bench', 'limit'));

const times = [];
for (let i = 0; i < RUNS; i++) {
  const value = String(100000 + ((i * 7919) % 200) * 1000);
  const ms = await timeAction(page, {
    act: { type: 'input', selector: '[data-bench="limit"]', value },
    until: { kind: 'mutated', selector: '.answer-pin' },
  });
  if (ms !== null) times.push(ms);
  await settle(page, 50);
}

times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  JSON.stringify({
    case: 'edit_to_chart_updated_chromium',
    observed: 'headline beside the editor',
    median_ms: Number(median.toFixed(1)),
    p90_ms: Number(times[Math.floor(times.length * 0.9)].toFixed(1)),
    runs: times.length,
    budget_ms: 100,
    within_budget: median < 100,
  }),
);
await browser.close();
stop();
