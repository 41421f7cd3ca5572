import { mkdirSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { formatMoney } from '../src/i18n/format';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { GuidedStart } from './pages/GuidedStart';
import { expectNoAxeViolations } from './support/axe';
import { SHOTS } from './support/screenshots';

/**
 * One field, two forms (issue 14, item 2): an amount in the plan editor's cash-account card and
 * in the guided start is read the same way ("３万" from a Chinese input method is ¥30,000), and a
 * problem is laid out, styled and announced the same way: under the field, the field invalid and
 * described by the problem first. A number's unit (¥ before it, 天/日 after it) sits beside the
 * box in one style and is read with the field the same way in both, never in the label.
 */

/** What a field looks like and says about its problem, for comparing two fields. */
async function anatomy(input: Locator) {
  return input.evaluate((el) => {
    const field = el.closest('.field');
    const label = field?.querySelector(`label[for="${el.id}"]`);
    const firstId = (el.getAttribute('aria-describedby') ?? '').split(/\s+/)[0] ?? '';
    const error = firstId ? document.getElementById(firstId) : null;
    const style = (e: Element | null | undefined, ...keys: string[]) => {
      if (!e) return null;
      const s = getComputedStyle(e);
      return keys.map((k) => s.getPropertyValue(k)).join(' ');
    };
    return {
      invalid: el.getAttribute('aria-invalid'),
      labelInField: label?.closest('.field-label') !== null && label !== null,
      errorClass: error?.className ?? null,
      errorLive: error?.getAttribute('aria-live') ?? null,
      errorInSameField: error?.closest('.field') === field,
      label: style(label, 'font-size', 'font-weight', 'color'),
      input: style(el, 'font-size', 'height', 'border-top-color', 'border-radius'),
      errorStyle: style(error, 'font-size', 'color', 'margin-top'),
    };
  });
}

/** Where a number's unit sits, how it looks and how it is read, for comparing two fields. */
async function unitAnatomy(input: Locator) {
  return input.evaluate((el) => {
    const unit = el.closest('.field-control')?.querySelector('.field-unit');
    if (!unit) return null;
    const [u, box] = [unit.getBoundingClientRect(), el.getBoundingClientRect()];
    const s = getComputedStyle(unit);
    const label = el.closest('.field')?.querySelector(`label[for="${el.id}"]`)?.textContent ?? '';
    return {
      place: u.right <= box.left ? 'before' : u.left >= box.right ? 'after' : 'overlapping',
      gap: Math.round(u.right <= box.left ? box.left - u.right : u.left - box.right),
      centred: Math.abs(u.top + u.height / 2 - (box.top + box.height / 2)) < 2,
      style: ['font-size', 'color', 'font-weight'].map((k) => s.getPropertyValue(k)).join(' '),
      read: (el.getAttribute('aria-describedby') ?? '').split(/\s+/).includes(unit.id),
      // "当前余额（元）": the unit written into the label as well as beside the box.
      inLabel: /[（(](?:元|¥|天|日|%|days?)/.test(label),
    };
  });
}

test.describe('375 px phone, zh-CN', () => {
  test.use({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });

  test('an amount reads and flags its problem alike in an editor card and a guided step', async ({
    page,
  }) => {
    mkdirSync(SHOTS, { recursive: true });
    const app = await new AppPage(page, 'zh-CN').goto();
    const panel = await app.editor.openStep('reserves');
    const card = panel.locator('.ed-card').first();
    const toggle = card.locator('.ed-card-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const balance = card.getByRole('textbox', { name: app.t.editor.accounts.balance, exact: true });
    await balance.fill('３万');
    await expect(toggle).toContainText(formatMoney(30_000, 'zh-CN'));
    await expect(balance).not.toHaveAttribute('aria-invalid', 'true');
    await balance.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SHOTS}/fields-editor-card-375-zh.png` });
    await balance.fill('3万元整');
    await expect(balance).toHaveAttribute('aria-invalid', 'true');
    await page.screenshot({ path: `${SHOTS}/fields-editor-card-error-375-zh.png` });
    // Read before the guided start opens: its modal dialog takes the page out of reach.
    const editorField = await anatomy(balance);
    const editorAmountUnit = await unitAnatomy(balance);
    await balance.fill('30000');
    const horizon = panel.getByRole('textbox', {
      name: app.t.editor.business.horizon,
      exact: true,
    });
    await expect(horizon).toHaveAccessibleDescription(new RegExp(`^${app.t.editor.units.days}`));
    const editorDayUnit = await unitAnatomy(horizon);

    const guided = new GuidedStart(app);
    await app.showSection('answer');
    await guided.open();
    const bank = guided.field('cash.bank');
    await guided.fill(bank, '3万元整');
    await guided.tap(guided.forward);
    await expect(bank).toHaveAttribute('aria-invalid', 'true');
    await expect(bank).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/fields-guided-error-375-zh.png` });

    const guidedField = await anatomy(bank);
    expect(editorField).toMatchObject({
      invalid: 'true',
      labelInField: true,
      errorClass: 'field-error',
      errorLive: 'polite',
      errorInSameField: true,
    });
    expect(guidedField).toEqual(editorField);
    const unitAt = { centred: true, read: true, inLabel: false };
    expect(editorAmountUnit).toMatchObject({ place: 'before', ...unitAt });
    expect(await unitAnatomy(bank)).toEqual(editorAmountUnit);

    // Read the same way: "３万" is ¥30,000 in the guided start too (no problem on Next).
    await guided.fill(bank, '３万');
    await guided.next();
    await guided.expectStep(2, 3);
    // A unit after the box: the editor's horizon (天) and the guided rent day (日).
    expect(editorDayUnit).toMatchObject({ place: 'after', ...unitAt });
    expect(await unitAnatomy(guided.field('fixed.rentDay'))).toEqual(editorDayUnit);
  });
});

