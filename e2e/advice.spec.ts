import { mkdirSync, readFileSync } from 'node:fs';
import { advise } from '../src/engine/advice';
import { analyze } from '../src/engine/analyze';
import { contingencyPlan } from '../src/engine/contingency';
import { findPreset } from '../src/engine/presets';
import { actionTitle, effectText, gapSaid } from '../src/i18n/adviceText';
import { formatDate, formatMoney } from '../src/i18n/format';
import type { Lang } from '../src/i18n/lang';
import { ADVICE } from '../src/i18n/messages/advice';
import { DOMAIN } from '../src/i18n/messages/domain';
import { parsePlanText } from '../src/io/planFile';
import { expect, test } from './fixtures';
import { AdvicePanel } from './pages/AdvicePanel';
import { expectNoAxeViolations } from './support/axe';
import { screenshotDesktopAndPhone, SHOTS } from './support/screenshots';

// The advisor runs ~100 simulations after paint and axe walks two large panels: allow for a
// busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

const PRESET = 'risk_control_freeze_30d';

/** What the advisor says for the first-visit sample, computed in Node with the app's own engine. */
const ENGINE = (() => {
  const parsed = parsePlanText(
    readFileSync(new URL('../examples/online-shop.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the sample does not validate');
  return { plan: parsed.plan, advice: advise(parsed.plan, findPreset(PRESET)!) };
})();

const LANGS: Lang[] = ['en', 'zh-CN'];

/** The signals the contingency plan lists for the sample, from the engine. */
const ENGINE_SIGNALS = contingencyPlan(
  ENGINE.plan,
  findPreset(PRESET)!,
  analyze(ENGINE.plan, findPreset(PRESET)!),
  ENGINE.advice,
).signals;
const SCENARIO_NAME: Record<Lang, string> = {
  en: DOMAIN.en.presetName[PRESET]!,
  'zh-CN': DOMAIN['zh-CN'].presetName[PRESET]!,
};

for (const lang of LANGS) {
  test.describe(`advice panel and contingency plan (${lang})`, () => {
    let advice: AdvicePanel;
    test.beforeEach(async ({ app }) => {
      if (lang !== 'en') await app.switchLanguage(lang);
      advice = new AdvicePanel(app);
      await advice.waitReady();
      await app.settled();
    });

    test('shows the gap, the recommendation and each measure as the engine states them', async () => {
      const m = ADVICE[lang];
      const a = ENGINE.advice;
      expect(a.hasGap).toBe(true);
      // The gap said to three figures, as the contingency steps say it; exact one tap away.
      await expect(advice.region).toContainText(
        m.gap({
          amount: gapSaid(a.before.deepestShortfall, lang),
          date: formatDate(a.gapStartDate!, lang),
        }),
      );
      await expect(advice.contingency).toContainText(gapSaid(a.before.deepestShortfall, lang));
      await expect(
        advice.region.locator('.advice-lead').getByRole('button', { name: m.price.label }),
      ).toHaveAccessibleDescription(
        m.gapExact({ amount: formatMoney(a.before.deepestShortfall, lang, { fen: true }) }),
      );
      await expect(advice.cards).toHaveCount(a.suggestions.length);
      // Ranked first: something in place before the gap opens.
      const first = a.suggestions[0]!;
      expect(first.tooLate).toBe(false);
      await expect(advice.first.title).toHaveText(actionTitle(first, lang));
      await expect(advice.first.tooLateBadge).toHaveCount(0);
      await expect(advice.first.fact('effect')).toHaveText(effectText(first, lang));
      // The recommendation names every step of the engine's combination.
      for (const step of a.combination!.steps)
        await expect(advice.combination).toContainText(actionTitle(step, lang));
      // The too-late measures are folded under their count, one tap away.
      const late = a.suggestions.filter((s) => s.tooLate);
      await expect(advice.lateFold.locator(':scope > summary')).toHaveText(
        m.tooLateCount({ count: String(late.length) }),
      );
      await expect(advice.lateSection(late.length)).toBeHidden();
      await advice.lateFold.locator(':scope > summary').click();
      await expect(advice.lateSection(late.length)).toBeVisible();
      // Every reserve says where its cash comes from; the card advance is only listed as barred.
      for (const s of a.suggestions.filter((x) => x.category === 'reserve'))
        await expect(advice.cardFor(s.action).fact('source')).not.toBeEmpty();
      await expect(advice.cardFor('credit_card').root).toHaveCount(0);
      await advice.unavailable.locator('summary').click();
      await expect(advice.unavailable).toContainText(
        lang === 'en'
          ? 'card funds may not be used for business operations'
          : '信用卡资金不得用于生产经营',
      );
    });

    test('looks right on a desktop and a 375 px phone, with no axe violations', async ({
      app,
      page,
    }, testInfo) => {
      await advice.waitContingencyReady();
      await expect(advice.signalTable).toBeVisible();
      await expectNoAxeViolations(page, `advice-${lang}-desktop`, testInfo, '#advice');
      await expectNoAxeViolations(page, `contingency-${lang}-desktop`, testInfo, '#contingency');
      await screenshotDesktopAndPhone(advice.region, `advice-${lang}`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await screenshotDesktopAndPhone(advice.contingency, `contingency-${lang}`);
      // screenshotDesktopAndPhone leaves the page at 375 px: check the phone layout too.
      await expectNoAxeViolations(page, `advice-${lang}-375`, testInfo, '#advice');
      await expectNoAxeViolations(page, `contingency-${lang}-375`, testInfo, '#contingency');
      await app.settled();
    });

    test('on a 375 px phone the tables are cards and the rest is one tap away', async ({
      app,
      page,
    }, testInfo) => {
      const m = ADVICE[lang];
      const c = m.contingency;
      const a = ENGINE.advice;
      await page.setViewportSize({ width: 375, height: 812 });
      await advice.waitContingencyReady();
      // Cards, not tables: every trigger with whether it fires and what to do in sight.
      await expect(advice.contingency.getByRole('table')).toHaveCount(0);
      const triggers = advice.triggerCards.getByRole('listitem');
      await expect(triggers).toHaveCount(4);
      const buffer = triggers.filter({ hasText: c.trigger.buffer_days });
      await expect(buffer.locator('.trigger-status')).toHaveText(`⚠ ${c.fires}`);
      // The threshold is one tap away.
      const threshold = buffer.getByText(c.col.threshold, { exact: true });
      await expect(threshold).toBeHidden();
      await buffer.getByText(c.triggerDetails, { exact: true }).click();
      await expect(threshold).toBeVisible();
      // A signal the scenario does not show is a closed disclosure; where to look is one tap away.
      const signals = advice.signalCards.getByRole('listitem');
      await expect(signals).toHaveCount(ENGINE_SIGNALS.length);
      const notice = signals.filter({ hasText: c.signal.limit_notice.what });
      const where = notice.getByText(c.signal.limit_notice.where, { exact: true });
      await expect(where).toBeHidden();
      await notice.getByText(c.signal.limit_notice.what, { exact: true }).click();
      await expect(where).toBeVisible();
      // The first two measures in time (under the recommendation), then the rest under their count.
      const timely = a.suggestions.filter((s) => !s.tooLate);
      await expect(advice.region.locator('li.advice-card:visible')).toHaveCount(2);
      await expect(advice.moreTimelyFold.locator(':scope > summary')).toHaveText(
        m.moreTimely({ count: String(timely.length - 2) }),
      );
      await advice.moreTimelyFold.locator(':scope > summary').click();
      await expect(advice.region.locator('li.advice-card:visible')).toHaveCount(timely.length);
      // The method behind "Why".
      const method = advice.region.getByText(m.method({ scenario: SCENARIO_NAME[lang] }));
      await expect(method).toBeHidden();
      await advice.whys.first().locator('summary').click();
      await expect(method).toBeVisible();
      // A measure's assumptions: each number with its unit beside the box (账期延长 [30] 天).
      mkdirSync(SHOTS, { recursive: true });
      const levers = advice.region.locator('details.lever-fields:visible').first();
      await levers.locator(':scope > summary').click();
      const boxes = levers.locator('input[inputmode]');
      expect(await boxes.count()).toBeGreaterThan(0);
      await expect(levers.locator('.field-control input[inputmode]')).toHaveCount(
        await boxes.count(),
      );
      await levers.screenshot({ path: `${SHOTS}/advice-levers-${lang}-375.png` });
      await expectNoAxeViolations(page, `advice-open-${lang}-375`, testInfo, '#advice');
      await expectNoAxeViolations(page, `contingency-open-${lang}-375`, testInfo, '#contingency');
      await advice.contingency.screenshot({ path: `${SHOTS}/contingency-open-${lang}-375.png` });
      await app.settled();
    });

    for (const width of [1280, 375]) {
      test(`"Try it" shows the before and after beside the card, in view (${width} px)`, async ({
        app,
        page,
      }) => {
        await page.setViewportSize({ width, height: width > 500 ? 900 : 800 });
        const card = advice.cardFor('tax_loan');
        await card.reveal();
        await card.root.scrollIntoViewIfNeeded();
        await card.tryButton.click();
        await expect(card.tryButton).toHaveAttribute('aria-pressed', 'true');
        await expect(card.compare).toBeVisible();
        await expect(card.compare).toContainText(ADVICE[lang].compare.horizon);
        const box = (await card.compare.boundingBox())!;
        const view = page.viewportSize()!;
        expect(box.y, 'before/after starts inside the viewport').toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, 'before/after ends inside the viewport').toBeLessThanOrEqual(
          view.height,
        );
        expect(box.x + box.width).toBeLessThanOrEqual(view.width);
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: `${SHOTS}/advice-try-${lang}-${width}.png` });
        await card.tryButton.click();
        await expect(card.compare).toHaveCount(0);
        await app.settled();
      });
    }

    test('"Keep" adds the measure and keeps the page where it was', async ({ app, page }) => {
      const card = advice.cardFor('raise_reserve');
      await card.reveal();
      await card.root.scrollIntoViewIfNeeded();
      const scrolledBefore = await page.evaluate(() => window.scrollY);
      await card.keepButton.click();
      await expect(advice.keptNote).toBeVisible();
      await expect(advice.keptNote.getByRole('table')).toBeVisible();
      await app.settled();
      // The page stays where the reader was: the advice is worked out again for the new plan and
      // the kept card leaves the list, but the view is not thrown elsewhere (issue 14).
      const scrolled = await page.evaluate(() => window.scrollY);
      expect(Math.abs(scrolled - scrolledBefore)).toBeLessThan(page.viewportSize()!.height / 2);
      // The confirmation and its before/after are in sight, above a phone's tab bar.
      const noteBox = (await advice.keptNote.boundingBox())!;
      const navTop = await page.evaluate(() => {
        const nav = document.querySelector('.section-nav');
        const r = nav?.getBoundingClientRect();
        return r && r.top > window.innerHeight / 2 ? r.top : window.innerHeight;
      });
      expect(noteBox.y).toBeGreaterThanOrEqual(0);
      expect(noteBox.y + noteBox.height).toBeLessThanOrEqual(navTop + 1);
      await page.screenshot({ path: `${SHOTS}/advice-kept-${lang}.png` });
    });
  });
}

