import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { STEPS } from './pages/EditorPage';
import { readyForAxe } from './support/axe';
import { JIEBEI } from './support/engine';
import { cap } from './support/timeouts';

// axe walks the whole DOM (the cash table has 365 rows): allow for a busy 2-core machine.
test.describe.configure({ timeout: 60_000 });

/** The editor and scenario panel sections (their ids are the app's in-page link targets). */
const EDITOR = '#plan';
const SCENARIO_PANEL = '#scenario';

/**
 * Run axe (WCAG 2 A and AA) and fail with every violation spelled out. `within` limits the scan
 * to the part of the page a view changes (the rest is scanned by the first-load tests), which
 * keeps the suite fast on two cores.
 */
async function expectNoViolations(
  page: Page,
  view: string,
  testInfo: TestInfo,
  within?: string,
): Promise<void> {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  if (within) {
    await expect(page.locator(within)).toHaveCount(1);
    axe = axe.include(within);
  }
  await readyForAxe(page, within);
  const results = await axe.analyze();
  const details = results.violations.map((v) =>
    [
      `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
      ...v.nodes
        .slice(0, 8)
        .map(
          (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
        ),
      v.nodes.length > 8 ? `    … and ${v.nodes.length - 8} more` : '',
    ].join('\n'),
  );
  if (details.length > 0) {
    await testInfo.attach(`axe-${view}.txt`, {
      body: details.join('\n\n'),
      contentType: 'text/plain',
    });
  }
  expect(details, `axe violations on ${view}:\n${details.join('\n\n')}`).toEqual([]);
}

test.describe('accessibility (axe, WCAG 2 A/AA)', () => {
  test('first load, English', async ({ app }, testInfo) => {
    await expectNoViolations(app.page, 'first-load-en', testInfo);
  });

  for (const step of STEPS) {
    test(`editor step: ${step}`, async ({ app }, testInfo) => {
      await app.editor.openStep(step);
      // Open one card so its form fields are checked too.
      if (step === 'funding') await app.editor.sourceCard(JIEBEI.name).expand();
      await expectNoViolations(app.page, `editor-${step}`, testInfo, EDITOR);
    });
  }

  test('custom scenario builder open', async ({ app }, testInfo) => {
    await app.scenario.openBuilder();
    await expectNoViolations(app.page, 'scenario-builder', testInfo, SCENARIO_PANEL);
  });

  test('cash chart shown as a table', async ({ app }, testInfo) => {
    test.setTimeout(cap(120_000)); // axe on 365 rows × 8 cells
    await app.dashboard.showCashTable();
    await expectNoViolations(
      app.page,
      'cash-table',
      testInfo,
      `section[aria-label="${app.t.cash.title}"]`,
    );
  });

  test('invalid field with its message', async ({ app }, testInfo) => {
    await app.editor.openStep('funding');
    const jiebei = await app.editor.sourceCard(JIEBEI.name).expand();
    await jiebei.setLimit('-5');
    await expect(jiebei.limit).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(app.page, 'invalid-field', testInfo, EDITOR);
  });
});

test.describe('accessibility, first load in Chinese (browser prefers zh-CN)', () => {
  test.use({ locale: 'zh-CN' });
  test('first load, zh-CN', async ({ page }, testInfo) => {
    const app = await new AppPage(page, 'zh-CN').goto();
    await expect(app.headline).toContainText(/[\u4e00-\u9fff]/);
    await expectNoViolations(page, 'first-load-zh', testInfo);
  });
});

test.describe('accessibility at 375 px', () => {
  test.use({ viewport: { width: 375, height: 812 } });
  test('first load on a phone', async ({ app }, testInfo) => {
    await expectNoViolations(app.page, 'phone-375', testInfo);
  });
});