/**
 * The scenario builder's numbers are shared fields too: 第 [0] 天, [30] 天 beside the slider,
 * [50] % after the cut, each unit read with its box and none in a label; a cut out of range is
 * refused under its box. Screenshots at 375 px; at 320 px nothing sticks out sideways.
 */
test.describe('the scenario builder on a 375 px phone, zh-CN', () => {
  test.use({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });

  test('every number carries its unit beside the box; a bad cut is refused under its box; fits 320 px', async ({
    page,
  }, testInfo) => {
    mkdirSync(SHOTS, { recursive: true });
    const app = await new AppPage(page, 'zh-CN').goto();
    const panel = app.scenario;
    const b = app.t.scenario.builder;
    await panel.show();
    await panel.startFromPreset('limit_cut_50').click();
    await expect(panel.builderForm).toBeVisible();
    const form = panel.region.locator('form.scenario-form');

    const boxes = form.locator('input[inputmode]');
    // Start day, length and the cut.
    await expect(boxes).toHaveCount(3);
    await expect(form.locator('.field-control input[inputmode]')).toHaveCount(3);
    const start = panel.builderField(b.startDay);
    const cut = panel.builderField(b.cutPercent);
    const startUnit = await unitAnatomy(start);
    expect(startUnit).toMatchObject({ place: 'before', read: true, inLabel: false });
    expect(await unitAnatomy(cut)).toMatchObject({ place: 'after', read: true, inLabel: false });
    // The length is read in days with its box, and the slider beside it says its value in days.
    await panel.builderField(b.permanent).uncheck();
    const length = panel.builderField(b.duration);
    expect(await unitAnatomy(length)).toMatchObject({ place: 'after', read: true, inLabel: false });
    const slider = form.getByRole('slider', { name: b.durationSlider, exact: true });
    await expect(slider).toHaveAttribute('aria-valuetext', /^\d+ 天$/);

    await cut.fill('150');
    await panel.saveButton.click();
    await expect(cut).toHaveAttribute('aria-invalid', 'true');
    await expect(cut).toBeFocused();
    await expect(cut).toHaveAccessibleDescription(
      `${app.t.scenario.errors.percent_range(1, 100)} %`,
    );
    await expectNoAxeViolations(page, 'scenario-builder-error-zh', testInfo, '#scenario');
    await form.scrollIntoViewIfNeeded();
    await form.screenshot({ path: `${SHOTS}/scenario-builder-error-375-zh.png` });
    await page.setViewportSize({ width: 320, height: 812 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await form.screenshot({ path: `${SHOTS}/scenario-builder-error-320-zh.png` });
  });
});

/**
 * The editor's cards with their units, as a user sees them: a cash account (¥ before the
 * balance), money going out (¥ before the amount, 日 after the day, % after the Huabei share)
 * and Jiebei (¥ before the limit, %/天 after the daily rate, 个月 and 天 after term and lead
 * time). Screenshots at 1280 and 375 px; at 320 px nothing sticks out sideways.
 */
for (const lang of ['en', 'zh-CN'] as const) {
  test(`${lang}: the editor's cards carry each number's unit and fit 1280, 375 and 320 px`, async ({
    app,
    page,
  }) => {
    mkdirSync(SHOTS, { recursive: true });
    if (lang !== 'en') await app.switchLanguage(lang);
    const e = app.t.editor;
    const tag = lang === 'en' ? 'en' : 'zh';
    const cards = [
      { step: 'reserves', name: 'account', has: e.accounts.balance },
      { step: 'flows', name: 'outflow', has: e.flows.huabei },
      { step: 'funding', name: 'jiebei', has: e.funding.dailyPercent },
    ] as const;
    for (const width of [1280, 375, 320]) {
      await page.setViewportSize({ width, height: 900 });
      for (const { step, name, has } of cards) {
        const panel = await app.editor.openStep(step);
        const toggles = panel.locator('.ed-card-toggle[aria-expanded="false"]');
        while ((await toggles.count()) > 0) await toggles.first().click();
        const box = panel.getByRole('textbox', { name: has, exact: true }).first();
        await expect(box).toBeVisible();
        const card = box.locator(
          `xpath=ancestor::li[contains(concat(' ', @class, ' '), ' ed-card ')][1]`,
        );
        // Every number box in the card has its unit beside it.
        const numbers = card.locator('input[inputmode]');
        const units = card.locator('.field-control input[inputmode]');
        expect(await numbers.count()).toBeGreaterThan(0);
        await expect(units).toHaveCount(await numbers.count());
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${step}, ${lang}, ${width} px`).toBeLessThanOrEqual(0);
        if (width !== 320) {
          await card.scrollIntoViewIfNeeded();
          await card.screenshot({ path: `${SHOTS}/editor-${name}-card-${width}-${tag}.png` });
        }
      }
    }
  });
}
