import { expect, test } from './fixtures';
import { expectedFor, JIEBEI, numberIn, type SampleFile } from './support/engine';

/**
 * Under the default 30-day freeze Jiebei is frozen from day 0, so its limit cannot change the
 * answer; under "Limit cut by 50%" it can. Both facts are checked against the engine.
 */
const withJiebeiLimit = (limit: number) => (f: SampleFile) => {
  f.fundingSources.find((s) => s.id === 'jiebei')!.limit = limit;
};

test.describe('editing the Jiebei limit', () => {
  test('raising it removes the gap and lowering it makes things worse (limit-cut preset)', async ({
    app,
  }) => {
    await app.scenario.selectPreset('limit_cut_50');
    const before = expectedFor('limit_cut_50');
    await expect(app.dashboard.metric('survivalDays')).toHaveText(before.cards.survivalDays);
    const headlineBefore = await app.headlineText();
    const survivalBefore = await app.dashboard.metric('survivalDays').innerText();
    const gapBefore = numberIn(await app.factValue('deepest').innerText());

    await app.editor.openStep('funding');
    const jiebei = await app.editor.sourceCard(JIEBEI.name).expand();
    await expect(jiebei.limit).toHaveValue(String(JIEBEI.limit));

    // Raise: 500,000 carries the business through the halved limits.
    await jiebei.setLimit(500000);
    const raised = expectedFor('limit_cut_50', 'en', withJiebeiLimit(500000));
    await expect(app.headline).not.toHaveText(headlineBefore);
    await expect(app.headlineStatus).toHaveText(raised.statusLabel);
    for (const figure of raised.headlineFigures) await expect(app.headline).toContainText(figure);
    await expect(app.dashboard.metric('survivalDays')).toHaveText(raised.cards.survivalDays);
    await expect(app.dashboard.metric('survivalDays')).not.toHaveText(survivalBefore);
    await expect(app.factValue('survival')).toHaveText(raised.facts.survival);

    // Lower: 60,000 (the amount already drawn) survives no longer and is short by more.
    await jiebei.setLimit(60000);
    const lowered = expectedFor('limit_cut_50', 'en', withJiebeiLimit(60000));
    await expect(app.dashboard.metric('survivalDays')).toHaveText(lowered.cards.survivalDays);
    await expect(app.factValue('deepest')).toHaveText(lowered.facts.deepest);
    for (const figure of lowered.headlineFigures) await expect(app.headline).toContainText(figure);
    expect(numberIn(await app.factValue('survival').innerText())).toBeLessThanOrEqual(
      numberIn(survivalBefore),
    );
    expect(numberIn(await app.factValue('deepest').innerText())).toBeGreaterThanOrEqual(gapBefore);
  });

  test('under the default 30-day freeze a bigger Jiebei limit cannot help (the line is frozen)', async ({
    app,
  }) => {
    const before = await app.headlineText();
    await app.editor.openStep('funding');
    const jiebei = await app.editor.sourceCard(JIEBEI.name).expand();
    await jiebei.setLimit(500000);
    const want = expectedFor('risk_control_freeze_30d', 'en', withJiebeiLimit(500000));
    await expect(jiebei.limit).not.toHaveAttribute('aria-invalid', 'true');
    await expect(app.dashboard.metric('survivalDays')).toHaveText(want.cards.survivalDays);
    await expect(app.factValue('deepest')).toHaveText(want.facts.deepest);
    expect(await app.headlineText()).toBe(before);
  });
});
