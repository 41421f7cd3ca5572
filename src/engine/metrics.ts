import { addMonths, epochDay } from './calendar';
import { GROUP_INDEX } from './cashFlows';
import type { Plan, Scenario, Yuan } from './model';
import { PLATFORM_GROUPS } from './model';
import { yuanFromFen } from './money';
import { targets } from './shocks';
import type { Projection } from './simulate';
import { dateOfDay, timelineOf } from './timeline';

/**
 * Risk metrics of one run. Names are a documented interface (CLI JSON): keep them stable.
 * Money in yuan, shares and ratios in percent, dates ISO. `null` = does not apply / never happens.
 */
export type RunMetrics = {
  /** Days from the first shock to the first shortfall; null if none within the horizon. */
  survivalDays: number | null;
  /** First day cash (after every possible draw) falls below the buffer. */
  cashZeroDate: string | null;
  deepestShortfall: Yuan;
  daysShort: number;
  /** Σ daily shortfall, yuan·days. */
  cumulativeShortfall: Yuan;
  /** First day after the last shortfall; null if never short or still short at the horizon. */
  recoveryDate: string | null;
  /** Interest, fees and penalties over the horizon. */
  financingCost: Yuan;
  /** Stressed financing cost minus baseline (0 for the baseline itself). */
  extraFinancingCost: Yuan;
  /** Cash reachable at the shock ÷ average daily operating outflows. */
  cashBufferDays: number | null;
  /** (Reachable cash) ÷ net outflows over 30 days from the shock, % (inflows capped at 75 % of outflows). */
  stressCoverageRatio30d: number | null;
  /** HHI by platform group of usable headroom / of drawn balances at the shock (0–10,000). */
  hhiHeadroom: number | null;
  hhiDrawn: number | null;
  /** 1 / Σ share² of headroom by platform group. */
  effectiveSources: number | null;
  /** Ant group share of usable credit limits at the shock, %. */
  antGroupShare: number | null;
  /** Balances falling due inside the horizon ÷ balances outstanding today, %. */
  rolloverNeed: number | null;
  lowestCash: Yuan;
  lowestCashDate: string;
};

/** Day the metrics measure from: the scenario's first shock, or day 0. */
export function referenceDay(scenario: Scenario | null, days: number): number {
  if (!scenario || scenario.shocks.length === 0) return 0;
  return Math.min(days - 1, Math.max(0, Math.min(...scenario.shocks.map((s) => s.startDay))));
}

