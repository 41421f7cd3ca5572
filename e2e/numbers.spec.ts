/**
 * Issue 15, items 7–9, as a user sees them in both languages, on a desktop and a 375 px phone:
 * the cash chart says what its lines are and why the outage line may run above the other (7),
 * the stress lab's sentence names the cut its own grid shows opening a gap (8), and a copied
 * preset's name follows its shocks until the user names it (9). Expected words come from the
 * message catalogues and expected numbers from the engine run in Node. (Item 10, chart axes:
 * monte-carlo.spec.ts and compare.spec.ts.)
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { analyze } from '../src/engine/analyze';
import { yuanFromFen } from '../src/engine/money';
import { findPreset } from '../src/engine/presets';
import { formatMoney } from '../src/i18n/format';
import { CASH_CHART } from '../src/i18n/messages/dashboardCash';
import { HEATMAP } from '../src/i18n/messages/heatmap';
import type { Lang } from '../src/i18n/lang';
import { parsePlanText } from '../src/io/planFile';
import { aboveBaseline } from '../src/ui/charts/aboveBaseline';
import { cashSummary } from '../src/ui/dashboard/cashSummary';
import { shortDate } from '../src/ui/dashboard/dates';
import { shockDraft } from '../src/ui/scenario/builderModel';
import { derivedName } from '../src/ui/scenario/scenarioName';
import { expect, test } from './fixtures';
import type { AppPage } from './pages/AppPage';
import { HeatmapPanel } from './pages/HeatmapPanel';
import { expectedFor, numberIn } from './support/engine';
import { SHOTS } from './support/screenshots';
import { samplePlan } from './support/stress';
import { escapeRegExp, LANGS } from './support/strings';

// A client file opened from a sample, a ~250-run map in a worker, scenario edits on two screen
// sizes: minutes on a shared, busy machine. A cap, not a wait.
test.describe.configure({ timeout: 180_000 });
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

const PHONE = { width: 375, height: 800 };

/**
 * The page's own chrome that stays on screen while it scrolls — the tab bar (fixed at the bottom
 * of a phone, sticky at the top of a desktop) and the headline strip away from the answer — would
 * lie across a picture of a panel taller than the screen: hidden for that picture only (through
 * the element's style: the page's CSP refuses an injected style sheet, rightly).
 */
const FLOATING_CHROME = ".section-nav, .app-main:not([data-section='answer']) .answer-pin";

async function hideChrome(target: Locator, hidden: boolean): Promise<void> {
  await target.page().evaluate(
    ({ selector, hidden }) => {
      for (const el of document.querySelectorAll<HTMLElement>(selector))
        el.style.visibility = hidden ? 'hidden' : '';
    },
    { selector: FLOATING_CHROME, hidden },
  );
}

/** `<name>-<size>.png` in the screenshots folder: a panel, or the headline itself (`chrome`). */
async function shoot(
  target: Locator,
  name: string,
  size: 'desktop' | '375',
  chrome: 'hide' | 'keep' = 'hide',
): Promise<void> {
  if (chrome === 'hide') await hideChrome(target, true);
  try {
    await target.screenshot({ path: `${SHOTS}/${name}-${size}.png` });
  } finally {
    if (chrome === 'hide') await hideChrome(target, false);
  }
}

/**
 * Turn the page into a 375 px phone and wait until `panel` is laid out for it (`ready`): it must
 * then fit the screen, wide content scrolling inside it, never the panel itself.
 */
