import { expect, test } from './fixtures';
import { expectedFor, JIEBEI, type SampleFile } from './support/engine';

const jiebeiAt = (limit: number) => (f: SampleFile) => {
  f.fundingSources.find((s) => s.id === 'jiebei')!.limit = limit;
};

test.describe('invalid input', () => {
  test('shows its message next to the field and keeps the last good result', async ({ app }) => {
    // Make the last good result differ from the first screen: limit cut preset, Jiebei 500,000.
    await app.scenario.selectPreset('limit_cut_50');
    await app.editor.openStep('funding');
    const jiebei = await app.editor.sourceCard(JIEBEI.name).expand();
    await jiebei.setLimit(500000);
    const good = expectedFor('limit_cut_50', 'en', jiebeiAt(500000));
    await expect(app.dashboard.metric('survivalDays')).toHaveText(good.cards.survivalDays);
    await app.settled();
    const headline = await app.headlineText();
    const survival = await app.dashboard.metric('survivalDays').innerText();

    const cases = [
      { text: '-5', message: /must be ≥ 0/ },
      { text: 'abc', message: /is not a number/ },
    ];
    for (const { text, message } of cases) {
      await jiebei.setLimit(text);
      await expect(jiebei.limit).toHaveValue(text); // what was typed is kept
      await expect(jiebei.limit).toHaveAttribute('aria-invalid', 'true');
      await expect(jiebei.limit).toHaveAccessibleDescription(message);
      const error = await jiebei.errorFor(jiebei.limit);
      await expect(error).toBeVisible();
      await expect(error).toHaveText(message);
      // "Next to the field": directly under the input, in the same column as the input with
      // its unit (¥ before it).
      const control = jiebei.limit.locator('xpath=parent::*[contains(@class, "field-control")]');
      const [box, row, errBox] = [
        await jiebei.limit.boundingBox(),
        await control.boundingBox(),
        await error.boundingBox(),
      ];
      expect(box && row && errBox).toBeTruthy();
      expect(errBox!.y).toBeGreaterThanOrEqual(box!.y + box!.height - 1);
      expect(errBox!.y - (box!.y + box!.height)).toBeLessThan(24);
      expect(Math.abs(errBox!.x - row!.x)).toBeLessThan(8);
      expect(errBox!.x).toBeLessThan(box!.x + 1);
      // The results keep the last valid plan.
      await expect(app.headline).toHaveText(headline);
      await expect(app.dashboard.metric('survivalDays')).toHaveText(survival);
    }

    // Fixing the value clears the message and the results follow the new number.
    await jiebei.setLimit(60000);
    await expect(jiebei.limit).not.toHaveAttribute('aria-invalid', 'true');
    await expect(jiebei.root.getByText(/must be ≥ 0|is not a number/)).toHaveCount(0);
    await expect(jiebei.limit).not.toHaveAccessibleDescription(/must be|not a finite/);
    const fixed = expectedFor('limit_cut_50', 'en', jiebeiAt(60000));
    await expect(app.dashboard.metric('survivalDays')).toHaveText(fixed.cards.survivalDays);
    for (const figure of fixed.headlineFigures) await expect(app.headline).toContainText(figure);
  });
});
