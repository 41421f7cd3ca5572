import { formatDays, formatMoney } from '../src/i18n/format';
import { localName } from '../src/i18n/localName';
import { HEATMAP } from '../src/i18n/messages/heatmap';
import { expect, test } from './fixtures';
import { pickSentence } from '../src/ui/stress/heatmapPick';
import { HeatmapPanel } from './pages/HeatmapPanel';
import { expectNoAxeViolations } from './support/axe';
import { SHOTS, screenshotDesktopAndPhone } from './support/screenshots';
import { expectedCell, expectedMap } from './support/stress';

// The map is ~250 engine runs in a worker after the page loads; axe walks a 200-button grid.
test.describe.configure({ timeout: 60_000 });

const PRESET = 'risk_control_freeze_30d';
const m = HEATMAP.en;
const EXPECTED = expectedMap(PRESET);
const { grid } = EXPECTED.map;
const index = (durationDays: number, cut: number) => ({
  i: grid.durations.indexOf(durationDays),
  j: grid.cuts.indexOf(cut),
});

test.describe('reverse-stress heatmap', () => {
  test('renders the engine’s grid, boundary and summary, with the current scenario marked', async ({
    app,
  }) => {
    const heatmap = new HeatmapPanel(app);
    await heatmap.waitReady();
    await expect(heatmap.cells).toHaveCount(grid.durations.length * grid.cuts.length);
    await expect(heatmap.summary).toHaveText(EXPECTED.summary);
    // Every cell says its outcome in words (its accessible name), not only in colour.
    for (const [d, c] of [
      [1, 0],
      [30, 50],
      [180, 100],
    ] as const) {
      const { i, j } = index(d, c);
      const cell = grid.cells[i]![j]!;
      const label = await heatmap.cell(i, j).getAttribute('aria-label');
      expect(label).toContain(
        cell.survives
          ? m.outcome.survives
          : m.outcome.breaksAfter(
              formatDays(cell.survivalDays ?? 0, 'en'),
              formatMoney(cell.deepestShortfall, 'en'),
            ),
      );
    }
    const marked = heatmap.cell(EXPECTED.marked.durationIndex, EXPECTED.marked.cutIndex);
    await expect(marked).toHaveAccessibleName(/\(your scenario\)$/);
    // The boundary column gives the break-even outage of each cut, to the day.
    const firstRow = heatmap.region.locator('tbody tr').first();
    const be = EXPECTED.map.boundary[0]!.breakEvenDays;
    await expect(firstRow.locator('td').last()).toHaveText(
      be === null ? m.breakEvenCell.none : be === 0 ? m.breakEvenCell.atOnce : formatDays(be, 'en'),
    );
    // The table alternative lists every cell.
    await heatmap.tableToggle.click();
    await expect(heatmap.region.getByRole('table', { name: m.table.caption })).toBeVisible();
    await expect(
      heatmap.region.getByRole('table', { name: m.table.caption }).locator('tbody tr'),
    ).toHaveCount(grid.durations.length * grid.cuts.length);
  });

  test('clicking a cell loads its scenario: headline and metrics follow the engine', async ({
    app,
  }) => {
    const heatmap = new HeatmapPanel(app);
    await heatmap.waitReady();
    const { i, j } = index(30, 50);
    const want = expectedCell(PRESET, i, j);
    await heatmap.load(i, j);
    await expect(heatmap.status).toHaveText(m.loaded(localName(want.name, 'en')));
    await expect(app.factValue('survival')).toHaveText(want.survival);
    await expect(app.factValue('deepest')).toHaveText(want.deepest);
    await expect(app.scenario.radio(localName(want.name, 'en'))).toBeChecked();
    // The map now marks the loaded cell.
    await heatmap.waitReady();
    await expect(heatmap.cell(i, j)).toHaveAccessibleName(/\(your scenario\)$/);
  });

  test('a click says what the cell means and where loading it would go; nothing is taken or overwritten unasked', async ({
    app,
    page,
  }) => {
    const heatmap = new HeatmapPanel(app);
    await heatmap.waitReady();
    // The comparison's places (scenarios section): the sample keeps two.
    const places = page.locator('#compare .compare-kept-list > li');
    await expect(places).toHaveCount(2);
    const headline = await app.headlineText();
    const said = (d: number, c: number, note: string) => {
      const { i, j } = index(d, c);
      const cell = grid.cells[i]![j]!;
      return `${pickSentence({ durationDays: d, cutPercent: c }, cell, 'en')} ${note}`;
    };

    // A click picks: the live line says what the cell means and which place loading takes.
    const first = index(30, 50);
    await heatmap.pick(first.i, first.j);
    await expect(heatmap.status).toHaveText(said(30, 50, m.pick.keepsAs('C', 3, 4)));
    await expect(places).toHaveCount(2);
    await expect(app.headline).toHaveText(headline);

    const loadedFirst = localName(expectedCell(PRESET, first.i, first.j).name, 'en');
    await heatmap.loadButton.click();
    await expect(heatmap.status).toHaveText(m.loaded(loadedFirst));
    await expect(places).toHaveCount(3);
    await expect(app.headline).not.toHaveText(headline);
    const loadedHeadline = await app.headlineText();

    // A second cell says it would replace the first, by name, and changes nothing until loaded.
    await heatmap.waitReady();
    const second = index(60, 20);
    await heatmap.pick(second.i, second.j);
    await expect(heatmap.status).toHaveText(said(60, 20, m.pick.replaces('C', loadedFirst)));
    await expect(app.headline).toHaveText(loadedHeadline);
    await heatmap.loadButton.click();
    await expect(places).toHaveCount(3);
    await expect(app.headline).not.toHaveText(loadedHeadline);
  });

  test('keyboard: one tab stop, arrows move between cells, Enter loads the focused one', async ({
    app,
    page,
  }) => {
    const heatmap = new HeatmapPanel(app);
    await heatmap.waitReady();
    await expect(heatmap.tabStop).toHaveCount(1);
    await heatmap.tabStop.focus();
    const { durationIndex, cutIndex } = EXPECTED.marked;
    await expect(heatmap.focusedCell).toHaveAttribute('data-cell', `${durationIndex}-${cutIndex}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const i = durationIndex + 1;
    const j = cutIndex + 2;
    await expect(heatmap.focusedCell).toHaveAttribute('data-cell', `${i}-${j}`);
    await expect(heatmap.tabStop).toHaveAttribute('data-cell', `${i}-${j}`);
    const want = expectedCell(PRESET, i, j);
    // Enter picks the cell; the Load button is the next Tab stop.
    await page.keyboard.press('Enter');
    await expect(heatmap.focusedCell).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Tab');
    await expect(heatmap.loadButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(heatmap.status).toHaveText(m.loaded(localName(want.name, 'en')));
    await expect(app.factValue('survival')).toHaveText(want.survival);
    await expect(app.factValue('deepest')).toHaveText(want.deepest);
  });

  test('axes, metric and targets are selectable and recompute the map', async ({ app }) => {
    const heatmap = new HeatmapPanel(app);
    await heatmap.waitReady();
    await heatmap.select(m.controls.cutStep).selectOption('25');
    await heatmap.select(m.controls.durationTo).selectOption('90');
    await heatmap.waitReady();
    const durations = grid.durations.filter((d) => d <= 90).length;
    await expect(heatmap.cells).toHaveCount(durations * 5);
    await heatmap.select(m.controls.metric).selectOption('deepestShortfall');
    await expect(heatmap.region.getByText(m.legend.units.deepestShortfall)).toBeVisible();
    await heatmap.select(m.controls.targets).selectOption('group:ant');
    await heatmap.waitReady();
    await expect(heatmap.cells).toHaveCount(durations * 5);
  });

  test('axe finds no violations; screenshots at desktop and 375 px', async ({
    app,
    page,
  }, testInfo) => {
    const heatmap = new HeatmapPanel(app);
    await heatmap.waitReady();
    await expectNoAxeViolations(page, 'heatmap', testInfo, '#heatmap');
    await screenshotDesktopAndPhone(heatmap.region, 'heatmap');
    await page.emulateMedia({ media: 'print' });
    await heatmap.region.screenshot({ path: `${SHOTS}/heatmap-print.png` });
  });
});
