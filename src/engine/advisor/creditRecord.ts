import type { Plan, Scenario } from '../model';
import { simulate } from '../simulate';
import { shockWindow, targets } from '../shocks';
import { dateOfDay, isMonthlyAnchor, timelineOf } from '../timeline';
import { CREDIT_MARK_AFTER_DAYS } from './terms';

/**
 * The credit-record knock-on of a repayment the scenario blocks: a repayment late by more
 * than `CREDIT_MARK_AFTER_DAYS` is reported as overdue (逾期) to the credit reference system
 * and stays five years from settlement (law, W); for a while after, banks and online lenders
 * are likely to decline new applications (U). Found by running the scenario without its
 * repayment blocks: every repayment those blocks hold back is late until the block ends.
 */
export type CreditMark = {
  sourceId: string;
  sourceName: string;
  /** Day the repayment fell due and day it could be paid (plan day indices). */
  dueDay: number;
  paidDay: number;
  daysLate: number;
  /** First day FundGap counts the overdue as on the record. */
  markDay: number;
  dueDate: string;
  markDate: string;
};

export function creditMark(plan: Plan, scenario: Scenario): CreditMark | null {
  const blocks = scenario.shocks.filter((s) => s.type === 'repayment_blocked');
  if (blocks.length === 0) return null;
  const n = plan.business.horizonDays;
  const t = timelineOf(plan.business.startDate, n);
  const free = simulate(plan, {
    ...scenario,
    shocks: scenario.shocks.filter((s) => s.type !== 'repayment_blocked'),
  });
  let found: CreditMark | null = null;
  for (const block of blocks) {
    const [from, to] = shockWindow(block, n);
    plan.fundingSources.forEach((source, i) => {
      if (!('target' in block) || !targets(block.target, source)) return;
      const revolving = source.repayment === 'revolving' && source.kind !== 'huabei';
      for (let d = from; d < to; d++) {
        if (!(free.sources[i]!.repayments[d]! > 0)) continue;
        // A revolving line's paydowns from surplus are voluntary: only its interest day is due.
        if (revolving && !isMonthlyAnchor(t, d, source.interestDay ?? 20)) continue;
        const daysLate = to - d;
        if (daysLate <= CREDIT_MARK_AFTER_DAYS.value) continue;
        const markDay = d + CREDIT_MARK_AFTER_DAYS.value + 1;
        if (found && found.markDay <= markDay) continue;
        found = {
          sourceId: source.id,
          sourceName: source.name,
          dueDay: d,
          paidDay: to,
          daysLate,
          markDay,
          dueDate: dateOfDay(t, d),
          markDate: dateOfDay(t, Math.min(markDay, n - 1)),
        };
      }
    });
  }
  return found;
}
