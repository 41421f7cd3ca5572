import { expect, test } from './fixtures';
import { expectedFor, JIEBEI, type SampleFile } from './support/engine';

/**
 * Issue 17, item 2: a valid plan never shows NaN. Typing a daily rate of 21 % with 360 monthly
 * instalments made the payment formula overflow: "¥NaN" under a green badge, "NaN days".
 * Now the app shows the engine's finite numbers, and full-width digits from a Chinese input
 * method are read as the number they show.
 */

const atExtremes = (f: SampleFile) => {
  const jiebei = f.fundingSources.find((s) => s.id === JIEBEI.id)! as Record<string, unknown>;
  jiebei.price = { type: 'daily', ratePercent: 21 };
  jiebei.termMonths = 360;
};

test.describe('a valid plan at the edge of what is allowed', () => {
  test('21 % a day over 360 months: the engine’s numbers, no NaN or Infinity anywhere', async ({
    app,
  }) => {
    await app.scenario.selectPreset('limit_cut_50');
    await app.editor.openStep('funding');
    const jiebei = await app.editor.sourceCard(JIEBEI.name).expand();
    const t = app.t.editor.funding;
    // Typed as a Chinese input method types them: full-width digits (read as 21 and 360).
    await jiebei.root.getByRole('textbox', { name: t.dailyPercent, exact: true }).fill('２１');
    await jiebei.root.getByRole('textbox', { name: t.term, exact: true }).fill('３６０');
    const want = expectedFor('limit_cut_50', 'en', atExtremes);
    await expect(app.dashboard.metric('survivalDays')).toHaveText(want.cards.survivalDays);
    for (const figure of want.headlineFigures) await expect(app.headline).toContainText(figure);
    await app.settled();
    await expect(app.page.locator('body')).not.toContainText(/NaN|Infinity|∞/);
  });
});
