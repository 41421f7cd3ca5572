import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { CSV } from '../src/i18n/messages/csv';
import { expect, test } from './fixtures';
import { CsvImportDialog } from './pages/CsvImportDialog';
import { OfflineApp } from './pages/OfflineApp';
import { ReportPage } from './pages/ReportPage';

// Service workers are blocked for the rest of the suite (playwright.config.ts); this spec is
// about them. Each test runs in a fresh context, so the first visit installs the worker.
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 90_000 });

test.describe('offline (installable PWA)', () => {
  test('the precache lists every built chunk and worker, and index.html at its final revision', () => {
    const sw = readFileSync('dist/sw.js', 'utf8');
    const listed = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
    const assets = readdirSync('dist/assets').map((f) => `assets/${f}`);
    expect(
      assets.some((f) => /worker/.test(f)),
      'the advice worker is built',
    ).toBe(true);
    expect(assets.filter((f) => !listed.has(f))).toEqual([]);
    // The prerender runs before the manifest is written: the revision is the final page's hash.
    const html = readFileSync('dist/index.html');
    expect(html.toString()).toContain('data-prerendered="en"');
    const revision = /url:"index.html",revision:"([0-9a-f]+)"/.exec(sw)?.[1];
    expect(revision).toBe(createHash('md5').update(html).digest('hex'));
  });

  test('after the first visit the app reloads and works with the network blocked', async ({
    app,
    context,
    page,
  }) => {
    const offline = new OfflineApp(app, context);
    await offline.waitControlled();
    const headline = await app.headlineText();

    await offline.goOffline();
    await app.reload();
    expect(await app.headlineText()).toBe(headline);
    await expect(app.dashboard.cashChartLines).toHaveCount(2);

    // Editing still works: the plan updates the headline.
    await app.editor.setBusinessName('Offline Tea House');
    await expect(app.headlineRegion).toContainText('Offline Tea House');

    // Lazy chunks never loaded online come from the precache: the CSV dialog and the report.
    const csv = new CsvImportDialog(app);
    await csv.open();
    await expect(csv.root.getByText(CSV.en.fileHint)).toBeVisible();
    await page.keyboard.press('Escape');
    const report = await new ReportPage(app).open();
    await expect(report.root).toContainText('Offline Tea House');
  });

  test('the precached page is the prerendered one, and the manifest is installable', async ({
    app,
    context,
  }) => {
    const offline = new OfflineApp(app, context);
    await offline.waitControlled();
    await offline.goOffline();
    expect(await offline.servedIndex()).toContain('data-prerendered="en"');

    const manifest = await offline.manifest();
    expect(manifest.name).toBe('FundGap 资金缺口测算');
    expect(manifest.short_name).toBe('FundGap');
    expect(manifest.theme_color).toBe('#0f766e');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    // Each icon is in the precache too (fetched here with the network off).
    for (const icon of manifest.icons) {
      const ok = await app.page.evaluate((src) => fetch(src).then((r) => r.ok), icon.src);
      expect(ok, icon.src).toBe(true);
    }
  });
});
