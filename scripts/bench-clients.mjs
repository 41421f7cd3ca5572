#!/usr/bin/env node
// `npm run bench:clients`: a book of 200 client files in Chromium's IndexedDB (each the size of
// the online-shop sample: draft + last valid plan, ~23 KB of JSON) — how long opening the app
// takes until the last-open client's plan is on screen, and how long switching clients takes
// from the click in the client-file list to the new plan's headline. Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import { clientName as name, seedBook } from './lib/clientBook.mjs';
import { engageAsReader, openApp, startPreview } from './lib/preview.mjs';

const PORT = Number(process.env.FUNDGAP_PORT ?? 4178);
const CLIENTS = Number(process.env.CLIENTS ?? 200);
const OPENS = Number(process.env.OPENS ?? 10);
const SWITCHES = Number(process.env.SWITCHES ?? 20);

const { url: URL, stop } = await startPreview({ port: PORT });

const sample = JSON.parse(readFileSync('examples/online-shop.json', 'utf8'));
const { browser, page } = await openApp(URL);
/** The clients tab: one tap to the list of client files (src/ui/layout/SectionNav.tsx). */
const clientsTab = page
  .getByRole('navigation', { name: 'Sections', exact: true })
  .getByRole('link', { name: 'Clients', exact: true });
await clientsTab.waitFor();
await engageAsReader(page);

const bytes = await seedBook(page, sample, CLIENTS);

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
