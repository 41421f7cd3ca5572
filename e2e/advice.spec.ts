import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { advise, applySuggestion } from '../src/engine/advice';
import { analyze } from '../src/engine/analyze';
import { findPreset } from '../src/engine/presets';
import { formatDate, formatDays, formatMoney, formatPercent } from '../src/i18n/format';
import { localName } from '../src/i18n/localName';
import { ADVICE } from '../src/i18n/messages/advice';
import { HEADLINE } from '../src/i18n/messages/headline';
import { WHAT_IF } from '../src/i18n/messages/adviceWhatIf';
import { parsePlanText } from '../src/io/planFile';
import { expect, test } from './fixtures';
import { AdvicePanel } from './pages/AdvicePanel';
import { expectedFor } from './support/engine';

// The advisor runs ~100 simulations after paint and axe walks two large panels: allow for a
// busy 2-core machine.
test.describe.configure({ timeout: 60_000 });

const PRESET = 'risk_control_freeze_30d';
const SCREENSHOT = 'test-output/screenshots/contingency-print.png';

/** What the advisor says for the first-visit sample, computed in Node with the app's own engine. */
function engineAdvice() {
  const parsed = parsePlanText(
    readFileSync(new URL('../examples/online-shop.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the sample does not validate');
  const preset = findPreset(PRESET)!;
  const advice = advise(parsed.plan, preset);
  const first = advice.suggestions[0]!;
  const kept = analyze(applySuggestion(parsed.plan, first), preset).stressed.metrics;
  return { plan: parsed.plan, advice, first, kept };
}
const ENGINE = engineAdvice();
const m = ADVICE.en;
const money = (x: number) => formatMoney(x, 'en');

/** The first suggestion as the card must show it. */
const FIRST = (() => {
  const s = ENGINE.first;
  return {
    title: m.action[s.action]({
      amount: money(s.amount),
      counterparty: localName(s.counterparty ?? '', 'en'),
    }),
    amount: money(s.amount),
    leadTime:
      s.leadTimeDays === 0
        ? m.fact.leadNone
        : m.fact.leadValue({
            days: formatDays(s.leadTimeDays, 'en'),
            date: formatDate(s.latestStartDate!, 'en'),
          }),
    rate: m.fact.rateValue({ rate: formatPercent(s.annualRate, 'en', 2) }),
    cost: m.fact.costValue({ amount: money(s.costPerYear) }),
    survival: `+${formatDays(s.survivalDaysGained, 'en')}`,
    gapClosed: money(s.shortfallClosed),
  };
})();

async function axeViolations(page: Page, view: string, testInfo: TestInfo): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa'])
    .include('#advice')
    .include('#contingency')
    .analyze();
  const details = results.violations.map((v) =>
    [
      `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
      ...v.nodes
        .slice(0, 8)
        .map(
          (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
        ),
    ].join('\n'),
  );
  if (details.length > 0) {
    await testInfo.attach(`axe-${view}.txt`, {
      body: details.join('\n\n'),
      contentType: 'text/plain',
    });
  }
  return details;
}

test.describe('advice panel and contingency plan', () => {
  let advice: AdvicePanel;
  test.beforeEach(async ({ app }) => {
    advice = new AdvicePanel(app);
    await advice.waitReady();
    await app.settled();
  });

  test('the sample business shows ranked suggestions whose numbers match the engine', async () => {
    expect(ENGINE.advice.hasGap, 'the sample has a gap under the default scenario').toBe(true);
    expect(ENGINE.first.tooLate, 'the engine ranks a timely action first').toBe(false);

    await expect(advice.region).toContainText(
      m.gap({
        amount: money(ENGINE.advice.before.deepestShortfall),
        date: formatDate(ENGINE.advice.gapStartDate!, 'en'),
      }),
    );
    const count = await advice.cards.count();
    expect(count, 'suggestion cards').toBeGreaterThanOrEqual(3);
    expect(count).toBe(ENGINE.advice.suggestions.length);

    for (let i = 0; i < 3; i++) {
      const card = advice.card(i);
      await expect(card.fact('amount'), `card ${i} amount`).toHaveText(/^¥[\d,]+$/);
      await expect(card.fact('rate'), `card ${i} rate`).toHaveText(/^[\d.]+% a year$/);
      await expect(card.fact('cost'), `card ${i} cost`).toHaveText(/^¥[\d,]+ a year$/);
      await expect(card.fact('survival'), `card ${i} survival days`).toHaveText(/^\+[\d,]+ days?$/);
      await expect(card.tryButton).toBeVisible();
      await expect(card.keepButton).toBeVisible();
    }

    // Ranked first: an action that can be in place before the gap.
    const first = advice.first;
    await expect(first.tooLateBadge).toHaveCount(0);
    await expect(advice.timelySection.getByRole('heading', { level: 4 }).first()).toHaveText(
      FIRST.title,
    );

    await expect(first.title).toHaveText(FIRST.title);
    await expect(first.fact('amount')).toHaveText(FIRST.amount);
    await expect(first.fact('leadTime')).toHaveText(FIRST.leadTime);
    await expect(first.fact('rate')).toHaveText(FIRST.rate);
    await expect(first.fact('cost')).toHaveText(FIRST.cost);
    await expect(first.fact('survival')).toHaveText(FIRST.survival);
    await expect(first.fact('gapClosed')).toHaveText(FIRST.gapClosed);
  });

  test('"Try it" overlays the change on the chart and summary without touching the plan', async ({
    app,
  }) => {
    const original = expectedFor(PRESET);
    const headline = await app.headlineText();
    for (const f of original.headlineFigures) expect(headline).toContain(f);
    // The cash chart is in the answer section, the suggestions in the advice section.
    await app.showSection('answer');
    const lines = await app.dashboard.cashChartLines.count();
    expect(lines, 'cash chart lines before').toBeGreaterThanOrEqual(2);
    await expect(advice.whatIfLegend).toHaveCount(0);

    const w = WHAT_IF.en;
    const action = w.actionName[ENGINE.first.action];
    const mention = `With this change (${action})`;

    await advice.waitReady();
    await advice.first.tryButton.click();
    await expect(advice.first.tryButton).toHaveAttribute('aria-pressed', 'true');
    await expect(advice.status).toContainText(m.trying({ action }));
    await app.showSection('answer');
    await expect(app.dashboard.cashChartLines).toHaveCount(lines + 1);
    await expect(advice.whatIfLegend).toBeVisible();
    await expect(advice.chartSummary).toContainText(mention);
    if (ENGINE.first.closesGap) {
      await expect(advice.chartSummary).toContainText(
        'reachable cash never falls below the buffer',
      );
    }

    // The user's plan is unchanged: same headline, same status, same metric.
    await expect(app.headline).toHaveText(headline);
    await expect(app.headlineStatus).toHaveText(original.statusLabel);
    await expect(app.dashboard.metric('deepestGap')).toHaveText(original.cards.deepestGap);
    await expect(
      app.page.getByRole('button', { name: app.t.common.undo, exact: true }),
    ).toBeDisabled();

    await advice.waitReady();
    await advice.first.tryButton.click();
    await expect(advice.first.tryButton).toHaveAttribute('aria-pressed', 'false');
    await app.showSection('answer');
    await expect(app.dashboard.cashChartLines).toHaveCount(lines);
    await expect(advice.whatIfLegend).toHaveCount(0);
    await expect(advice.chartSummary).not.toContainText('With this change');
    await expect(app.headline).toHaveText(headline);
  });

  test('"Keep" merges the suggestion into the plan and Undo restores it', async ({ app }) => {
    const original = expectedFor(PRESET);
    const headline = await app.headlineText();
    await expect(app.headlineStatus).toHaveText(original.statusLabel);
    await expect(advice.undoButton).toBeDisabled();

    await advice.first.keepButton.click();
    await expect(advice.status).toContainText(m.kept({ action: FIRST.title }));

    // The kept plan, as the engine sees it.
    const after = ENGINE.kept;
    const h = HEADLINE.en;
    const status = after.daysShort > 0 ? h.status.gap : h.status.ok;
    await expect(app.headlineStatus).toHaveText(status);
    await expect(app.headline).not.toHaveText(headline);
    if (after.daysShort === 0) {
      await expect(app.headline).toContainText(money(after.lowestCash));
      await expect(app.dashboard.metric('deepestGap')).toHaveText(
        app.t.dashboard.metrics.card.deepestGap.none,
      );
    }
    await app.settled();

    await expect(advice.undoButton).toBeEnabled();
    await advice.undoButton.click();
    await expect(app.headline).toHaveText(headline);
    await expect(app.headlineStatus).toHaveText(original.statusLabel);
    await expect(app.dashboard.metric('deepestGap')).toHaveText(original.cards.deepestGap);
    await advice.waitReady();
    await expect(advice.first.title).toHaveText(FIRST.title);
  });

  test('the contingency plan prints with nothing hidden or cut', async ({ app, page }) => {
    await advice.waitContingencyReady();
    await page.emulateMedia({ media: 'print' });

    const plan = advice.contingency;
    await expect(plan).toBeVisible();
    await expect(advice.triggerTable).toBeVisible();
    await expect(plan.getByRole('heading', { level: 2, name: m.contingency.title })).toBeVisible();

    // No controls on paper: every <button> inside (print, info tips) is hidden.
    const buttons = plan.locator('button');
    expect(await buttons.count(), 'the panel has buttons on screen').toBeGreaterThan(0);
    for (const b of await buttons.all()) await expect(b).toBeHidden();

    // Every row and list item is kept whole across a page break; nothing is clipped by a scroller.
    const layout = await plan.evaluate((root) => {
      const items = [...root.querySelectorAll('tr, li')].map((el) => ({
        what: `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`,
        breakInside: getComputedStyle(el).breakInside,
      }));
      const clipped = [...root.querySelectorAll<HTMLElement>('*')]
        .filter((el) => {
          const s = getComputedStyle(el);
          // Screen-reader-only text (the table caption) is a 1 px clip on purpose.
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

    mkdirSync('test-output/screenshots', { recursive: true });
    await plan.screenshot({ path: SCREENSHOT });
    await app.settled();
  });

  test('axe finds no WCAG 2 A/AA violations in the advice and contingency panels', async ({
    app,
  }, testInfo) => {
    await advice.waitContingencyReady();
    expect(await axeViolations(app.page, 'advice', testInfo)).toEqual([]);

    await advice.first.tryButton.click();
    await expect(advice.first.tryButton).toHaveAttribute('aria-pressed', 'true');
    await app.showSection('answer');
    await expect(advice.whatIfLegend).toBeVisible();
    await advice.waitReady();
    await app.settled();
    expect(await axeViolations(app.page, 'advice-trying', testInfo)).toEqual([]);
  });
});
