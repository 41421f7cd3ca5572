import type { Advice } from '../../engine/advice';
import type { Plan, Scenario } from '../../engine/model';
import { planTask, usePlanTask } from '../../state/planTask';
import { useQuickAnalysis, type AnalysisView } from '../../state/useAnalysis';

/**
 * The advisor runs about a hundred simulations (100–300 ms): never on the render path. It runs
 * in a Web Worker (where there are none, as in jsdom, here after a macrotask), one result per
 * (plan, scenario), shared by the advice panel, the contingency plan and the report.
 */
const adviceTask = planTask<Advice>({
  createWorker: () =>
    new Worker(new URL('../../workers/advice.worker.ts', import.meta.url), { type: 'module' }),
  read: (reply) => reply.advice as Advice,
  fallback: async (plan, scenario) => (await import('../../engine/advice')).advise(plan, scenario),
});

export function adviceLater(plan: Plan, scenario: Scenario): Promise<Advice> {
  return adviceTask.later(plan, scenario);
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
  const { value, stale } = usePlanTask(adviceTask, view.plan, view.scenario);
  return { ...view, advice: value, stale };
}
