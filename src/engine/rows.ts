import type { Plan } from './model';
import { yuanFromFen } from './money';
import type { Projection } from './simulate';
import { dateOfDay, timelineOf } from './timeline';

/** One day of a projection in yuan, as the CLI prints it and tables/CSV show it. */
export type DayRow = {
  day: number;
  date: string;
  cash: number;
  accessibleCash: number;
  lockedCash: number;
  inflows: number;
  outflows: number;
  huabeiDeferred: number;
  draws: number;
  repayments: number;
  interest: number;
  shortfall: number;
  bySource: Record<
    string,
    { draws: number; repayments: number; headroom: number; balance: number }
  >;
};

/** Row view of a projection (allocates; for output, not for hot loops). */
export function dayRows(plan: Plan, run: Projection): DayRow[] {
  const t = timelineOf(plan.business.startDate, run.days);
  const rows: DayRow[] = [];
  for (let d = 0; d < run.days; d++) {
    const bySource: DayRow['bySource'] = {};
    for (const s of run.sources) {
      bySource[s.id] = {
        draws: yuanFromFen(s.draws[d]!),
        repayments: yuanFromFen(s.repayments[d]!),
        headroom: yuanFromFen(s.headroom[d]!),
        balance: yuanFromFen(s.balance[d]!),
      };
    }
    rows.push({
      day: d,
      date: dateOfDay(t, d),
      cash: yuanFromFen(run.cash[d]!),
      accessibleCash: yuanFromFen(run.accessibleCash[d]!),
      lockedCash: yuanFromFen(run.lockedCash[d]!),
      inflows: yuanFromFen(run.inflows[d]!),
      outflows: yuanFromFen(run.outflows[d]!),
      huabeiDeferred: yuanFromFen(run.huabeiDeferred[d]!),
      draws: yuanFromFen(run.draws[d]!),
      repayments: yuanFromFen(run.repayments[d]!),
      interest: yuanFromFen(run.interest[d]!),
      shortfall: yuanFromFen(run.shortfall[d]!),
      bySource,
    });
  }
  return rows;
}
