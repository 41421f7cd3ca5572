import type { Plan, Scenario } from './model';
import { runMetrics, type RunMetrics } from './metrics';
import { simulate, type Projection } from './simulate';

/** The reverse-stress answers: how much of the scenario the business can take. */
export type ReverseStressMetrics = {
  /** Shortest outage of the scenario's targets that causes a shortfall (days); null = none does. */
  breakEvenOutageDays: number | null;
  /** Deepest permanent limit cut of the scenario's targets the business survives (%). */
  maxSurvivableLimitCut: number | null;
};

export type StressedMetrics = RunMetrics & ReverseStressMetrics;

export type Analysis = {
  baseline: { projection: Projection; metrics: RunMetrics };
  stressed: { projection: Projection; metrics: StressedMetrics };
};

/**
 * Baseline and stressed runs of a plan with their metrics: two simulations, cheap enough for
 * every keystroke. The reverse-stress fields are left null here (the searches cost about twenty
 * runs more); `analyze` fills them, and the app asks a Worker for them.
 */
export function analyzeRuns(
  plan: Plan,
  scenario: Scenario,
  /** The plan's run without the outage, when the caller already has it (it is the same for every scenario). */
  baseline: Projection = simulate(plan),
): Analysis {
  const stressed = simulate(plan, scenario);
  return {
    baseline: { projection: baseline, metrics: runMetrics(plan, scenario, baseline, baseline) },
    stressed: {
      projection: stressed,
      metrics: {
        ...runMetrics(plan, scenario, stressed, baseline),
        breakEvenOutageDays: null,
        maxSurvivableLimitCut: null,
      },
    },
  };
}