async function toPhone(app: AppPage, panel: Locator, ready: () => Promise<void>): Promise<void> {
  await app.page.setViewportSize(PHONE);
  await panel.scrollIntoViewIfNeeded();
  await ready();
  await expect.poll(() => panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  await expect.poll(async () => (await panel.boundingBox())?.width).toBeLessThanOrEqual(375);
}

// ── Item 7: the cash chart ────────────────────────────────────────────────────────────────────

/**
 * A sample and a preset under which the outage line runs above the no-outage one: found with the
 * engine (every shipped sample × every preset, `aboveBaseline`); only this pair does today.
 */
const ABOVE = { example: 'supplier', preset: 'risk_control_freeze_30d' } as const;

/** The chart's sentence for that pair, as the app must write it: its own text, then why. */
/** The sample's plan file, as shipped. */
const aboveFile = (): string =>
  readFileSync(new URL(`../examples/${ABOVE.example}.json`, import.meta.url), 'utf8');

function expectedCashSentence(lang: Lang) {
  const parsed = parsePlanText(aboveFile());
  if (!parsed.ok) throw new Error(`examples/${ABOVE.example}.json does not validate`);
  const plan = parsed.plan;
  const preset = findPreset(ABOVE.preset)!;
  const analysis = analyze(plan, preset, { reverseStress: false });
  const above = aboveBaseline(plan, preset, analysis);
  if (!above) throw new Error(`${ABOVE.example} × ${ABOVE.preset} no longer runs above`);
  const m = CASH_CHART[lang];
  const days = analysis.stressed.projection.days;
  const why = m.above({
    from: shortDate(above.from, lang, days),
    to: shortDate(above.to, lang, days),
    most: formatMoney(above.most, lang),
    notPaid: formatMoney(above.interestNotPaid, lang),
    blocked: above.reason === 'blocked',
  });
  const summary = cashSummary(analysis, yuanFromFen(plan.business.minCashBuffer), days, lang, m);
  return { why, sentence: `${summary} ${why}` };
}

// ── Item 8: the stress lab's sentence ─────────────────────────────────────────────────────────

/** The first-visit scenario, whose map the stress lab draws. */
const FREEZE = 'risk_control_freeze_30d';

/**
 * The limit cut the heatmap summary names as the first that breaks the plan sooner, read out of
 * the sentence with the catalogue's own wording (either form: "short even without an outage" or
 * "an outage of N days is enough"). NaN when the sentence names none.
 */
function sentenceCut(text: string, lang: Lang): number {
  const s = HEATMAP[lang].summary;
  const CUT = '\u0001';
  const DAYS = '\u0002';
  for (const template of [s.cutAtOnce(CUT), s.cutAfter(CUT, DAYS)]) {
    const re = new RegExp(escapeRegExp(template).replace(CUT, '(.+?)').replace(DAYS, '.+?'));
    const found = re.exec(text);
    if (found) return numberIn(found[1]!);
  }
  return NaN;
}

/** The column of a row's first cell that does not survive (Infinity when none). */
const firstGap = (survives: boolean[]): number => {
  const i = survives.indexOf(false);
  return i < 0 ? Number.POSITIVE_INFINITY : i;
};

// ── Item 9: a copied preset's name ────────────────────────────────────────────────────────────

const CUT_PRESET = 'limit_cut_50';

/** The name FundGap gives the copy of the 50 % cut preset with its cut set to `cut` %. */
function nameWithCut(cut: number, lang: Lang): string {
  const shocks = findPreset(CUT_PRESET)!.shocks.map((s, i) => shockDraft(s, `k${i}`));
  for (const s of shocks) if (s.type === 'limit_cut') s.cutPercent = String(cut);
  return derivedName(shocks, [], lang);
}

/** A name the user types for the scenario (test data, not the app's words). */
const OWN_NAME: Record<Lang, string> = { en: 'Bad year', 'zh-CN': '艰难年份' };

for (const lang of LANGS) {
  test.describe(`${lang}: numbers that say what they are (issue 15 items 7–9)`, () => {
    test.beforeEach(async ({ app }) => {
      if (lang !== 'en') await app.switchLanguage(lang);
    });

    test('item 7: the cash chart says its lines are cash plus credit still usable, and why the outage line runs above', async ({
      app,
    }) => {
      const m = CASH_CHART[lang];
      const want = expectedCashSentence(lang);
      // The shipped sample, opened as a new client file (as a user would import it).
      await app.clients.pickImport(`${ABOVE.example}.json`, aboveFile());
      await app.clients.importAsNew();
      await app.scenario.selectPreset(ABOVE.preset);
      await app.settled();
      await app.showSection('answer');
      const chart = app.dashboard;
      const ready = async () => {
        await expect(chart.cashChartImage).toBeVisible();
        await expect(chart.cashChartLines).toHaveCount(2);
        // What the lines are: spending power with and without the outage; cash and credit apart.
        await expect(chart.cashLegend).toContainText([
          m.lineWith,
          m.cashPart,
          m.creditPart,
          m.lineWithout,
        ]);
        for (const label of [m.lineWith, m.cashPart, m.creditPart, m.lineWithout])
          await expect(chart.cashLegend.filter({ hasText: label }).first()).toBeVisible();
        // And why the outage line runs above the other, in the sentence above the chart.
        await expect(chart.cashSummary).toContainText(want.why);
        await expect(chart.cashSummary).toHaveText(want.sentence);
      };
      await ready();
      await shoot(chart.cashChart, `numbers-cash-above-${lang}`, 'desktop');
      await toPhone(app, chart.cashChart, async () => {
        await ready();
        await expect
          .poll(() =>
            chart.cashChartImage
              .locator('svg')
              .first()
              .evaluate((s) => s.clientWidth),
          )
          .toBeLessThanOrEqual(PHONE.width);
      });
      await shoot(chart.cashChart, `numbers-cash-above-${lang}`, '375');
    });

    test('item 8: the stress lab’s sentence names the first grid row that opens a gap, just past the deepest survivable cut', async ({
      app,
    }) => {
      const heatmap = new HeatmapPanel(app);
      const { plan } = samplePlan();
      const deepest = analyze(plan, findPreset(FREEZE)!).stressed.metrics.maxSurvivableLimitCut;
      expect(deepest, 'the sample survives some cut under the freeze').not.toBeNull();

      const check = async () => {
        await heatmap.waitReady();
        const rows = await heatmap.rows();
        expect(rows[0]?.cut, 'the first row is no cut').toBe(0);
        const noCut = firstGap(rows[0]!.survives);
        // The grid's first row that opens a gap the no-cut row does not (an earlier gap column).
        const opening = rows.find((r) => r.cut > 0 && firstGap(r.survives) < noCut);
        expect(opening, 'some row of the map opens a gap').toBeDefined();
        const said = sentenceCut(await heatmap.summary.innerText(), lang);
        expect(said, 'the sentence names the cut of that row').toBe(opening!.cut);
        // The engine's deepest survivable cut lies between that row and the one before it.
        expect(opening!.cut).toBe(rows.map((r) => r.cut).find((c) => c > deepest!));
        await expect(app.dashboard.metric('maxCut')).toHaveText(
          expectedFor(FREEZE, lang).cards.maxCut,
        );
      };
      await check();
      await shoot(heatmap.region, `numbers-heatmap-sentence-${lang}`, 'desktop');
      await toPhone(app, heatmap.region, check);
      await shoot(heatmap.region, `numbers-heatmap-sentence-${lang}`, '375');
    });

    test('item 9: a copy of the 50% cut preset set to 20% is named after its shocks until the user names it', async ({
      app,
    }) => {
      const t = app.t.scenario;
      const panel = app.scenario;
      const name = panel.builderField(t.builder.name);
      const cut = panel.builderField(t.builder.cutPercent);
      const presetName = app.t.domain.presetName[CUT_PRESET]!;
      /** The scenario list and the headline both carry `wanted`, never the preset's 50 %. */
      const named = async (wanted: string) => {
        await expect(panel.radio(wanted)).toBeChecked();
        await expect(app.headlineScenario).toHaveText(wanted);
        await expect(app.headline).toContainText(`“${wanted}”`);
        for (const stale of [nameWithCut(50, lang), t.presetCopyName(presetName)])
          await expect(app.headline).not.toContainText(stale);
      };

      // Desktop: copy the preset; the draft is named after its shocks and follows the new cut.
      await panel.show();
      await panel.startFromPreset(CUT_PRESET).click();
      await expect(name).toHaveValue(nameWithCut(50, lang));
      await cut.fill('20');
      await expect(name).toHaveValue(nameWithCut(20, lang));
      await panel.saveButton.click();
      await named(nameWithCut(20, lang));
      await app.settled();
      await panel.radio(nameWithCut(20, lang)).scrollIntoViewIfNeeded();
      await shoot(app.headlineRegion, `numbers-scenario-name-headline-${lang}`, 'desktop', 'keep');
      await shoot(panel.region, `numbers-scenario-name-list-${lang}`, 'desktop');

      // Phone: editing the cut again renames it; once the user types a name, the name stays.
      await toPhone(app, app.section('scenarios'), () => panel.show());
      await panel.editButton(nameWithCut(20, lang)).click();
      await cut.fill('30');
      await expect(name).toHaveValue(nameWithCut(30, lang));
      await panel.saveButton.click();
      await named(nameWithCut(30, lang));
      await app.settled();
      await panel.radio(nameWithCut(30, lang)).scrollIntoViewIfNeeded();
      await app.page.screenshot({ path: `${SHOTS}/numbers-scenario-name-derived-${lang}-375.png` });
      // A phone shows the headline's sentence, scenario named, on the answer.
      await app.showSection('answer');
      await expect(app.headlineScenario).toBeVisible();
      await expect(app.headlineScenario).toHaveText(nameWithCut(30, lang));
      await shoot(app.headlineRegion, `numbers-scenario-name-headline-${lang}`, '375', 'keep');
      await panel.show();

      await panel.editButton(nameWithCut(30, lang)).click();
      await name.fill(OWN_NAME[lang]);
      await cut.fill('40');
      await expect(name).toHaveValue(OWN_NAME[lang]);
      await panel.saveButton.click();
      await expect(panel.radio(OWN_NAME[lang])).toBeChecked();
      await expect(app.headlineScenario).toHaveText(OWN_NAME[lang]);
      await expect(panel.radio(nameWithCut(40, lang))).toHaveCount(0);
      await app.settled();
      await shoot(panel.region, `numbers-scenario-name-own-${lang}`, '375');
    });
  });
}
