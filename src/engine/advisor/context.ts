import type { Fen, LeverAssumptions, Plan, Scenario } from '../model';
import { referenceDay } from '../metrics';
import { plannedInflows } from '../simulate';
import { timelineOf, type Timeline } from '../timeline';
import { leverAssumptions } from './terms';

/** What every action builder reads about the plan and the scenario, computed once. */
export type AdviceContext = {
  plan: Plan;
  /** Null when only applying a kept suggestion (no scenario at hand). */
  scenario: Scenario | null;
  t: Timeline;
  /** Horizon in days. */
  n: number;
  /** Day the scenario's first shock starts (levers respond from here). */
  shockDay: number;
  /** Inflows over a year (fen), scaled from the horizon: the yardstick for caps. */
  yearlyInflows: Fen;
  levers: LeverAssumptions;
};

export function adviceContext(
  plan: Plan,
  scenario: Scenario | null,
  shockDay?: number,
): AdviceContext {
  const n = plan.business.horizonDays;
  let total = 0;
  for (const group of plannedInflows(plan)) for (let d = 0; d < n; d++) total += group[d]!;
  return {
    plan,
    scenario,
    t: timelineOf(plan.business.startDate, n),
    n,
    shockDay: shockDay ?? referenceDay(scenario, n),
    yearlyInflows: Math.round((total * 365) / n),
    levers: leverAssumptions(plan.leverAssumptions),
  };
}