export function firstShortfallDay(run: Projection, from = 0): number | null {
  for (let d = from; d < run.days; d++) if (run.shortfall[d]! > 0) return d;
  return null;
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

function hhi(amounts: number[]): { hhi: number | null; effective: number | null } {
  const total = amounts.reduce((a, b) => a + b, 0);
  if (total <= 0) return { hhi: null, effective: null };
  let sumSq = 0;
  for (const a of amounts) sumSq += (a / total) ** 2;
  return { hhi: Math.round(sumSq * 10_000), effective: round(1 / sumSq, 2) };
}

function byGroup(plan: Plan, value: (i: number) => number): number[] {
  const groups = PLATFORM_GROUPS.map(() => 0);
  plan.fundingSources.forEach((s, i) => {
    groups[GROUP_INDEX[s.platformGroup]]! += value(i);
  });
  return groups;
}

function rolloverNeed(plan: Plan, scenario: Scenario | null): number | null {
  const t = timelineOf(plan.business.startDate, plan.business.horizonDays);
  const end = t.startEpoch + t.days - 1;
  let total = 0;
  let maturing = 0;
  for (const s of plan.fundingSources) {
    const recalled =
      scenario?.shocks.some((k) => k.type === 'recall' && targets(k.target, s)) ?? false;
    for (const o of s.outstanding) {
      total += o.principal;
      const shortTerm = s.kind === 'huabei' || s.repayment === 'revolving';
      const finalDue = addMonths(epochDay(o.nextDueDate), Math.max(0, o.remainingInstalments - 1));
      if (recalled || shortTerm || finalDue <= end) maturing += o.principal;
    }
  }
  return total > 0 ? round((maturing / total) * 100, 1) : null;
}

/** Average daily operating outflows of a run (cash-paid and Huabei-paid), fen. */
export function averageDailyOutflows(run: Projection): number {
  let sum = 0;
  for (let d = 0; d < run.days; d++) sum += run.outflows[d]! + run.huabeiDeferred[d]!;
  return sum / run.days;
}

export function financingCost(run: Projection): number {
  let sum = 0;
  for (let d = 0; d < run.days; d++) sum += run.interest[d]!;
  return sum;
}

/**
 * Metrics of `run`. `baseline` supplies the reference for extra cost and the outflow average,
 * so both runs are measured on the same yardstick.
 */
export function runMetrics(
  plan: Plan,
  scenario: Scenario | null,
  run: Projection,
  baseline: Projection,
): RunMetrics {
  const n = run.days;
  const t = timelineOf(plan.business.startDate, n);
  const ref = referenceDay(scenario, n);
  const first = firstShortfallDay(run, ref);
  const anyFirst = firstShortfallDay(run, 0);

  let deepest = 0;
  let daysShort = 0;
  let cumulative = 0;
  let lastShort = -1;
  let lowest = Infinity;
  let lowestDay = 0;
  for (let d = 0; d < n; d++) {
    const s = run.shortfall[d]!;
    if (s > 0) {
      daysShort++;
      cumulative += s;
      lastShort = d;
      if (s > deepest) deepest = s;
    }
    if (run.accessibleCash[d]! < lowest) {
      lowest = run.accessibleCash[d]!;
      lowestDay = d;
    }
  }

  const cashBefore = ref === 0 ? run.openingCash : run.cash[ref - 1]!;
  const reachable = Math.max(0, cashBefore - run.lockedCash[ref]!);
  const dailyOut = averageDailyOutflows(baseline);

  let out30 = 0;
  let in30 = 0;
  for (let d = ref; d < Math.min(n, ref + 30); d++) {
    out30 += run.outflows[d]! + run.repayments[d]! + run.interest[d]!;
    in30 += run.inflows[d]!;
  }
  const net30 = out30 - Math.min(in30, 0.75 * out30);

  const headroom = hhi(byGroup(plan, (i) => run.sources[i]!.headroom[ref]!));
  const drawn = hhi(byGroup(plan, (i) => run.sources[i]!.balance[ref]!));
  const limits = byGroup(plan, (i) => run.sources[i]!.limit[ref]!);
  const totalLimit = limits.reduce((a, b) => a + b, 0);

  const cost = financingCost(run);
  return {
    survivalDays: first === null ? null : first - ref,
    cashZeroDate: anyFirst === null ? null : dateOfDay(t, anyFirst),
    deepestShortfall: yuanFromFen(deepest),
    daysShort,
    cumulativeShortfall: yuanFromFen(cumulative),
    recoveryDate: lastShort >= 0 && lastShort < n - 1 ? dateOfDay(t, lastShort + 1) : null,
    financingCost: yuanFromFen(cost),
    extraFinancingCost: yuanFromFen(cost - financingCost(baseline)),
    cashBufferDays: dailyOut > 0 ? round(reachable / dailyOut, 1) : null,
    stressCoverageRatio30d: net30 > 0 ? round((reachable / net30) * 100, 1) : null,
    hhiHeadroom: headroom.hhi,
    hhiDrawn: drawn.hhi,
    effectiveSources: headroom.effective,
    antGroupShare: totalLimit > 0 ? round((limits[GROUP_INDEX.ant]! / totalLimit) * 100, 1) : null,
    rolloverNeed: rolloverNeed(plan, scenario),
    lowestCash: yuanFromFen(lowest === Infinity ? 0 : lowest),
    lowestCashDate: dateOfDay(t, lowestDay),
  };
}
