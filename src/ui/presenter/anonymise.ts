import type { Advice, Suggestion } from '../../engine/advice';
import type { Analysis } from '../../engine/analyze';
import type { ContingencyPlan } from '../../engine/contingency';
import type { RunMetrics } from '../../engine/metrics';
import type { Plan } from '../../engine/model';

/**
 * The presenter view's "anonymise": the client's name becomes an alias and every figure is
 * rounded (money to ¥1,000, days to whole days), so a screen shared in a meeting or a
 * screenshot does not give away the client's exact books. Pure functions over engine output;
 * the plan itself is never changed.
 */

/** Yuan to the nearest ¥1,000 (−0 shown as 0). */
// A figure that is not zero never rounds to zero: a ¥92-a-year loan read "¥0 a year" (free),
// and a ¥300 gap would read as none.
export const roundYuan = (x: number): number =>
  x === 0 ? 0 : Math.sign(x) * Math.max(1000, Math.round(Math.abs(x) / 1000) * 1000);
const roundNullable = (x: number | null, f: (v: number) => number): number | null =>
  x === null ? null : f(x);
const roundDays = (x: number): number => Math.round(x);

export function roundedMetrics<M extends RunMetrics>(m: M): M {
  return {
    ...m,
    survivalDays: roundNullable(m.survivalDays, roundDays),
    deepestShortfall: roundYuan(m.deepestShortfall),
    cumulativeShortfall: roundYuan(m.cumulativeShortfall),
    financingCost: roundYuan(m.financingCost),
    extraFinancingCost: roundYuan(m.extraFinancingCost),
    cashBufferDays: roundNullable(m.cashBufferDays, roundDays),
    lowestCash: roundYuan(m.lowestCash),
  };
}

/** The analysis with rounded metrics; the day-by-day projection (the chart's curve) is kept. */
export function roundedAnalysis(a: Analysis): Analysis {
  const stressed = roundedMetrics(a.stressed.metrics);
  return {
    baseline: { ...a.baseline, metrics: roundedMetrics(a.baseline.metrics) },
    stressed: {
      ...a.stressed,
      metrics: {
        ...stressed,
        breakEvenOutageDays: roundNullable(stressed.breakEvenOutageDays, roundDays),
      },
    },
  };
}

export function roundedSuggestion(s: Suggestion): Suggestion {
  return {
    ...s,
    amount: roundYuan(s.amount),
    costPerYear: roundYuan(s.costPerYear),
    shortfallClosed: roundYuan(s.shortfallClosed),
    survivalDaysGained: roundDays(s.survivalDaysGained),
  };
}

export function roundedAdvice(a: Advice): Advice {
  return { ...a, suggestions: a.suggestions.map(roundedSuggestion) };
}

export function roundedContingency(c: ContingencyPlan): ContingencyPlan {
  return {
    ...c,
    triggers: c.triggers.map((t) => ({
      ...t,
      measured: roundNullable(t.measured, roundDays),
      response: t.response && {
        ...t.response,
        cashEffect: roundYuan(t.response.cashEffect),
        shortfallClosed: roundYuan(t.response.shortfallClosed),
        costPerYear: roundYuan(t.response.costPerYear),
      },
    })),
    steps: c.steps.map((s) => (s.amount === undefined ? s : { ...s, amount: roundYuan(s.amount) })),
  };
}

/** The plan under an alias (for the headline's business name); nothing else changes. */
export function aliasedPlan(plan: Plan, alias: string): Plan {
  return { ...plan, business: { ...plan.business, name: alias } };
}
