import { analyzeRuns, type Analysis, type ReverseStressMetrics } from './analyzeRuns';
import type { Plan, Scenario } from './model';
import { breakEvenOutageDays, maxSurvivableLimitCut } from './reverseStress';

export type { Analysis, ReverseStressMetrics, StressedMetrics } from './analyzeRuns';

/** The two reverse-stress searches for a plan and scenario. */
export function reverseStressMetrics(plan: Plan, scenario: Scenario): ReverseStressMetrics {
  return {
    breakEvenOutageDays: breakEvenOutageDays(plan, scenario),
    maxSurvivableLimitCut: maxSurvivableLimitCut(plan, scenario),
  };
}

/**
 * Baseline and stressed runs of a plan with every metric, the reverse-stress ones included.
 * `reverseStress: false` skips the two searches (about twenty extra runs) for quick redraws.
 */
export function analyze(
  plan: Plan,
  scenario: Scenario,
  options: { reverseStress?: boolean } = {},
): Analysis {
  const runs = analyzeRuns(plan, scenario);
  if (options.reverseStress === false) return runs;
  const stressed = {
    ...runs.stressed,
    metrics: { ...runs.stressed.metrics, ...reverseStressMetrics(plan, scenario) },
  };
  return { ...runs, stressed };
}
