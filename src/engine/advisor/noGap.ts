import type { IsoDate, Plan, Scenario, Yuan } from '../model';
import { yuanFromFen } from '../money';
import { dateOfDay } from '../timeline';
import type { AdviceContext } from './context';
import { outcome, type Outcome } from './outcome';

/**
 * Why a scenario opens no gap, said as an advisor would before writing "no change needed":
 * how close the cash comes to the buffer, and which credit not yet in place the run counts on.
 * The engine counts a source's lead time from today, so a line the plan names but has not
 * applied for is assumed applied for today: if the cash holds only because of it, "no gap"
 * means "no gap provided you apply now", and the scenario is re-run without those lines to say
 * what happens otherwise.
 */
export type NoGapNote = {
  /** Lowest reachable cash under the scenario (yuan) and its date. */
  lowestCash: Yuan;
  lowestCashDate: IsoDate;
  /** The plan's minimum cash buffer (yuan): the line a gap is measured from. */
  minCashBuffer: Yuan;
  /**
   * Sources not yet in place today (a lead time, nothing owed on them) that the scenario's run
   * draws on, with the day each becomes usable if applied for today and its highest balance.
   */
  reliesOn: { sourceName: string; leadTimeDays: number; readyDate: IsoDate; peakBalance: Yuan }[];
  /** The same scenario with those sources left out: the gap it opens, or null if none. */
  withoutThem: { gapStartDate: IsoDate; deepestShortfall: Yuan } | null;
};

/**
 * A lead time longer than this is an application to make (weeks for a bank); a day or less is
 * the time a transaction takes on a facility already there (discounting a bill, a transfer).
 */
const APPLICATION_DAYS = 1;

export function noGapNote(ctx: AdviceContext, scenario: Scenario, before: Outcome): NoGapNote {
  const plan = ctx.plan;
  const reliesOn: NoGapNote['reliesOn'] = [];
  const notInPlace = plan.fundingSources.filter(
    (s) => s.leadTimeDays > APPLICATION_DAYS && s.outstanding.length === 0,
  );
  for (const source of notInPlace) {
    const series = before.run.sources.find((x) => x.id === source.id);
    if (!series) continue;
    let peak = 0;
    let drawn = false;
    for (let d = 0; d < series.draws.length; d++) {
      if (series.draws[d]! > 0) drawn = true;
      peak = Math.max(peak, series.balance[d]!);
    }
    if (!drawn) continue;
    reliesOn.push({
      sourceName: source.name,
      leadTimeDays: source.leadTimeDays,
      readyDate: dateOfDay(ctx.t, Math.min(ctx.n - 1, source.leadTimeDays)),
      peakBalance: yuanFromFen(peak),
    });
  }
  let withoutThem: NoGapNote['withoutThem'] = null;
  if (reliesOn.length > 0) {
    // Without every line not yet in place (one left out may only be replaced by another).
    const without: Plan = {
      ...plan,
      fundingSources: plan.fundingSources.filter((s) => !notInPlace.includes(s)),
    };
    const o = outcome(without, scenario);
    if (o.gapDay !== null)
      withoutThem = {
        gapStartDate: dateOfDay(ctx.t, o.gapDay),
        deepestShortfall: o.stressed.deepestShortfall,
      };
  }
  return {
    lowestCash: before.stressed.lowestCash,
    lowestCashDate: before.stressed.lowestCashDate,
    minCashBuffer: yuanFromFen(plan.business.minCashBuffer),
    reliesOn,
    withoutThem,
  };
}
