import type { Analysis } from '../../engine/analyze';
import type { IsoDate, Plan, Scenario } from '../../engine/model';
import { yuanFromFen } from '../../engine/money';
import { dateOfDay, timelineOf } from '../../engine/timeline';
import { spendable } from './cashRows';

/**
 * When the line with the outage runs above the one without, and why, so the chart can say it.
 *
 * What can still be spent (cash + credit still usable) moves with money in, money out and the
 * interest and fees paid; borrowing and repaying principal only move money between cash and
 * credit. A shock never adds money in or credit, so the stressed line can only rise above the
 * baseline by interest and fees it has not paid (yet): repayments a block holds back (they fall
 * due, with penalty, when it ends), or other lines drawn in place of a frozen one at other rates
 * and dates. `interestNotPaid` is that difference on the day the stressed line is highest above.
 */
export type AboveBaseline = {
  from: IsoDate;
  to: IsoDate;
  /** The largest excess, yuan. */
  most: number;
  /** Interest and fees the baseline had paid by that day and the stressed run had not, yuan. */
  interestNotPaid: number;
  /** `blocked`: a repayment block is in force on some of those days; else `replaced`. */
  reason: 'blocked' | 'replaced';
};

/** Excesses smaller than this (fen) are rounding, not a line above another. */
const TOLERANCE_FEN = 100;

/**
 * The days the stressed line is above the baseline (first to last), or null when it never is.
 * @example aboveBaseline(plan, scenario, analysis)?.reason // 'blocked'
 */
export function aboveBaseline(
  plan: Plan,
  scenario: Scenario,
  analysis: Analysis,
): AboveBaseline | null {
  const base = analysis.baseline.projection;
  const run = analysis.stressed.projection;
  let first = -1;
  let last = -1;
  let most = 0;
  let notPaid = 0;
  let paidBase = 0;
  let paidRun = 0;
  for (let d = 0; d < run.days; d++) {
    paidBase += base.interest[d]!;
    paidRun += run.interest[d]!;
    const excess = spendable(run, d) - spendable(base, d);
    if (excess <= TOLERANCE_FEN) continue;
    if (first < 0) first = d;
    last = d;
    if (excess > most) {
      most = excess;
      notPaid = paidBase - paidRun;
    }
  }
  if (first < 0) return null;
  const t = timelineOf(plan.business.startDate, run.days);
  const blocked = scenario.shocks.some(
    (s) =>
      s.type === 'repayment_blocked' &&
      s.startDay <= last &&
      (s.durationDays === null || s.startDay + s.durationDays > first),
  );
  return {
    from: dateOfDay(t, first),
    to: dateOfDay(t, last),
    most: yuanFromFen(most),
    interestNotPaid: yuanFromFen(Math.max(0, notPaid)),
    reason: blocked ? 'blocked' : 'replaced',
  };
}
