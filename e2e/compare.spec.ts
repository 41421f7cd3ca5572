import type { Scenario } from '../src/engine/model';
import { findPreset } from '../src/engine/presets';
import { localName } from '../src/i18n/localName';
import { COMPARE } from '../src/i18n/messages/compare';
import { DOMAIN } from '../src/i18n/messages/domain';
import { expect, test } from './fixtures';
import { ComparePanel } from './pages/ComparePanel';
import { expectNoAxeViolations } from './support/axe';
import { expectOneMoneyUnit, expectReadableAxes } from './support/axisLabels';
import { screenshotDesktopAndPhone } from './support/screenshots';
import { expectedMetricRows, samplePlan } from './support/stress';

test.describe.configure({ timeout: 60_000 });

const m = COMPARE.en;
const ADDED = ['limit_cut_50', 'ant_wide_event'] as const;

/** The sample's two scenarios, then copies of two presets: the four columns, in order. */
function fourScenarios(): Scenario[] {
  const { scenarios } = samplePlan();
  return [...scenarios, ...ADDED.map((id) => findPreset(id)!)];
}

test.describe('scenarios side by side', () => {
  test('keeps four scenarios, compares them, highlights the best value per row, refuses a fifth', async ({
    app,
  }) => {
    const compare = new ComparePanel(app);
    await compare.waitReady();
    await expect(compare.kept).toHaveCount(2);
    for (const id of ADDED) {
      await compare.keepPresetCopy(id);
      await expect(compare.status).toHaveText(m.added(DOMAIN.en.presetName[id]!));
    }
    await expect(compare.kept).toHaveCount(4);
    await expect(compare.limitMessage).toBeVisible();
    await expect(compare.keepCopyButton).toHaveCount(0);
    await expect(compare.region.getByRole('button', { name: /^Duplicate/ }).first()).toBeDisabled();

    const scenarios = fourScenarios();
    // Chart: baseline plus four lines in the legend, each named with its letter.
    await expect(compare.chartLegend).toHaveCount(5);
    for (const k of scenarios.keys()) {
      await expect(compare.chartLegend.nth(k + 1)).toContainText(`${'ABCD'[k]} · `);
      await expect(compare.chartSummary).toContainText(`${'ABCD'[k]} (`);
    }
    // Table: one column per scenario; the best value of each row bold and starred, as in Node.
    await expect(compare.metricsTable.locator('thead th')).toHaveCount(5);
    const rows = expectedMetricRows(scenarios);
    const body = compare.metricsTable.locator('tbody tr');
    await expect(body).toHaveCount(rows.length);
    for (const [r, row] of rows.entries()) {
      const cells = body.nth(r).locator('td');
      for (const [c, best] of row.best.entries()) {
        if (best) {
          await expect(cells.nth(c)).toContainText('★');
          await expect(cells.nth(c).locator('strong')).toHaveCount(1);
        } else await expect(cells.nth(c)).not.toContainText('★');
      }
    }
    expect(rows.some((r) => r.best.some(Boolean))).toBe(true);
  });

  test('show, duplicate, rename and remove a kept scenario', async ({ app }) => {
    const compare = new ComparePanel(app);
    await compare.waitReady();
    const { scenarios } = samplePlan();
    const first = localName(scenarios[0]!.name, 'en');
    await compare.button(m.showLabel(first)).click();
    await expect(app.scenario.radio(first)).toBeChecked();
    await compare.button(m.duplicateLabel(first)).click();
    await expect(compare.kept).toHaveCount(3);
    const copy = localName(m.copyName(scenarios[0]!.name), 'en');
    await expect(compare.kept.nth(1)).toContainText(copy);
    await compare.button(m.renameLabel(copy)).click();
    const field = compare.region.getByRole('textbox', { name: m.newName(copy) });
    await field.fill('');
    await compare.button(m.save).click();
    await expect(compare.region.getByText(m.nameRequired)).toBeVisible();
    await field.fill('Festival freeze, longer');
    await compare.button(m.save).click();
    await expect(compare.kept.nth(1)).toContainText('Festival freeze, longer');
    await compare.button(m.removeLabel('Festival freeze, longer')).click();
    await expect(compare.kept).toHaveCount(2);
    await compare.button(m.removeLabel(first)).click();
    await expect(compare.kept).toHaveCount(1);
    // The removed scenario was shown: the default preset takes its place.
    await expect(app.scenario.presetRadio('risk_control_freeze_30d')).toBeChecked();
  });

  test('axe finds no violations; screenshots at desktop and 375 px', async ({
    app,
    page,
  }, testInfo) => {
    const compare = new ComparePanel(app);
    await compare.waitReady();
    for (const id of ADDED) await compare.keepPresetCopy(id);
    await expect(compare.kept).toHaveCount(4);
    await expectNoAxeViolations(page, 'compare', testInfo, '#compare');
    // Issue 15 item 10: round ticks in one unit, never "-¥0", 12 px labels apart, on both sizes.
    const chart = compare.region.locator('.compare-chart');
    // Axis labels only: the letters at the lines' ends may meet where two scenarios end alike.
    const axis = (t: string) => t.length > 1;
    expectOneMoneyUnit(await expectReadableAxes(chart, 'compare desktop', axis), 'compare desktop');
    await screenshotDesktopAndPhone(compare.region, 'compare');
    await expect
      .poll(() => chart.locator('svg').evaluate((s) => s.clientWidth))
      .toBeLessThanOrEqual(375);
    expectOneMoneyUnit(await expectReadableAxes(chart, 'compare 375 px', axis), 'compare 375 px');
  });
});
