import { useMemo } from 'react';
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
 * One analysis per (plan, scenario) for the whole page: every panel asks, the first computes.
 * Plans and scenarios are immutable values in the store, so identity is the right key.
 */
const cache = new WeakMap<Plan, WeakMap<Scenario, Analysis>>();
export function analysisOf(plan: Plan, scenario: Scenario): Analysis {
  let byScenario = cache.get(plan);
  if (!byScenario) {
    byScenario = new WeakMap();
    cache.set(plan, byScenario);
  }
  let result = byScenario.get(scenario);
  if (!result) {
    result = analyze(plan, scenario);
    byScenario.set(scenario, result);
  }
  return result;
}

/**
 * Baseline and stressed runs of the last valid plan under the selected scenario (or the one
 * given), recomputed only when either changes.
 */
export function useAnalysis(scenarioOverride?: Scenario): { analysis: Analysis; scenario: Scenario } {
  const plan = useStore((s) => s.valid.plan);
  const selected = useScenario();
  const scenario = scenarioOverride ?? selected;
  const analysis = useMemo(() => analysisOf(plan, scenario), [plan, scenario]);
  return { analysis, scenario };
}
