import { METRIC_THRESHOLDS } from '../defaults';
import { type Sourced } from '../citations';
import type { Plan } from '../model';
import { averageDailyOutflows } from '../metrics';
import { annualRate } from '../rates';
import { simulate } from '../simulate';
import type {
  Change,
  CheckIn,
  CheckInComparison,
  LineComparison,
  ObservedWarning,
  PlanReference,
  TrendPoint,
} from './types';

/**
 * Check-ins against the plan and against each other: what changed, which early warnings the
 * observations fire, and the trend. Pure and deterministic; money in fen.
 */

/** The plan's side of the comparison: its cash, its lines, its average daily outflow. */
export function planReference(plan: Plan): PlanReference {
  const run = simulate(plan, undefined, { sourceSeries: false });
  return {
    cash: plan.cashAccounts.map((a) => ({ accountId: a.id, name: a.name, balance: a.balance })),
    lines: plan.fundingSources.map((s) => ({
      sourceId: s.id,
      name: s.name,
      limit: s.limit,
      annualRate: annualRate(s.price),
    })),
    dailyOutflow: averageDailyOutflows(run),
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
/** Rates compared to 1/100 of a percentage point: float noise is no rise. */
const ratePoints = (r: number) => Math.round(r * 10000) / 100;

function change(from: number, to: number): Change {
  return {
    from,
    to,
    delta: to - from,
    percent: from !== 0 ? round1(((to - from) / from) * 100) : null,
  };
}

function rateChange(from: number | null, to: number | null): Change | null {
  if (from === null || to === null) return null;
  const a = ratePoints(from);
  const b = ratePoints(to);
  return { from: a, to: b, delta: Math.round((b - a) * 100) / 100, percent: null };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const totalCash = (c: CheckIn) => sum(c.cash.map((x) => x.balance));
const totalCredit = (c: CheckIn) => sum(c.lines.map((x) => x.limit));

/** Check-ins oldest first; the same date keeps the order they were recorded in. */
export function byDate(checkIns: readonly CheckIn[]): CheckIn[] {
  return checkIns
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.date < b.c.date ? -1 : a.c.date > b.c.date ? 1 : a.i - b.i))
    .map((x) => x.c);
}

/** Observed cash ÷ average daily outflow, days to 1 decimal; null when the plan spends nothing. */
export function bufferDaysOf(cash: number, dailyOutflow: number): number | null {
  return dailyOutflow > 0 ? round1(Math.max(0, cash) / dailyOutflow) : null;
}

const basisOf = ({ grade, citation }: Sourced): Sourced => ({ grade, citation });

/** A cut of at least this many percent, against the plan or the last check-in, fires `limit_drop`. */
export const LIMIT_CUT_PERCENT = METRIC_THRESHOLDS.limitDropTrigger.value;
/** Fewer days of cash than this fires `buffer_days`. */
export const BUFFER_DAYS = METRIC_THRESHOLDS.bufferDaysTrigger.value;

function warningsOf(lines: LineComparison[], bufferDays: number | null): ObservedWarning[] {
  const out: ObservedWarning[] = [];
  for (const line of lines) {
    const about = { sourceId: line.sourceId, sourceName: line.name };
    const cuts = [line.vsPlan?.limit, line.vsPrevious?.limit]
      .filter((c): c is Change => c !== undefined && c.percent !== null)
      .map((c) => -c.percent!);
    const cut = cuts.length > 0 ? Math.max(...cuts) : 0;
    // An observed cut is exact, so a cut of exactly the threshold counts (docs/check-ins.md).
    if (cut >= LIMIT_CUT_PERCENT)
      out.push({
        id: 'limit_drop',
        ...about,
        measured: cut,
        threshold: LIMIT_CUT_PERCENT,
        unit: 'percent',
        basis: basisOf(METRIC_THRESHOLDS.limitDropTrigger),
      });
    const rises = [line.vsPlan?.rate, line.vsPrevious?.rate]
      .filter((c): c is Change => c !== null && c !== undefined)
      .map((c) => c.delta);
    const rise = rises.length > 0 ? Math.max(...rises) : 0;
    if (rise > 0)
      out.push({ id: 'rate_rise', ...about, measured: rise, threshold: 0, unit: 'points' });
    if (line.failedRepayment) out.push({ id: 'repayment_failed', ...about });
    if (line.notice) out.push({ id: 'risk_notice', ...about });
  }
  if (bufferDays !== null && bufferDays < BUFFER_DAYS)
    out.push({
      id: 'buffer_days',
      measured: bufferDays,
      threshold: BUFFER_DAYS,
      unit: 'days',
      basis: basisOf(METRIC_THRESHOLDS.bufferDaysTrigger),
    });
  return out;
}

/**
 * Compare every check-in with the plan and with the check-in before it, oldest first.
 * @example compareCheckIns(planReference(plan), record.checkIns)[1].warnings // [{ id: 'limit_drop', measured: 30, … }]
 */
export function compareCheckIns(
  ref: PlanReference,
  checkIns: readonly CheckIn[],
): CheckInComparison[] {
  const planCash = sum(ref.cash.map((c) => c.balance));
  const planCredit = sum(ref.lines.map((l) => l.limit));
  let previous: CheckIn | null = null;
  const out: CheckInComparison[] = [];
  for (const c of byDate(checkIns)) {
    const prev: CheckIn | null = previous;
    const lines: LineComparison[] = c.lines.map((line) => {
      const planned = ref.lines.find((l) => l.sourceId === line.sourceId);
      const before = prev?.lines.find((l) => l.sourceId === line.sourceId);
      return {
        sourceId: line.sourceId,
        // Named as the plan names it now (a renamed line, a sample in another language); a line
        // the plan no longer has keeps the name it was recorded under.
        name: planned?.name ?? line.name,
        limit: line.limit,
        annualRate: line.annualRate,
        vsPlan: planned
          ? {
              limit: change(planned.limit, line.limit),
              rate: rateChange(planned.annualRate, line.annualRate),
            }
          : null,
        vsPrevious: before
          ? {
              limit: change(before.limit, line.limit),
              rate: rateChange(before.annualRate, line.annualRate),
            }
          : null,
        failedRepayment: line.failedRepayment,
        notice: line.notice,
      };
    });
    const cash = totalCash(c);
    const credit = totalCredit(c);
    const bufferDays = bufferDaysOf(cash, ref.dailyOutflow);
    out.push({
      id: c.id,
      date: c.date,
      totalCash: cash,
      totalCredit: credit,
      bufferDays,
      cashVsPlan: change(planCash, cash),
      cashVsPrevious: prev ? change(totalCash(prev), cash) : null,
      creditVsPlan: change(planCredit, credit),
      creditVsPrevious: prev ? change(totalCredit(prev), credit) : null,
      lines,
      warnings: warningsOf(lines, bufferDays),
    });
    previous = c;
  }
  return out;
}

/** The trend chart's series: buffer days and available credit per check-in, oldest first. */
export function trendOf(comparisons: readonly CheckInComparison[]): TrendPoint[] {
  return comparisons.map((c) => ({
    date: c.date,
    bufferDays: c.bufferDays,
    totalCredit: c.totalCredit,
    totalCash: c.totalCash,
  }));
}
