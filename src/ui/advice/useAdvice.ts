import { useEffect, useState } from 'react';
import { advise, type Advice } from '../../engine/advice';
import type { Plan, Scenario } from '../../engine/model';
import { useQuickAnalysis, type AnalysisView } from '../../state/useAnalysis';

/**
 * The advisor runs about a hundred simulations (100–300 ms): never on the render path. One
 * result per (plan, scenario), shared by the advice panel and the contingency plan; the store
 * keeps both objects stable until they change.
 */
const cache = new WeakMap<Plan, WeakMap<Scenario, Advice>>();

export function cachedAdvice(plan: Plan, scenario: Scenario): Advice | undefined {
  return cache.get(plan)?.get(scenario);
}

export function adviceOf(plan: Plan, scenario: Scenario): Advice {
  let byScenario = cache.get(plan);
  if (!byScenario) {
    byScenario = new WeakMap();
    cache.set(plan, byScenario);
  }
  let advice = byScenario.get(scenario);
  if (!advice) {
    advice = advise(plan, scenario);
    byScenario.set(scenario, advice);
  }
  return advice;
}

export type AdviceView = AnalysisView & {
  /** Null until the first result is ready. */
  advice: Advice | null;
  /** The advice shown belongs to an earlier plan or scenario; a fresh one is on its way. */
  stale: boolean;
};

/**
 * The advice for the current plan and scenario, computed after paint. While a new result is
 * worked out the previous one stays on screen (marked stale) so nothing jumps on each edit.
 */
export function useAdvice(): AdviceView {
  const view = useQuickAnalysis({ deferred: true });
  const { plan, scenario } = view;
  const [shown, setShown] = useState<Advice | null>(null);
  const fresh = cachedAdvice(plan, scenario);

  useEffect(() => {
    // A macrotask, so the browser paints the "working out" state first (instant when cached).
    const id = setTimeout(() => setShown(adviceOf(plan, scenario)), 0);
    return () => clearTimeout(id);
  }, [plan, scenario]);

  const advice = fresh ?? shown;
  return { ...view, advice, stale: advice !== null && fresh === undefined };
}
