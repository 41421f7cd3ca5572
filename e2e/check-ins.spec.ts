import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { CheckInsPanel } from './pages/CheckInsPanel';
import { expectNoAxeViolations } from './support/axe';
import { screenshotDesktopAndPhone, SHOTS } from './support/screenshots';
import { escapeRegExp } from './support/strings';
import { JIEBEI as JIEBEI_CARD } from './support/engine';
import { formatDate, formatMoney } from '../src/i18n/format';
import { describeIssue } from '../src/io/issueText';

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

test.describe('the check-in form on a 375 px phone, zh-CN', () => {
  test.use({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });

  test('every number carries its unit beside the box; a bad value is refused under its own box and nothing is saved; fits 320 px', async ({
    page,
  }, testInfo) => {
    mkdirSync(SHOTS, { recursive: true });
    const app = await new AppPage(page, 'zh-CN').goto();
    const c = new CheckInsPanel(app);
    const m = c.m;
    await c.open();
    await c.root.getByRole('button', { name: m.record, exact: true }).click();
    const form = c.form;
    await expect(form).toBeVisible();

    // Every number box has its unit beside it, read with it, and a label without one.
    const boxes = form.locator('input[inputmode]');
    const count = await boxes.count();
    expect(count).toBeGreaterThan(2);
    await expect(form.locator('.field-control input[inputmode]')).toHaveCount(count);
    for (const box of await boxes.all()) {
      const { label, unitRead } = await box.evaluate((el) => {
        const unit = el.closest('.field-control')!.querySelector('.field-unit')!;
        return {
          label: (el as HTMLInputElement).labels?.[0]?.textContent ?? '',
          unitRead: (el.getAttribute('aria-describedby') ?? '').split(' ').includes(unit.id),
        };
      });
      expect(label).not.toMatch(/[（(](?:元|¥|%|天)[）)]/);
      expect(unitRead, label).toBe(true);
    }

    const line = c.line(form, JIEBEI.zh);
    const limit = line.getByRole('textbox', { name: m.limit, exact: true });
    const rate = line.getByRole('textbox', { name: m.rate, exact: true });
    await limit.fill('-5');
    await rate.fill('3.1234567%');
    await form.getByRole('button', { name: m.save, exact: true }).click();

    // Refused: each bad value is named under its own box, the first takes focus, nothing saved.
    const negative = describeIssue({ code: 'amount_negative' }, 'zh-CN');
    const decimals = describeIssue({ code: 'too_many_decimals', params: { maximum: 6 } }, 'zh-CN');
    await expect(limit).toHaveAttribute('aria-invalid', 'true');
    await expect(limit).toBeFocused();
    await expect(limit).toHaveAccessibleDescription(`${negative} ¥`);
    await expect(rate).toHaveAccessibleDescription(new RegExp(`^${escapeRegExp(decimals)} %/年`));
    await expect(form.locator('.field-error[id]')).toHaveCount(2);
    await expect(form).toBeVisible();
    await expect(c.summary).toContainText(m.summary(0));

    await expectNoAxeViolations(page, 'check-in-form-error-zh', testInfo, '.checkins-slot');
    await form.scrollIntoViewIfNeeded();
    await form.screenshot({ path: `${SHOTS}/check-in-form-error-375-zh.png` });
    await page.setViewportSize({ width: 320, height: 812 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await form.screenshot({ path: `${SHOTS}/check-in-form-error-320-zh.png` });

    // Fixed (amounts and rates as owners write them), it saves what was typed.
    await limit.fill('10.5万');
    await expect(limit).not.toHaveAttribute('aria-invalid');
    await rate.fill('3.65%');
    await form.getByRole('button', { name: m.save, exact: true }).click();
    await expect(form).toHaveCount(0);
    await expect(c.summary).toContainText(m.summary(1));
    await expect(c.items.first()).toContainText(formatMoney(105_000, 'zh-CN'));
  });
});
