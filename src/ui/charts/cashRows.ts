import type { Analysis } from '../../engine/analyze';
import type { IsoDate, Plan } from '../../engine/model';
import { yuanFromFen } from '../../engine/money';
import type { Projection } from '../../engine/simulate';
import { dateOfDay, timelineOf } from '../../engine/timeline';
import { niceTicks } from './axisTicks';

/**
 * What an owner can still spend on day `d` of a run, in fen: reachable cash plus the credit
 * still usable that day (each line's headroom: 0 while frozen, down, cut away or not yet
 * arranged; Huabei's for purchases). Borrowing moves money from credit to cash and leaves this
 * unchanged, so a run that borrows more never looks richer: only interest and fees not (yet)
 * paid can lift the line with an outage above the one without (see `aboveBaseline.ts`).
 */
export function spendable(run: Projection, d: number): number {
  return run.accessibleCash[d]! + usableCredit(run, d);
}

/** Credit still usable on day `d`: Σ headroom of every source, in fen. */
export function usableCredit(run: Projection, d: number): number {
  let sum = 0;
  for (const s of run.sources) sum += s.headroom[d]!;
  return sum;
}

/** One point of the cash chart, money in yuan. */
export type CashRow = {
  day: number;
  date: IsoDate;
  /** What can still be spent without the outage: cash + credit still usable. */
  baseline: number;
  /** What can still be spent with the outage: cash + credit still usable. */
  stressed: number;
  /** Reachable cash with the outage (the lower part of `stressed`). */
  stressedCash: number;
  /** The two parts of the stressed line as bands: [0, cash] and [cash, cash + credit]. */
  cashBand: [number, number];
  creditBand: [number, number];
  /**
   * The liquidity-gap band of the stressed run: [cash, buffer] on days short, else a
   * zero-height band at the buffer, so a one-day gap still shows as a wedge.
   */
  gap: [number, number];
  /** What could be spent with a suggestion tried out (only while one is). */
  whatIf?: number;
};

/**
 * Daily spending power (cash + credit still usable) of both runs, the stressed run's cash and
 * credit told apart, and the gap band; with `whatIf` (the analysis of the plan with a suggestion
 * applied) its spending power as a third series.
 * @example cashRows(plan, analysis)[0].stressed // yuan at the end of day 0
 */
export function cashRows(
  plan: Plan,
  analysis: Analysis,
  whatIf: Analysis | null = null,
): CashRow[] {
  const base = analysis.baseline.projection;
  const run = analysis.stressed.projection;
  const buffer = yuanFromFen(plan.business.minCashBuffer);
  const t = timelineOf(plan.business.startDate, run.days);
  const tried = whatIf?.stressed.projection;
  const rows: CashRow[] = new Array(run.days);
  for (let d = 0; d < run.days; d++) {
    const cash = yuanFromFen(run.accessibleCash[d]!);
    const stressed = yuanFromFen(spendable(run, d));
    rows[d] = {
      day: d,
      date: dateOfDay(t, d),
      baseline: yuanFromFen(spendable(base, d)),
      stressed,
      stressedCash: cash,
      cashBand: [0, cash],
      creditBand: [cash, stressed],
      gap: run.shortfall[d]! > 0 ? [cash, buffer] : [buffer, buffer],
    };
    if (tried && d < tried.days) rows[d]!.whatIf = yuanFromFen(spendable(tried, d));
  }
  return rows;
}

