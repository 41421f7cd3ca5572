import { toJson } from './terminal';
import type { Plan, Scenario } from '../engine/model';
import { yuanFromFen } from '../engine/money';
import { runMonteCarlo } from '../engine/monteCarloRun';
import type { Distribution, MonteCarloSummary, Percentiles } from '../engine/monteCarloSummary';
import { stressGrid, type StressGrid } from '../engine/reverseStress';
import { dateOfDay, timelineOf } from '../engine/timeline';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../i18n/format';
import { DOMAIN } from '../i18n/messages/domain';
import { MONTE_CARLO } from '../i18n/messages/monteCarlo';
import type { Lang } from '../i18n/lang';
import type { StressRequest } from './stressArgs';
import { STRESS_TEXT } from './stressText';
import { planJson } from './planJson';

/**
 * `stress`: the reverse-stress grid (`--grid`) or the Monte Carlo bands (`--paths`). The JSON is
 * a documented interface (docs/cli.md); money in yuan, shares in percent, like `simulate`.
 */

type Out = { log: (s: string) => void };

const nameOf = (scenario: Scenario, lang: Lang) =>
  DOMAIN[lang].presetName[scenario.id] ?? scenario.name;
const colon = (lang: Lang) => (lang === 'zh-CN' ? '：' : ':');

export function gridJson(plan: Plan, scenario: Scenario, grid: StressGrid) {
  return {
    plan: planJson(plan),
    scenario: { id: scenario.id, name: scenario.name },
    durations: grid.durations,
    cuts: grid.cuts,
    cells: grid.cells.map((row) =>
      row.map((c) => ({
        durationDays: c.durationDays,
        cutPercent: c.cutPercent,
        survives: c.survives,
        survivalDays: c.survivalDays,
        deepestShortfall: c.deepestShortfall,
      })),
    ),
  };
}

const yuanPercentiles = (p: Percentiles | null) =>
  p && {
    p5: yuanFromFen(p.p5),
    p25: yuanFromFen(p.p25),
    p50: yuanFromFen(p.p50),
    p75: yuanFromFen(p.p75),
    p95: yuanFromFen(p.p95),
  };

const yuanDistribution = (d: Distribution) => ({
  percentiles: yuanPercentiles(d.percentiles),
  histogram: d.histogram.map((b) => ({
    from: yuanFromFen(b.from),
    to: yuanFromFen(b.to),
    count: b.count,
  })),
});

export function monteCarloJson(
  plan: Plan,
  scenario: Scenario,
  request: StressRequest,
  s: MonteCarloSummary,
) {
  const t = timelineOf(plan.business.startDate, s.days);
  return {
    plan: planJson(plan),
    scenario: { id: scenario.id, name: scenario.name },
    note: STRESS_TEXT.en.note,
    paths: s.paths,
    seed: request.seed,
    assumptions: {
      preset: request.preset.id,
      source: request.preset.source.en,
      startDay: request.assumptions.startDay,
      duration: request.assumptions.duration,
      revenueVariationPercent: request.assumptions.revenueVariationPercent,
      paymentDelayDays: request.assumptions.paymentDelayDays,
    },
    shortfallShare: Math.round(s.shortfallShare * 10_000) / 100,
    shortPaths: s.shortPaths,
    cash: s.cash.p5.map((_, d) => ({
      day: d,
      date: dateOfDay(t, d),
      p5: yuanFromFen(s.cash.p5[d]!),
      p25: yuanFromFen(s.cash.p25[d]!),
      p50: yuanFromFen(s.cash.p50[d]!),
      p75: yuanFromFen(s.cash.p75[d]!),
      p95: yuanFromFen(s.cash.p95[d]!),
    })),
    survivalDays: s.survivalDays,
    deepestShortfall: yuanDistribution(s.deepestShortfall),
  };
}

