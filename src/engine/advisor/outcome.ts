import { firstShortfallDay, referenceDay, runMetrics, type RunMetrics } from '../metrics';
import type { Plan, Scenario } from '../model';
import { simulate, type Projection } from '../simulate';

/** A changed plan re-simulated under the scenario: the numbers every suggestion states. */
export type Outcome = {
  plan: Plan;
  /** The stressed run, with each source's daily series (for the cost of what is drawn). */
  run: Projection;
  /** The run without a shock. */
  base: Projection;
  stressed: RunMetrics;
  /** Today's funding mix of the changed plan (the baseline run's metrics). */
  baseline: RunMetrics;
  /** First shortfall day from the shock on, or null. */
  gapDay: number | null;
};

export function outcome(plan: Plan, scenario: Scenario): Outcome {
  const base = simulate(plan);
  const run = simulate(plan, scenario);
  return {
    plan,
    run,
    base,
    stressed: runMetrics(plan, scenario, run, base),
    baseline: runMetrics(plan, null, base, base),
    gapDay: firstShortfallDay(run, referenceDay(scenario, plan.business.horizonDays)),
  };
}

/** Whether the plan has no shortfall from the shock on (one run, cash columns only). */
export function closesGap(plan: Plan, scenario: Scenario): boolean {
  const run = simulate(plan, scenario, { sourceSeries: false });
  return firstShortfallDay(run, referenceDay(scenario, plan.business.horizonDays)) === null;
}
