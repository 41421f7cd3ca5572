import { useDeferredValue, useMemo } from 'react';
import { analyzeRuns, type Analysis, type ReverseStressMetrics } from '../engine/analyzeRuns';
import type { Plan, Scenario } from '../engine/model';
import { simulate, type Projection } from '../engine/simulate';
import { usePlanTask } from './planTask';
import { reverseStressTask } from './reverseStress';
import { useSettled } from './useSettled';
import { scenarioById } from './scenarioSlice';
import { useStore } from './store';

/** The scenario selected, resolved against the plan's saved scenarios. */
export function useScenario(): Scenario {
  const id = useStore((s) => s.scenarioId);
  const custom = useStore((s) => s.valid.scenarios);
  return useMemo(() => scenarioById(id, custom), [id, custom]);
}

/**
 * One analysis per (plan, scenario) for the whole page: the store keeps both objects stable
 * until they change, so every panel shares one pair of runs. The reverse-stress searches are
 * not part of it (see `useReverseStress`).
 */
const cache = new WeakMap<Plan, WeakMap<Scenario, Analysis>>();
const baselines = new WeakMap<Plan, Projection>();

/** The plan's run without any outage: the same for every scenario, so worked out once per plan. */
export function baselineOf(plan: Plan): Projection {
  let baseline = baselines.get(plan);
  if (!baseline) {
    baseline = simulate(plan);
    baselines.set(plan, baseline);
  }
  return baseline;
}

export function analysisOf(plan: Plan, scenario: Scenario): Analysis {
  let byScenario = cache.get(plan);
  if (!byScenario) {
    byScenario = new WeakMap();
    cache.set(plan, byScenario);
  }
  let analysis = byScenario.get(scenario);
  if (!analysis) {
    analysis = analyzeRuns(plan, scenario, baselineOf(plan));
    byScenario.set(scenario, analysis);
  }
  return analysis;
}

/** Keep runs worked out elsewhere (the first screen's, by a Worker): the same engine, the same runs. */
export function seedAnalysis(plan: Plan, scenario: Scenario, analysis: Analysis): void {
  if (!baselines.has(plan)) baselines.set(plan, analysis.baseline.projection);
  let byScenario = cache.get(plan);
  if (!byScenario) {
    byScenario = new WeakMap();
    cache.set(plan, byScenario);
  }
  if (!byScenario.has(scenario)) byScenario.set(scenario, analysis);
}

export type AnalysisView = {
  plan: Plan;
  scenario: Scenario;
  analysis: Analysis;
  /**
   * `settled` only: what is shown is still an earlier plan's or scenario's (another client file
   * just opened, or typing in progress); the current one follows once it settles.
   */
  pending?: boolean;
};

/**
 * The valid plan, the selected scenario and their baseline and stressed runs.
 * `deferred`: a secondary panel follows a moment later in a background render, so an edit
 * redraws the cash chart first (edit → chart budget, issue 3). `settled`: it follows only once
 * the plan stops changing (useSettled), for panels too heavy to redraw on every keystroke.
 */
export function useQuickAnalysis(
  options: { deferred?: boolean; settled?: boolean } = {},
): AnalysisView {
  const livePlan = useStore((s) => s.valid.plan);
  const liveScenario = useScenario();
  const deferredPlan = useDeferredValue(livePlan);
  const deferredScenario = useDeferredValue(liveScenario);
  const settledPlan = useSettled(livePlan);
  const settledScenario = useSettled(liveScenario);
  const plan = options.settled ? settledPlan : options.deferred ? deferredPlan : livePlan;
  const scenario = options.settled
    ? settledScenario
    : options.deferred
      ? deferredScenario
      : liveScenario;
  const analysis = useMemo(() => analysisOf(plan, scenario), [plan, scenario]);
  if (!options.settled) return { plan, scenario, analysis };
  return { plan, scenario, analysis, pending: plan !== livePlan || scenario !== liveScenario };
}

export type ReverseStressView = {
  /** Null until the first answer arrives. */
  metrics: ReverseStressMetrics | null;
  /** The metrics shown belong to an earlier plan or scenario; fresh ones are on their way. */
  stale: boolean;
};

/**
 * The reverse-stress metrics (break-even outage, deepest survivable cut) of the current plan and
 * scenario, worked out in a Worker: about twenty simulations that would otherwise block the
 * first screen and every edit.
 */
export function useReverseStress(): ReverseStressView {
  const plan = useStore((s) => s.valid.plan);
  const scenario = useScenario();
  const { value, stale } = usePlanTask(reverseStressTask, plan, scenario);
  return { metrics: value, stale };
}

/**
 * The current runs with the reverse-stress metrics filled in (from the latest answer, possibly
 * one edit older): what a panel shows that needs both at once. `reverse.metrics === null` means
 * the search has not answered yet, so those two metrics are unknown, not "none".
 */
export function useAnalysis(): {
  analysis: Analysis;
  scenario: Scenario;
  reverse: ReverseStressView;
} {
  const quick = useQuickAnalysis();
  const reverse = useReverseStress();
  const analysis = useMemo((): Analysis => {
    if (!reverse.metrics) return quick.analysis;
    const stressed = {
      ...quick.analysis.stressed,
      metrics: { ...quick.analysis.stressed.metrics, ...reverse.metrics },
    };
    return { ...quick.analysis, stressed };
  }, [quick.analysis, reverse.metrics]);
  return { analysis, scenario: quick.scenario, reverse };
}
