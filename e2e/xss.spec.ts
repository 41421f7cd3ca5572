import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AdvicePanel } from './pages/AdvicePanel';
import { JIEBEI } from './support/engine';

// The page's Content-Security-Policy would block an injected script anyway; switch it off so
// this test sees whether names are ever *rendered* as HTML, not whether the CSP catches it.
test.use({ bypassCSP: true });
test.describe.configure({ timeout: 120_000 });

/** A name that runs code if any part of the app renders it as HTML (≤ 120 characters). */
const payload = (tag: string) =>
  `<img src=x onerror="window.__xss='${tag}'"><script>window.__xss='${tag}'</script>${tag}`;
const BUSINESS = payload('biz');
const SOURCE = payload('jb');
const SCENARIO = payload('sc');

/** Nothing ran, and no element the payloads describe exists anywhere in the document. */
async function expectInert(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: string }).__xss),
  ).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const injectedScripts = await page.evaluate(
    () => [...document.scripts].filter((s) => (s.textContent ?? '').includes('__xss')).length,
  );
  expect(injectedScripts).toBe(0);
}

/** The literal payload text is shown inside `where`. */
async function expectShownAsText(where: Locator, text: string): Promise<void> {
  await expect(where.getByText(text, { exact: false }).first()).toBeVisible();
}

test('names with HTML and script in them render as text everywhere and never run', async ({
  app,
  page,
}) => {
  await test.step('type the names', async () => {
    await app.editor.setBusinessName(BUSINESS);
    await app.editor.openStep('funding');
    const jiebei = await app.editor.sourceCard(JIEBEI.name).expand();
    await jiebei.root
      .getByRole('textbox', { name: app.t.editor.funding.name, exact: true })
      .fill(SOURCE);
    await app.scenario.openBuilder();
    await app.scenario.builderForm.fill(SCENARIO);
    await app.scenario.region
      .getByRole('button', { name: app.t.scenario.builder.save, exact: true })
      .click();
    await app.settled();
  });

  await test.step('headline and scenario panel', async () => {
    await expect(app.headlineScenario).toHaveText(SCENARIO);
    await expectShownAsText(app.headlineRegion, BUSINESS);
    await expectShownAsText(app.header, BUSINESS);
    await expectShownAsText(app.scenario.region, SCENARIO);
  });

  await test.step('editor', async () => {
    await app.editor.openStep('reserves');
    await expect(app.editor.businessName).toHaveValue(BUSINESS);
    await app.editor.openStep('funding');
    await expectShownAsText(app.editor.panel, SOURCE);
  });

  await test.step('charts: tooltips and tables', async () => {
    await app.showSection('answer');
    const headroom = app.main.getByRole('region', {
      name: app.t.dashboard.headroom.title,
      exact: true,
    });
    await headroom.scrollIntoViewIfNeeded();
    const box = await headroom.locator('svg.headroom-plot').boundingBox();
    expect(box).toBeTruthy();
    await page.mouse.move(box!.x + box!.width * 0.2, box!.y + box!.height * 0.5);
    await page.mouse.move(box!.x + box!.width * 0.3, box!.y + box!.height * 0.5, { steps: 5 });
    await expect(headroom.locator('.plot-tip')).toContainText(SOURCE);
    await expectInert(page);
    await headroom.getByRole('button', { name: app.t.common.showTable, exact: true }).click();
    await expectShownAsText(headroom.getByRole('table'), SOURCE);
    const mix = app.main.getByRole('region', { name: app.t.dashboard.mix.title, exact: true });
    await mix.getByRole('button', { name: app.t.common.showTable, exact: true }).click();
    await expect(mix.getByRole('table')).toBeVisible(); // by platform group: no names in it
    await app.dashboard.cashChartImage.hover();
  });

  await test.step('advice and contingency plan', async () => {
    const advice = new AdvicePanel(app);
    await advice.waitReady();
    await advice.waitContingencyReady();
    await expectShownAsText(advice.contingency, SOURCE);
  });

  await test.step('print and the other language', async () => {
    await page.emulateMedia({ media: 'print' });
    await expectInert(page);
    await page.emulateMedia({ media: 'screen' });
    await app.switchLanguage('zh-CN');
    await app.settled();
    await expect(app.headlineScenario).toHaveText(SCENARIO);
  });

  await test.step('after a reload from saved data', async () => {
    await app.reload();
    await expect(app.headlineScenario).toHaveText(SCENARIO);
  });

  await expectInert(page);
  mkdirSync('test-output/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-output/screenshots/xss-names-as-text.png', fullPage: false });
});
