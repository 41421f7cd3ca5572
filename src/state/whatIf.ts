import { useEffect, useState } from 'react';
import type * as AdviceModule from '../engine/advice';
import type { Suggestion } from '../engine/advice';
import type { Analysis } from '../engine/analyzeRuns';
import type { Plan, Scenario } from '../engine/model';
import { planTask } from './planTask';
import { useStore } from './store';
import { analysisOf } from './useAnalysis';

/**
 * The analysis of the plan with the suggestion being tried out ("试算"), for the cash chart's
 * what-if line. The plan itself is untouched: the suggestion is applied to a copy, one copy per
 * (plan, suggestion) so the task's cache can key on it, and its runs come from a Worker through
 * `planTask`, like every other engine call the page makes.
 */
export const whatIfTask = planTask<Analysis>({
  createWorker: () =>
    new Worker(new URL('../workers/whatIf.worker.ts', import.meta.url), { type: 'module' }),
  read: (reply) => reply.analysis as Analysis,
  fallback: async (plan, scenario) => analysisOf(plan, scenario),
});

// The advisor's code loads on the first try-out, so it stays out of the first screen.
let advice: typeof AdviceModule | null = null;
const triedPlans = new WeakMap<Plan, WeakMap<Suggestion, Plan>>();

/** The plan with `suggestion` applied, the same object for the same pair (null until loaded). */
export function triedPlanOf(plan: Plan, suggestion: Suggestion): Plan | null {
  if (!advice) return null;
  let bySuggestion = triedPlans.get(plan);
  if (!bySuggestion) {
    bySuggestion = new WeakMap();
    triedPlans.set(plan, bySuggestion);
  }
  let tried = bySuggestion.get(suggestion);
  if (!tried) {
    tried = advice.applySuggestion(plan, suggestion);
    bySuggestion.set(suggestion, tried);
  }
  return tried;
}

type Shown = { tried: Plan; scenario: Scenario; analysis: Analysis };

/**
 * The what-if analysis for the current plan, scenario and tried suggestion; null when nothing is
 * being tried or its answer for exactly this plan and scenario is not in yet (an old answer is
 * never shown against a new plan).
 */
export function useWhatIf(plan: Plan, scenario: Scenario): Analysis | null {
  const tryOut = useStore((s) => s.tryOut);
  const [loaded, setLoaded] = useState(advice !== null);
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    if (!tryOut || loaded) return;
    let live = true;
    void import('../engine/advice').then((m) => {
      advice = m;
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [tryOut, loaded]);

  const tried = tryOut && loaded ? triedPlanOf(plan, tryOut) : null;
  const fresh = tried ? whatIfTask.cached(tried, scenario) : undefined;

  useEffect(() => {
    if (!tried || fresh !== undefined) return;
    let live = true;
    void whatIfTask.later(tried, scenario).then((analysis) => {
      if (live) setShown({ tried, scenario, analysis });
    });
    return () => {
      live = false;
    };
  }, [tried, scenario, fresh]);

  if (!tried) return null;
  if (fresh !== undefined) return fresh;
  return shown && shown.tried === tried && shown.scenario === scenario ? shown.analysis : null;
}
