import { expect, test } from './fixtures';
import { expectedFor, JIEBEI, type SampleFile } from './support/engine';

test.describe('saved plan', () => {
  test('reload restores the business name, an edited limit and the selected preset', async ({
    app,
  }) => {
    const name = 'Lotus Tea House';
    await app.editor.setBusinessName(name);
    await app.editor.openStep('funding');
    await (await app.editor.sourceCard(JIEBEI.name).expand()).setLimit(200000);
    await app.scenario.selectPreset('limit_cut_50');

    const want = expectedFor('limit_cut_50', 'en', (f: SampleFile) => {
      f.business.name = name;
      f.fundingSources.find((s) => s.id === 'jiebei')!.limit = 200000;
    });
    await expect(app.headline).toContainText(name);
    await expect(app.dashboard.metric('survivalDays')).toHaveText(want.cards.survivalDays);
    // Saved in the open client file (IndexedDB) before we reload.
    await expect
      .poll(async () => {
        const saved = await app.savedState();
        const draft = saved?.state.draft as { business?: { name?: string } } | undefined;
        return [draft?.business?.name, saved?.state.scenarioId];
      })
      .toEqual([name, 'limit_cut_50']);

    await app.reload();

    await expect(app.scenario.presetRadio('limit_cut_50')).toBeChecked();
    await expect(app.headlineScenario).toHaveText(want.presetName);
    await expect(app.headline).toContainText(name);
    for (const figure of want.headlineFigures) await expect(app.headline).toContainText(figure);
    await expect(app.dashboard.metric('survivalDays')).toHaveText(want.cards.survivalDays);
    await expect(app.header).toContainText(name);

    await app.editor.openStep('reserves');
    await expect(app.editor.businessName).toHaveValue(name);
    await app.editor.openStep('funding');
    const jiebei = await app.editor.sourceCard(JIEBEI.name).expand();
    await expect(jiebei.limit).toHaveValue('200000');
  });
});
