import { expect, test } from './fixtures';
import { expectedFor, PRESETS } from './support/engine';

test.describe('applying a preset', () => {
  for (const preset of PRESETS) {
    test(`${preset.id} shows the engine's numbers`, async ({ app }) => {
      const want = expectedFor(preset.id);
      await app.scenario.selectPreset(preset.id);

      await expect(app.headlineScenario).toHaveText(want.presetName);
      await expect(app.headlineStatus).toHaveText(want.statusLabel);
      for (const figure of want.headlineFigures) await expect(app.headline).toContainText(figure);
      if (want.status === 'ok') {
        // No gap: the no-gap wording, and no shortfall anywhere.
        await expect(app.headline).toContainText(/gets through/);
        await expect(app.headline).not.toContainText(/short from/);
        await expect(app.factValue('survival')).toHaveText(app.t.headline.facts.noGap);
      } else {
        await expect(app.headline).toContainText(/short from/);
      }

      await expect(app.factValue('survival')).toHaveText(want.facts.survival);
      await expect(app.factValue('deepest')).toHaveText(want.facts.deepest);
      await expect(app.factValue('daysShort')).toHaveText(want.facts.daysShort);
      await expect(app.factValue('breakEven')).toHaveText(want.facts.breakEven);

      await expect(app.dashboard.metric('survivalDays')).toHaveText(want.cards.survivalDays);
      await expect(app.dashboard.metric('deepestGap')).toHaveText(want.cards.deepestGap);
      await expect(app.dashboard.metric('daysShort')).toHaveText(want.cards.daysShort);
      await app.settled();
      await expect(app.dashboard.metric('breakEven')).toHaveText(want.cards.breakEven);
      await expect(app.dashboard.metric('maxCut')).toHaveText(want.cards.maxCut);
    });
  }
});