test('the contingency plan prints with nothing hidden or cut', async ({ app, page }) => {
  const advice = new AdvicePanel(app);
  await advice.waitReady();
  await advice.waitContingencyReady();
  await page.emulateMedia({ media: 'print' });
  const plan = advice.contingency;
  await expect(plan).toBeVisible();
  await expect(advice.triggerTable).toBeVisible();
  await expect(advice.signalTable).toBeVisible();
  // No controls on paper: every <button> inside (print, info tips) is hidden.
  const buttons = plan.locator('button');
  expect(await buttons.count(), 'the panel has buttons on screen').toBeGreaterThan(0);
  for (const b of await buttons.all()) await expect(b).toBeHidden();
  const layout = await plan.evaluate((root) => {
    const items = [...root.querySelectorAll('tr, li')].map((el) => ({
      what: `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`,
      breakInside: getComputedStyle(el).breakInside,
    }));
    const clipped = [...root.querySelectorAll<HTMLElement>('*')]
      .filter((el) => {
        const s = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        if (box.width <= 1 && box.height <= 1) return false;
        const clips = /(auto|scroll|hidden)/.test(s.overflowX + s.overflowY);
        return (
          clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        );
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { items, clipped };
  });
  expect(layout.items.length, 'rows and list items').toBeGreaterThan(5);
  expect(layout.items.filter((i) => i.breakInside !== 'avoid')).toEqual([]);
  expect(layout.clipped, 'elements that cut their content').toEqual([]);
  mkdirSync(SHOTS, { recursive: true });
  await plan.screenshot({ path: `${SHOTS}/contingency-print.png` });
  await app.settled();
});
