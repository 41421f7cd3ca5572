import type { Plan, Scenario } from './model';
import { runMetrics, type RunMetrics } from './metrics';
import { breakEvenOutageDays, maxSurvivableLimitCut } from './reverseStress';
import { simulate, type Projection } from './simulate';

export type StressedMetrics = RunMetrics & {
  /** Shortest outage of the scenario's targets that causes a shortfall (days); null = none does. */
  breakEvenOutageDays: number | null;
  /** Deepest permanent limit cut of the scenario's targets the business survives (%). */
  maxSurvivableLimitCut: number | null;
};

export type Analysis = {
  baseline: { projection: Projection; metrics: RunMetrics };
  stressed: { projection: Projection; metrics: StressedMetrics };
};

/**
 * Baseline and stressed runs of a plan with every metric, the reverse-stress ones included.
 * `reverseStress: false` skips the two searches (about twenty extra runs) for quick redraws.
 */
export function analyze(plan: Plan, scenario: Scenario, options: { reverseStress?: boolean } = {}): Analysis {
  const baseline = simulate(plan);
  const stressed = simulate(plan, scenario);
  const withSearch = options.reverseStress ?? true;
  return {
    baseline: { projection: baseline, metrics: runMetrics(plan, scenario, baseline, baseline) },
    stressed: {
      projection: stressed,
      metrics: {
        ...runMetrics(plan, scenario, stressed, baseline),
        breakEvenOutageDays: withSearch ? breakEvenOutageDays(plan, scenario) : null,
        maxSurvivableLimitCut: withSearch ? maxSurvivableLimitCut(plan, scenario) : null,
      },
    },
  };
}
