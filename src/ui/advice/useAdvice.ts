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

function remember(plan: Plan, scenario: Scenario, advice: Advice): Advice {
  let byScenario = cache.get(plan);
  if (!byScenario) {
    byScenario = new WeakMap();
    cache.set(plan, byScenario);
  }
  byScenario.set(scenario, advice);
  return advice;
}

export function adviceOf(plan: Plan, scenario: Scenario): Advice {
  return cachedAdvice(plan, scenario) ?? remember(plan, scenario, advise(plan, scenario));
}

/**
 * The advice worked out in a Web Worker, so the page stays responsive; where there are no
 * workers (tests in jsdom) it runs here after a macrotask. Requests for the same plan and
 * scenario share one answer.
 */
let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (advice: Advice) => void>();
const inFlight = new WeakMap<Plan, WeakMap<Scenario, Promise<Advice>>>();

function adviceWorker(): Worker | null {
  if (worker === undefined) {
    try {
      worker =
        typeof Worker === 'undefined'
          ? null
          : new Worker(new URL('../../workers/advice.worker.ts', import.meta.url), { type: 'module' });
      worker?.addEventListener('message', (event: MessageEvent<{ id: number; advice: Advice }>) => {
        waiting.get(event.data.id)?.(event.data.advice);
        waiting.delete(event.data.id);
      });
    } catch {
      worker = null;
    }
  }
  return worker;
}

export function adviceLater(plan: Plan, scenario: Scenario): Promise<Advice> {
  const cached = cachedAdvice(plan, scenario);
  if (cached) return Promise.resolve(cached);
  const pending = inFlight.get(plan)?.get(scenario);
  if (pending) return pending;
  const w = adviceWorker();
  const promise = w
    ? new Promise<Advice>((resolve) => {
        const id = nextId++;
        waiting.set(id, (advice) => resolve(remember(plan, scenario, advice)));
        w.postMessage({ id, plan, scenario });
      })
    : new Promise<Advice>((resolve) => setTimeout(() => resolve(adviceOf(plan, scenario)), 0));
  let byScenario = inFlight.get(plan);
  if (!byScenario) {
    byScenario = new WeakMap();
    inFlight.set(plan, byScenario);
  }
  byScenario.set(scenario, promise);
  return promise;
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
    let current = true;
    void adviceLater(plan, scenario).then((advice) => {
      if (current) setShown(advice);
    });
    return () => {
      current = false;
    };
  }, [plan, scenario]);

  const advice = fresh ?? shown;
  return { ...view, advice, stale: advice !== null && fresh === undefined };
}
