import { useDeferredValue, useMemo } from 'react';
import { analyze, type Analysis } from '../engine/analyze';
import type { Plan, Scenario } from '../engine/model';
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
 * until they change, so every panel shares one run of the engine. `quick` skips the
 * reverse-stress search (two runs instead of about twenty).
 */
const caches = {
  quick: new WeakMap<Plan, WeakMap<Scenario, Analysis>>(),
  full: new WeakMap<Plan, WeakMap<Scenario, Analysis>>(),
};

export function analysisOf(plan: Plan, scenario: Scenario, kind: 'quick' | 'full' = 'full'): Analysis {
  let byScenario = caches[kind].get(plan);
  if (!byScenario) {
    byScenario = new WeakMap();
    caches[kind].set(plan, byScenario);
  }
  let analysis = byScenario.get(scenario);
  if (!analysis) {
    // A full analysis is a superset of a quick one, so it can serve quick readers too.
    analysis =
      kind === 'quick'
        ? (caches.full.get(plan)?.get(scenario) ?? analyze(plan, scenario, { reverseStress: false }))
        : analyze(plan, scenario);
    byScenario.set(scenario, analysis);
  }
  return analysis;
}

export type AnalysisView = { plan: Plan; scenario: Scenario; analysis: Analysis };

/**
 * The valid plan, the selected scenario and their analysis without the reverse-stress search.
 * `deferred`: a secondary panel follows a moment later in a background render, so an edit
 * redraws the cash chart first (edit → chart budget, issue 3).
 */
export function useQuickAnalysis(options: { deferred?: boolean } = {}): AnalysisView {
  const livePlan = useStore((s) => s.valid.plan);
  const liveScenario = useScenario();
  const deferredPlan = useDeferredValue(livePlan);
  const deferredScenario = useDeferredValue(liveScenario);
  const plan = options.deferred ? deferredPlan : livePlan;
  const scenario = options.deferred ? deferredScenario : liveScenario;
  const analysis = useMemo(() => analysisOf(plan, scenario, 'quick'), [plan, scenario]);
  return { plan, scenario, analysis };
}

/**
 * The full analysis (with the reverse-stress search), computed in a deferred render so an edit
 * redraws the charts first. `stale` is true while the result shown belongs to the previous input.
 */
export function useDeferredFullAnalysis(): AnalysisView & { stale: boolean } {
  const plan = useStore((s) => s.valid.plan);
  const scenario = useScenario();
  const deferredPlan = useDeferredValue(plan);
  const deferredScenario = useDeferredValue(scenario);
  const analysis = useMemo(() => analysisOf(deferredPlan, deferredScenario, 'full'), [deferredPlan, deferredScenario]);
  const stale = deferredPlan !== plan || deferredScenario !== scenario;
  return { plan: deferredPlan, scenario: deferredScenario, analysis, stale };
}

/**
 * The quick analysis with the reverse-stress metrics filled in from the (possibly one edit
 * older) full analysis: what a panel shows that needs both at once.
 */
export function useAnalysis(): { analysis: Analysis; scenario: Scenario; reverseStale: boolean } {
  const quick = useQuickAnalysis();
  const full = useDeferredFullAnalysis();
  const analysis = useMemo((): Analysis => {
    if (full.analysis === quick.analysis) return quick.analysis;
    const { breakEvenOutageDays, maxSurvivableLimitCut } = full.analysis.stressed.metrics;
    return {
      ...quick.analysis,
      stressed: {
        ...quick.analysis.stressed,
        metrics: { ...quick.analysis.stressed.metrics, breakEvenOutageDays, maxSurvivableLimitCut },
      },
    };
  }, [quick.analysis, full.analysis]);
  return { analysis, scenario: quick.scenario, reverseStale: full.stale };
}
