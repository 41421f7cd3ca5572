import { CURRENT_FORMAT_VERSION } from '../src/io/migrations';
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const SHOTS = 'test-output/screenshots';
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
test.describe.configure({ timeout: 60_000 });

const RESTAURANT = readFileSync(new URL('../examples/restaurant.json', import.meta.url), 'utf8');

test.describe('export and import', () => {
  test('export, then import as a new client file, gives an identical plan', async ({ app }) => {
    await app.editor.setBusinessName('Round Trip Shop');
    await app.scenario.selectPreset('limit_cut_50');
    const first = await app.clients.exportPlan();
    expect(first.name).toBe('Round Trip Shop.fundgap.json');
    expect(JSON.parse(first.text)).toMatchObject({
      formatVersion: CURRENT_FORMAT_VERSION,
      business: { name: 'Round Trip Shop' },
    });

    await app.clients.pickImport(first.name, first.text);
    await expect(
      app.clients.fileDialog.getByText(app.t.clients.importReady('Round Trip Shop')),
    ).toBeVisible();
    // The same plan is in the book already: the dialog offers it, and a copy only when asked.
    await expect(
      app.clients.fileDialog.getByText(app.t.clients.alreadyInBook('Round Trip Shop')),
    ).toBeVisible();
    await app.clients.importCopyAnyway();
    expect(await app.clients.names()).toEqual(['Round Trip Shop', 'Round Trip Shop']);
    await app.clients.closeDialog();

    const again = await app.clients.exportPlan();
    expect(again.text).toBe(first.text);
    await app.clients.closeDialog();
    await expect(app.scenario.presetRadio('limit_cut_50')).toBeChecked();
  });

  test('replacing the open plan needs a second, explicit confirmation, and Undo brings it back', async ({
    app,
    page,
  }) => {
    const before = await app.headlineText();
    await app.clients.pickImport('restaurant.json', RESTAURANT);
    await app.clients.fileDialog.getByRole('button', { name: app.t.clients.importReplace }).click();
    const confirm = app.clients.fileDialog.getByText(
      app.t.clients.confirmReplace('Qingshan Apparel (Taobao shop, Hangzhou)'),
    );
    await expect(confirm).toBeVisible();
    await expect(app.headline).toHaveText(before); // nothing changed yet
    await page.screenshot({ path: `${SHOTS}/import-confirm.png` });
    await app.clients.fileDialog
      .getByRole('button', { name: app.t.clients.confirmYes, exact: true })
      .click();
    await expect(app.clients.fileDialog).toHaveCount(0);
    await expect(app.headline).toContainText('Old Street Noodles');
    expect(await app.clients.names()).toHaveLength(1);
    await app.clients.closeDialog();
    await page.getByRole('button', { name: app.t.common.undo, exact: true }).click();
    await expect(app.headline).toHaveText(before);
  });

  test('a bad file is explained next to the input, with paths, and replaces nothing', async ({
    app,
    page,
  }) => {
    const before = await app.headlineText();
    const dialog = await app.clients.openFileDialog();

    await app.clients.pickImport('notes.json', '{ "formatVersion": 1, oops');
    await expect(app.clients.importProblem).toContainText('The file is not valid JSON');
    await expect(app.clients.importInput).toHaveAttribute('aria-invalid', 'true');

    const newer = CURRENT_FORMAT_VERSION + 1;
    const future = { ...JSON.parse(RESTAURANT), formatVersion: newer };
    await app.clients.pickImport('future.json', JSON.stringify(future));
    await expect(app.clients.importProblem).toContainText(
      `newer FundGap (format ${newer}); this version reads format ${CURRENT_FORMAT_VERSION}`,
    );

    const wrong = JSON.parse(RESTAURANT);
    wrong.cashFlows[0].amount = -5;
    wrong.business.horizonDays = 5000;
    await app.clients.pickImport('wrong.json', JSON.stringify(wrong));
    await expect(app.clients.importProblem).toContainText('The plan has 2 problems');
    // Each problem names its place as a reader would; the raw path stays as its tooltip.
    await expect(
      app.clients.importProblem.locator('strong[title="cashFlows[0].amount"]'),
    ).toHaveText('Cash flow 1 · amount');
    await expect(
      app.clients.importProblem.locator('strong[title="business.horizonDays"]'),
    ).toHaveText('Business · horizon');
    await expect(dialog.getByRole('button', { name: app.t.clients.importAsNew })).toHaveCount(0);

    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa'])
      .include('.client-files')
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/import-problems.png` });

    await app.clients.closeDialog();
    await expect(app.headline).toHaveText(before);
    expect(await app.clients.names()).toHaveLength(0);
  });
});
