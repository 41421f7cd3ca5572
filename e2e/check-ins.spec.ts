import { expect, test } from './fixtures';
import { CheckInsPanel } from './pages/CheckInsPanel';
import { expectNoAxeViolations } from './support/axe';
import { screenshotDesktopAndPhone } from './support/screenshots';
import { escapeRegExp } from './support/strings';
import { JIEBEI as JIEBEI_CARD } from './support/engine';
import { formatDate } from '../src/i18n/format';

test.describe.configure({ timeout: 90_000 });

/** The sample's Jiebei line: ¥150,000 in the plan; a 30 % cut leaves ¥105,000. */
const JIEBEI = { en: 'Jiebei', zh: '借呗', cut: '105000' };

test.describe('check-ins', () => {
  test('two check-ins (a 30 % limit cut, then a failed repayment) fire their warnings; the plan is updated on request and the update undone', async ({
    app,
  }) => {
    const c = new CheckInsPanel(app);
    const m = c.m;
    await c.open();
    await expect(c.root.getByText(m.none)).toBeVisible();

    await c.record('2026-12-01', async (form) => {
      await c.line(form, JIEBEI.en).getByLabel(m.limit).fill(JIEBEI.cut);
    });
    const first = c.item(formatDate('2026-12-01', 'en'));
    await expect(first.locator('[data-warning="limit_drop"]')).toContainText(
      'Jiebei: limit cut by 30% (fires at 30% or more)',
    );
    // The sample's cash covers 7.6 days of its spending: below 15, as the plan's own trigger says.
    await expect(first.locator('[data-warning="buffer_days"]')).toContainText(
      'cash covers 7.6 days of spending (fires below 15 days)',
    );
    await expect(first.locator('[data-warning]')).toHaveCount(2);
    await expect(first).toContainText('Jiebei: ¥150,000 → ¥105,000 (-¥45,000, -30%)');

    await c.record('2027-01-05', async (form) => {
      const line = c.line(form, JIEBEI.en);
      await line.getByLabel(m.limit).fill(JIEBEI.cut);
      await line.getByRole('checkbox', { name: m.failedRepayment }).check();
      await form.getByLabel(m.note).fill('Repayment on 5 Jan refused; limit still cut');
    });
    const second = c.item(formatDate('2027-01-05', 'en'));
    await expect(c.items.first()).toContainText(formatDate('2027-01-05', 'en')); // newest first
    await expect(second.locator('[data-warning="repayment_failed"]')).toContainText(
      'Jiebei: a repayment failed',
    );
    // Still 30 % below the plan, which has not been updated.
    await expect(second.locator('[data-warning="limit_drop"]')).toHaveCount(1);
    await expect(c.summary).toContainText('2 check-ins');
    await expect(
      c.root.getByRole('img', { name: new RegExp(`^${escapeRegExp(m.trendBuffer)}`) }),
    ).toBeVisible();

    // Update the plan from the second check-in: the limit is now the plan's, so no cut fires.
    await second.getByRole('button', { name: m.updatePlan, exact: true }).click();
    await expect(second.getByRole('status')).toContainText(m.updated(1));
    await expect(c.root.locator('[data-warning="limit_drop"]')).toHaveCount(0);
    await expect(second.locator('[data-warning="repayment_failed"]')).toHaveCount(1);
    await app.editor.openStep('funding');
    const card = await app.editor.sourceCard(JIEBEI_CARD.name).expand();
    await expect(card.limit).toHaveValue('105000');

    // One undo takes the whole update back.
    await c.open();
    await second.getByRole('button', { name: m.undoHint, exact: true }).click();
    await expect(c.root.locator('[data-warning="limit_drop"]')).toHaveCount(2);
    await app.editor.openStep('funding');
    await expect(app.editor.sourceCard(JIEBEI_CARD.name).limit).toHaveValue(
      String(JIEBEI_CARD.limit),
    );
  });

  test('check-ins go with the exported client file and come back on import; axe and screenshots in both languages', async ({
    app,
  }) => {
    const c = new CheckInsPanel(app);
    await c.record('2026-12-01', async (form) => {
      await c.line(form, JIEBEI.en).getByLabel(c.m.limit).fill(JIEBEI.cut);
      await form.getByLabel(c.m.note).fill('Limit cut notice in the Alipay app');
    });
    await c.record('2027-01-05', async (form) => {
      const line = c.line(form, JIEBEI.en);
      await line.getByLabel(c.m.limit).fill(JIEBEI.cut);
      await line.getByRole('checkbox', { name: c.m.failedRepayment }).check();
    });

    const exported = await app.clients.exportPlan();
    const value = JSON.parse(exported.text) as { checkIns: { date: string }[] };
    expect(value.checkIns.map((x) => x.date)).toEqual(['2026-12-01', '2027-01-05']);
    await app.clients.pickImport('with-check-ins.json', exported.text);
    // Its plan is already in the book (it is the open client): import a copy on purpose.
    await app.clients.importCopyAnyway();
    await app.clients.closeDialog();
    await c.open();
    await expect(c.summary).toContainText('2 check-ins');
    await expect(c.root.locator('[data-warning="repayment_failed"]')).toHaveCount(1);
    await expect(c.root.getByText('Limit cut notice in the Alipay app')).toBeVisible();

    await expectNoAxeViolations(app.page, 'check-ins-en', test.info(), '.checkins-slot');
    await screenshotDesktopAndPhone(c.root, 'check-ins-en');
    await app.page.setViewportSize({ width: 1280, height: 900 });

    await app.switchLanguage('zh-CN');
    const zh = new CheckInsPanel(app);
    await zh.open();
    await expect(zh.summary).toContainText('2 次复核');
    // The imported copy is the owner's own file: its lines keep the names it was exported with
    // (only the unsaved sample follows the reader's language), and check-ins use the plan's names.
    await expect(zh.root.locator('[data-warning="limit_drop"]').first()).toContainText(
      `${JIEBEI.en}：额度下调 30%（下调达 30% 即预警）`,
    );
    await zh.root.getByRole('button', { name: zh.m.record, exact: true }).click();
    await expect(zh.line(zh.form, JIEBEI.en)).toBeVisible();
    await expectNoAxeViolations(app.page, 'check-ins-zh', test.info(), '.checkins-slot');
    await screenshotDesktopAndPhone(zh.root, 'check-ins-zh');
    // The form on a phone: nothing wider than the screen.
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
  });
});
