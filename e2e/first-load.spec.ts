import { AppPage } from './pages/AppPage';
import { expect, test } from './fixtures';
import { expectedFor } from './support/engine';

test.describe('first load', () => {
  test('paints the prerendered answer, then draws the rest only when the reader engages', async ({
    page,
  }) => {
    const app = new AppPage(page, 'en');
    await page.goto('/');
    // The answer is in the HTML itself: headline and figures, including the break-even outage
    // the build-time render worked out (no twenty simulations in the browser at start-up).
    const want = expectedFor('risk_control_freeze_30d');
    await expect(app.headline).toContainText(want.headlineFigures[0]!);
    await expect(app.factValue('breakEven')).toHaveText(want.facts.breakEven);
    await expect(app.dashboard.cashChartLines).toHaveCount(2);
    // Below the first screen nothing is drawn yet: the advice panel is a placeholder.
    const advice = page.locator('#advice-title');
    await expect(page.locator('.placeholder-advice')).toHaveCount(1);
    await expect(advice).toHaveCount(0);
    // Scrolling is engaging: every panel renders (the advice in its section, off screen).
    await page.mouse.wheel(0, 600);
    await expect(advice).toBeAttached();
    await expect(page.locator('.placeholder')).toHaveCount(0);
  });

  test('shows the headline, the cash chart and the key metrics without typing', async ({ app }) => {
    const want = expectedFor('risk_control_freeze_30d');

    // Nothing saved yet beyond what the first visit writes: the sample and the default scenario.
    await expect(app.scenario.presetRadio('risk_control_freeze_30d')).toBeChecked();
    await expect(app.headlineScenario).toHaveText(want.presetName);

    // h1: one sentence with the gap in ¥ and the survival days.
    await expect(app.headline).toHaveCount(1);
    await expect(app.headline).toContainText('¥');
    await expect(app.headline).toContainText(/\d+ days?/);
    for (const figure of want.headlineFigures) await expect(app.headline).toContainText(figure);
    await expect(app.headlineStatus).toHaveText(want.statusLabel);

    // Cash chart: an SVG in a named role="img" frame, with the two cash lines drawn.
    await expect(app.dashboard.cashChartImage).toBeVisible();
    await expect(app.dashboard.cashChartImage.locator('svg').first()).toBeVisible();
    await expect(app.dashboard.cashChartLines).toHaveCount(2);
    for (const d of await app.dashboard.cashChartLines.evaluateAll((ps) =>
      ps.map((p) => p.getAttribute('d') ?? ''),
    )) {
      expect(d.length, 'each line has a path').toBeGreaterThan(100);
    }
    const legend = app.dashboard.cashChart.getByRole('listitem');
    await expect(legend.filter({ hasText: app.t.domain.stressed })).toBeVisible();
    await expect(legend.filter({ hasText: app.t.domain.baseline })).toBeVisible();

    // Key figures under the headline and the metric cards (lazy panel) agree with the engine.
    await expect(app.factValue('survival')).toHaveText(want.facts.survival);
    await expect(app.factValue('deepest')).toHaveText(want.facts.deepest);
    await expect(app.factValue('daysShort')).toHaveText(want.facts.daysShort);
    await expect(app.factValue('breakEven')).toHaveText(want.facts.breakEven);
    await expect(
      app.dashboard.metricsRegion
        .getByRole('listitem')
        .filter({ has: app.page.getByRole('heading', { level: 3 }) }),
    ).toHaveCount(10);
    await expect(app.dashboard.metric('survivalDays')).toHaveText(want.cards.survivalDays);
    await expect(app.dashboard.metric('deepestGap')).toHaveText(want.cards.deepestGap);
    await expect(app.dashboard.metric('daysShort')).toHaveText(want.cards.daysShort);
    await expect(app.dashboard.metric('breakEven')).toHaveText(want.cards.breakEven);
    await expect(app.dashboard.metric('maxCut')).toHaveText(want.cards.maxCut);
  });
});
