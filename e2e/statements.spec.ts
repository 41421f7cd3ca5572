import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './fixtures';
import { StatementImportDialog } from './pages/StatementImportDialog';
import { SHOTS } from './support/screenshots';

const FIXTURES = 'test/fixtures/statements';

test.describe('import from statements', () => {
  test('an Alipay GBK export becomes proposed flows with their sources; ticked ones go in as one undo step', async ({
    app,
    page,
  }, testInfo) => {
    const dialog = new StatementImportDialog(app);
    const m = dialog.m;
    await dialog.open();
    await dialog.choose(`${FIXTURES}/alipay-taobao-shop-gbk.csv`);
    await expect(dialog.flows).toHaveCount(7);
    await expect(dialog.root).toContainText(
      m.read(m.format.alipay_app, '2026-09-01', '2026-11-30', 1387),
    );
    await expect(dialog.flow('Daily sales \\(into Alipay\\)')).toBeChecked();
    await expect(dialog.flows.first()).toContainText('¥3,363');
    await expect(dialog.root.getByText('Supplier · 广州市白云区锦绣服装厂')).toBeVisible();
    // The transactions behind a flow.
    await dialog.flows
      .filter({ hasText: 'Rent · 杭州余杭仓储' })
      .getByText(m.sources(3), { exact: true })
      .click();
    await expect(
      dialog.root.getByRole('cell', { name: '杭州余杭仓储服务有限公司' }).first(),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'statement-review', testInfo, '.import-dialog');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/statement-review.png`, fullPage: false });

    const before = (await app.editor.tab('flows').textContent()) ?? '';
    await dialog.flow('Other day-to-day spending').uncheck();
    await dialog.addButton(6).click();
    await expect(dialog.root).toBeHidden();
    await expect(
      app.editor.panel.getByRole('status').filter({ hasText: m.added(6) }),
    ).toBeVisible();
    await expect(
      app.editor.panel.getByRole('button', { name: /^Rent · 杭州余杭仓储/ }),
    ).toBeVisible();
    await app.header.getByRole('button', { name: app.t.common.undo, exact: true }).click();
    await expect(
      app.editor.panel.getByRole('button', { name: /^Rent · 杭州余杭仓储/ }),
    ).toHaveCount(0);
    await expect(app.editor.tab('flows')).toHaveText(before);
  });

  test('the WeChat Pay bill (BOM) and the bank CSV import in Chinese', async ({ app, page }) => {
    await app.switchLanguage('zh-CN');
    const dialog = new StatementImportDialog(app);
    await dialog.open();
    await dialog.choose(`${FIXTURES}/wechat-noodle-shop-bom.csv`);
    await expect(dialog.flows).toHaveCount(11);
    await expect(dialog.flow('周六销售收入（到账微信支付）')).toBeChecked();
    await expect(dialog.root).toContainText('¥3,000');
    await page.screenshot({ path: `${SHOTS}/statement-review-zh.png` });
    await dialog.root.getByRole('button', { name: dialog.m.another }).click();
    await dialog.choose(`${FIXTURES}/bank-stationery-shop.csv`);
    await expect(dialog.flows).toHaveCount(12);
    await expect(dialog.root.getByRole('checkbox', { name: /¥168,270\.00/ })).toBeChecked();
    await dialog.addButton(12).click();
    await expect(
      app.editor.panel.getByRole('button', { name: /^房租 · 杭州金辉物业/ }),
    ).toBeVisible();
  });

  test('a truncated export says so and adds nothing', async ({ app }, testInfo) => {
    const bytes = readFileSync(`${FIXTURES}/bank-stationery-shop.csv`);
    const cut = testInfo.outputPath('cut.csv');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2) + 3));
    const dialog = new StatementImportDialog(app);
    // The flow count is on the plan's step tab, in the plan section.
    await app.showSection('plan');
    const before = (await app.editor.tab('flows').textContent()) ?? '';
    await dialog.open();
    await dialog.choose(cut);
    await expect(dialog.root.getByRole('alert')).toContainText(/stops in the middle of the table/);
    await app.page.keyboard.press('Escape');
    await expect(dialog.root).toBeHidden();
    await expect(app.editor.tab('flows')).toHaveText(before);
  });
});