/** Round money ticks covering every series of the chart, zero and the buffer included. */
export function cashAxisTicks(rows: readonly CashRow[], buffer: number): number[] {
  let lo = Math.min(0, buffer);
  let hi = Math.max(0, buffer);
  for (const r of rows) {
    const values = [r.baseline, r.stressed, r.stressedCash, r.whatIf ?? r.stressed];
    for (const v of values) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return niceTicks(lo, hi, 5);
}

/** Everything the tooltip shows for one day, money in yuan; flows are those of the stressed run. */
export type CashDayDetail = {
  date: IsoDate;
  baselineCash: number;
  stressedCash: number;
  /** Credit still usable that day, with and without the outage. */
  baselineCredit: number;
  stressedCredit: number;
  inflows: number;
  outflows: number;
  huabeiPaid: number;
  draws: { name: string; amount: number }[];
  repayments: number;
  interest: number;
  lockedCash: number;
  shortfall: number;
};

export function cashDayDetail(plan: Plan, analysis: Analysis, day: number): CashDayDetail {
  const run = analysis.stressed.projection;
  const t = timelineOf(plan.business.startDate, run.days);
  const draws: CashDayDetail['draws'] = [];
  run.sources.forEach((series, i) => {
    const amount = series.draws[day]!;
    if (amount > 0)
      draws.push({ name: plan.fundingSources[i]?.name ?? series.id, amount: yuanFromFen(amount) });
  });
  return {
    date: dateOfDay(t, day),
    baselineCash: yuanFromFen(analysis.baseline.projection.accessibleCash[day]!),
    stressedCash: yuanFromFen(run.accessibleCash[day]!),
    baselineCredit: yuanFromFen(usableCredit(analysis.baseline.projection, day)),
    stressedCredit: yuanFromFen(usableCredit(run, day)),
    inflows: yuanFromFen(run.inflows[day]!),
    outflows: yuanFromFen(run.outflows[day]!),
    huabeiPaid: yuanFromFen(run.huabeiDeferred[day]!),
    draws,
    repayments: yuanFromFen(run.repayments[day]!),
    interest: yuanFromFen(run.interest[day]!),
    lockedCash: yuanFromFen(run.lockedCash[day]!),
    shortfall: yuanFromFen(run.shortfall[day]!),
  };
}

/** One row of the cash table, money in yuan (movements of the stressed run). */
export type CashTableRow = {
  day: number;
  date: IsoDate;
  /** Reachable cash with and without the outage. */
  stressed: number;
  baseline: number;
  /** Cash + credit still usable, with and without the outage (the chart's lines). */
  stressedSpendable: number;
  baselineSpendable: number;
  inflows: number;
  outflows: number;
  draws: number;
  repaid: number;
  gap: number;
};

/** Every day of the horizon as a table row. */
export function cashTableRows(plan: Plan, analysis: Analysis): CashTableRow[] {
  const base = analysis.baseline.projection;
  const run = analysis.stressed.projection;
  const t = timelineOf(plan.business.startDate, run.days);
  const rows: CashTableRow[] = new Array(run.days);
  for (let d = 0; d < run.days; d++) {
    rows[d] = {
      day: d,
      date: dateOfDay(t, d),
      stressed: yuanFromFen(run.accessibleCash[d]!),
      baseline: yuanFromFen(base.accessibleCash[d]!),
      stressedSpendable: yuanFromFen(spendable(run, d)),
      baselineSpendable: yuanFromFen(spendable(base, d)),
      inflows: yuanFromFen(run.inflows[d]!),
      outflows: yuanFromFen(run.outflows[d]!),
      draws: yuanFromFen(run.draws[d]!),
      repaid: yuanFromFen(run.repayments[d]! + run.interest[d]!),
      gap: yuanFromFen(run.shortfall[d]!),
    };
  }
  return rows;
}

/** Day of the stressed run's deepest shortfall (the first if tied), or null when never short. */
export function deepestGapDay(analysis: Analysis): number | null {
  const s = analysis.stressed.projection.shortfall;
  let best: number | null = null;
  for (let d = 0; d < s.length; d++) if (s[d]! > 0 && (best === null || s[d]! > s[best]!)) best = d;
  return best;
}

/** A run of consecutive days short in the stressed run (`to` inclusive). */
export type GapRun = { from: number; to: number };

/** The stressed run's runs of days short, for shading them on the chart. */
export function gapRuns(analysis: Analysis): GapRun[] {
  const s = analysis.stressed.projection.shortfall;
  const runs: GapRun[] = [];
  for (let d = 0; d < s.length; d++) {
    if (!(s[d]! > 0)) continue;
    const last = runs[runs.length - 1];
    if (last && last.to === d - 1) last.to = d;
    else runs.push({ from: d, to: d });
  }
  return runs;
}