export function runStressGrid(
  out: Out,
  lang: Lang,
  plan: Plan,
  scenario: Scenario,
  json: boolean,
): void {
  const grid = stressGrid(plan, scenario);
  if (json) {
    out.log(toJson(gridJson(plan, scenario, grid)));
    return;
  }
  const text = STRESS_TEXT[lang];
  out.log(text.gridTitle(nameOf(scenario, lang)));
  out.log(text.gridLegend);
  out.log(
    ['', ...grid.cuts.map((c) => `${c}%`)]
      .map((x, i) => (i === 0 ? x.padEnd(8) : x.padStart(6)))
      .join(''),
  );
  for (const row of grid.cells) {
    const label = text.daysShort(row[0]!.durationDays).padEnd(8);
    out.log(
      label +
        row
          .map((c) => (c.survives ? 'ok' : String(c.survivalDays)))
          .map((x) => x.padStart(6))
          .join(''),
    );
  }
}

export function runStressMonteCarlo(
  out: Out,
  lang: Lang,
  plan: Plan,
  scenario: Scenario,
  request: StressRequest,
  json: boolean,
): void {
  const s = runMonteCarlo(plan, scenario, request.assumptions, {
    paths: request.paths,
    seed: request.seed,
  });
  if (json) {
    out.log(toJson(monteCarloJson(plan, scenario, request, s)));
    return;
  }
  const text = STRESS_TEXT[lang];
  const m = MONTE_CARLO[lang];
  const a = request.assumptions;
  const num = (x: number) => formatNumber(x, lang);
  const money = (fen: number) => formatMoney(yuanFromFen(fen), lang);
  out.log(
    text.mcTitle(
      nameOf(scenario, lang),
      m.runInfo({ paths: num(s.paths), seed: String(request.seed) }),
    ),
  );
  out.log(`${m.assumptionsTitle}${colon(lang)}`);
  out.log(`  - ${m.describeStart({ from: num(a.startDay.min), to: num(a.startDay.max) })}`);
  out.log(
    `  - ${m.describeDuration(a.duration)} (${m.presetName[request.preset.id]}; ${request.preset.source[lang]})`,
  );
  out.log(`  - ${m.describeRevenue({ percent: formatPercent(a.revenueVariationPercent, lang) })}`);
  out.log(
    `  - ${m.describeDelay({ from: num(a.paymentDelayDays.min), to: num(a.paymentDelayDays.max) })}`,
  );
  out.log('');
  out.log(
    s.shortPaths > 0
      ? m.shortfallShare({
          short: num(s.shortPaths),
          paths: num(s.paths),
          share: formatPercent(s.shortfallShare * 100, lang),
        })
      : m.noShortfall({ paths: num(s.paths) }),
  );
  const sp = s.survivalDays.percentiles;
  const gp = s.deepestShortfall.percentiles;
  if (sp && gp) {
    out.log(
      `${m.survivalTitle}${colon(lang)} P5 ${sp.p5} · P50 ${sp.p50} · P95 ${sp.p95} ${text.daysUnit}`,
    );
    out.log(
      `${m.deepestTitle}${colon(lang)} P5 ${money(gp.p5)} · P50 ${money(gp.p50)} · P95 ${money(gp.p95)}`,
    );
  }
  out.log('');
  out.log(text.cashTitle);
  const t = timelineOf(plan.business.startDate, s.days);
  out.log(
    [m.date.padEnd(16), 'P5', 'P25', 'P50', 'P75', 'P95']
      .map((x, i) => (i === 0 ? x : x.padStart(14)))
      .join(''),
  );
  for (let d = 0; d < s.days; d += 30) {
    const row = [s.cash.p5[d]!, s.cash.p25[d]!, s.cash.p50[d]!, s.cash.p75[d]!, s.cash.p95[d]!].map(
      (x) => money(x).padStart(14),
    );
    out.log(formatDate(dateOfDay(t, d), lang).padEnd(16) + row.join(''));
  }
  out.log('');
  out.log(text.note);
}
