import { runDays } from './daily/days';
import { plannedFlows, startRun, type SimulationScratch } from './daily/run';
import type { Fen, IsoDate, Plan, Scenario } from './model';
import { timelineOf } from './timeline';

export { projectionColumns, simulationScratch, type SimulationScratch } from './daily/run';

/** Daily columns for one funding source, in fen. */
export type SourceSeries = {
  id: string;
  /** Cash drawn from the source that day. */
  draws: Float64Array;
  /** Cash paid to the source that day: principal, interest, fees and penalties. */
  repayments: Float64Array;
  /** Headroom usable that day (0 while frozen, down or not yet arranged). */
  headroom: Float64Array;
  /** Drawn balance at the end of the day. */
  balance: Float64Array;
  /** Limit in force that day after cuts; 0 while frozen, down or not yet arranged. */
  limit: Float64Array;
};

/**
 * One run of the plan over its horizon: struct-of-arrays, all money in fen, one entry a day.
 * Conservation holds exactly every day:
 *   cash[d] = cash[d-1] + inflows[d] − outflows[d] − repayments[d] − interest[d] + draws[d].
 */
export type Projection = {
  startDate: IsoDate;
  days: number;
  openingCash: Fen;
  /** Closing cash on every platform, locked or not. */
  cash: Float64Array;
  /** Closing cash the business can actually spend (platforms that are up). */
  accessibleCash: Float64Array;
  lockedCash: Float64Array;
  inflows: Float64Array;
  /** Operating outflows paid in cash (including those Huabei could not pay). */
  outflows: Float64Array;
  /** Outflows Huabei paid on credit that day (no cash left; repaid at the bill's due date). */
  huabeiDeferred: Float64Array;
  /** Principal repaid. */
  repayments: Float64Array;
  /** Interest, fees and penalty interest paid. */
  interest: Float64Array;
  draws: Float64Array;
  /** How far accessible cash stays below the minimum buffer after every possible draw. */
  shortfall: Float64Array;
  sources: SourceSeries[];
  firstShockDay: number | null;
};

const NO_SHOCKS: Scenario = { id: 'baseline', name: 'Baseline', shocks: [] };

/** The plan's own inflows per platform group and day (fen), as `simulate` starts from them. Read only. */
export function plannedInflows(plan: Plan): readonly Float64Array[] {
  return plannedFlows(plan, timelineOf(plan.business.startDate, plan.business.horizonDays)).calendar
    .inflowsByGroup;
}

export type SimulateOptions = {
  /**
   * Replaces the plan's inflows per platform group (one array per group, fen a day) before the
   * scenario's business shocks apply: the Monte Carlo varies revenue this way without a new
   * plan per path. The arrays are read, never kept or changed.
   */
  inflows?: Float64Array[];
  /**
   * With `inflows`: the groups whose rows may hold an inflow (a superset will do; a group left
   * out receives nothing). Saves scanning every row for one on each of a Monte Carlo's paths,
   * which cost a seventh of a path.
   */
  inflowGroups?: readonly number[];
  /**
   * false: leave each source's daily headroom, balance and limit columns at 0 (draws and
   * repayments are still recorded). Every cash column is unchanged; a Monte Carlo path reads
   * only cash and shortfall and saves about a quarter of the run this way.
   */
  sourceSeries?: boolean;
  /**
   * Memory lent by a caller that reads each run before starting the next (the Monte Carlo), from
   * `simulationScratch`: saves allocating and collecting ~130 KB of typed arrays per run, which
   * costs more than the run's arithmetic. The returned projection's columns then alias it.
   */
  scratch?: SimulationScratch;
};

/**
 * Project the plan day by day under a scenario (none = baseline). Deterministic and pure.
 * Each day: statements, inflows, outflows (Huabei first where it may pay), scheduled
 * repayments and interest, then draws to restore the buffer, then revolving balances are
 * paid down from any surplus (`daily/days.ts`).
 * `options` serve the Monte Carlo, which runs thousands of paths: see `SimulateOptions`.
 * @example const run = simulate(plan, riskControlFreeze); run.shortfall.some((x) => x > 0)
 */
export function simulate(
  plan: Plan,
  scenario: Scenario = NO_SHOCKS,
  options: SimulateOptions = {},
): Projection {
  return runDays(startRun(plan, scenario, options));
}
