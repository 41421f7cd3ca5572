import { useMemo } from 'react';
import { analyze, type Analysis } from '../engine/analyze';
import type { Scenario } from '../engine/model';
import { scenarioById } from './scenarioSlice';
import { useStore } from './store';

/** The scenario selected, resolved against the plan's saved scenarios. */
export function useScenario(): Scenario {
  const id = useStore((s) => s.scenarioId);
  const custom = useStore((s) => s.valid.scenarios);
  return useMemo(() => scenarioById(id, custom), [id, custom]);
}

/**
 * Baseline and stressed runs of the last valid plan under the selected scenario. Recomputed on
 * every change of either (a few milliseconds; see `npm run bench`), never on unrelated renders.
 */
export function useAnalysis(scenarioOverride?: Scenario): { analysis: Analysis; scenario: Scenario } {
  const plan = useStore((s) => s.valid.plan);
  const selected = useScenario();
  const scenario = scenarioOverride ?? selected;
  const analysis = useMemo(() => analyze(plan, scenario), [plan, scenario]);
  return { analysis, scenario };
}
