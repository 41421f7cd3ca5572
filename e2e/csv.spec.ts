import { mkdirSync, readFileSync } from 'node:fs';
import { CSV } from '../src/i18n/messages/csv';
import { expect, test } from './fixtures';
import { CsvImportDialog } from './pages/CsvImportDialog';
import { expectNoAxeViolations } from './support/axe';

test.describe.configure({ timeout: 60_000 });

const FIXTURES = 'src/io/fixtures/csv';
const m = CSV.en;

test.describe('CSV import of cash flows', () => {
  test('maps the columns of a Chinese file, previews, adds the good rows in one undo step', async ({
    app,
    page,
  }, testInfo) => {
    const csv = new CsvImportDialog(app);
    await csv.open();
    await expectNoAxeViolations(page, 'csv-file-step', testInfo, '.csv-dialog');
    await csv.choose(`${FIXTURES}/zh-bom.csv`);

    // Guessed from the headers 名称, 金额, 收支, 频率, 日期.
    await expect(csv.column('name')).toHaveValue('0');
    await expect(csv.column('amount')).toHaveValue('1');
    await expect(csv.column('direction')).toHaveValue('2');
    await expect(csv.column('frequency')).toHaveValue('3');
    await expect(csv.column('date')).toHaveValue('4');
    await expect(csv.column('day')).toHaveValue('');
    await expectNoAxeViolations(page, 'csv-mapping-step', testInfo, '.csv-dialog');
    // Without a name column nothing can be read: the mapping says so and Next waits.
    await csv.column('name').selectOption('');
    await expect(csv.root.getByText(m.mappingProblem.need_name)).toBeVisible();
    await expect(csv.nextButton).toBeDisabled();
    await csv.column('name').selectOption('0');
    await csv.nextButton.click();

    await expect(csv.root.getByText(m.previewSummary(3, 2))).toBeVisible();
    await expect(csv.previewRow(2)).toContainText('房租');
    await expect(csv.previewRow(2)).toContainText('¥8,000.00');
    await expect(csv.previewRow(3)).toContainText('¥1,200.50');
    await expect(csv.previewRow(5)).toContainText(`${m.skipped} ${m.problem.name_missing}`);
    await expect(csv.previewRow(6)).toContainText(`${m.skipped} ${m.problem.amount_invalid}`);
    await expectNoAxeViolations(page, 'csv-preview-step', testInfo, '.csv-dialog');
    mkdirSync('test-output/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-output/screenshots/csv-preview.png' });

    const before = (await app.editor.tab('flows').textContent()) ?? '';
    await csv.addButton(3).click();
    await expect(csv.root).toBeHidden();
    await expect(
      app.editor.panel.getByRole('status').filter({ hasText: m.added(3) }),
    ).toBeVisible();
    for (const name of ['房租', '淘宝货款', '设备款']) {
      await expect(
        app.editor.panel.getByRole('button', { name: new RegExp(`^${name}`) }),
      ).toBeVisible();
    }

    // One undo takes the whole import back.
    await app.header.getByRole('button', { name: app.t.common.undo, exact: true }).click();
    await expect(app.editor.panel.getByRole('button', { name: /^房租/ })).toHaveCount(0);
    await expect(app.editor.tab('flows')).toHaveText(before);
  });

  test('a GBK file is refused with a message next to the file input', async ({ app }) => {
    const csv = new CsvImportDialog(app);
    await csv.open();
    await csv.choose(`${FIXTURES}/gbk.csv`);
    await expect(csv.fileError).toHaveText(m.readError({ reason: 'not_utf8' }));
    await expect(csv.fileInput).toHaveAttribute('aria-invalid', 'true');
    await app.page.keyboard.press('Escape');
    await expect(csv.root).toBeHidden();
  });
});

test.describe('CSV export of the daily projection', () => {
  test('downloads one row a day with the header in the user language', async ({ app, page }) => {
    const button = app.dashboard.cashChart.getByRole('button', { name: m.download });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(
      /^fundgap-daily-projection-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(Object.values(m.columns).join(','));
    expect(lines).toHaveLength(1 + 365);
    expect(lines[1]).toMatch(/^2026-12-01,0,(-?\d+\.\d{2},){8}-?\d+\.\d{2}$/);

    await app.switchLanguage('zh-CN');
    const zhButton = app.dashboard.cashChart.getByRole('button', { name: CSV['zh-CN'].download });
    const [zh] = await Promise.all([page.waitForEvent('download'), zhButton.click()]);
    const zhText = readFileSync(await zh.path(), 'utf8');
    expect(zhText.slice(1).split('\r\n')[0]).toBe(Object.values(CSV['zh-CN'].columns).join(','));
  });
});
