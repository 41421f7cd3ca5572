import { useEffect, useState } from 'react';
import type { Plan, Scenario } from '../engine/model';

/**
 * A heavy engine call per (plan, scenario), run in a Web Worker so the page stays responsive,
 * cached while the store keeps both objects alive, with concurrent requests sharing one answer.
 * Where there are no workers (jsdom) `fallback` computes it after a macrotask.
 */
export type PlanTask<V> = {
  cached: (plan: Plan, scenario: Scenario) => V | undefined;
  /** Store a result already known (e.g. computed at build time for the first screen). */
  seed: (plan: Plan, scenario: Scenario, value: V) => V;
  later: (plan: Plan, scenario: Scenario) => Promise<V>;
};

type Pairs<T> = WeakMap<Plan, WeakMap<Scenario, T>>;

function put<T>(map: Pairs<T>, plan: Plan, scenario: Scenario, value: T): T {
  let byScenario = map.get(plan);
  if (!byScenario) {
    byScenario = new WeakMap();
    map.set(plan, byScenario);
  }
  byScenario.set(scenario, value);
  return value;
}

export function planTask<V>(options: {
  /** `new Worker(new URL('…', import.meta.url), { type: 'module' })`, written out where Vite sees it. */
  createWorker: () => Worker;
  /** The worker replies `{ id, ...reply }`; this turns the reply into the value. */
  read: (reply: Record<string, unknown>) => V;
  fallback: (plan: Plan, scenario: Scenario) => Promise<V>;
}): PlanTask<V> {
  const results: Pairs<V> = new WeakMap();
  const inFlight: Pairs<Promise<V>> = new WeakMap();
  const waiting = new Map<number, (reply: Record<string, unknown>) => void>();
  let worker: Worker | null | undefined;
  let nextId = 0;

  const getWorker = (): Worker | null => {
    if (worker === undefined) {
      try {
        worker = typeof Worker === 'undefined' ? null : options.createWorker();
        worker?.addEventListener(
          'message',
          (event: MessageEvent<{ id: number } & Record<string, unknown>>) => {
            waiting.get(event.data.id)?.(event.data);
            waiting.delete(event.data.id);
          },
        );
      } catch {
        worker = null;
      }
    }
    return worker;
  };

  const cached = (plan: Plan, scenario: Scenario) => results.get(plan)?.get(scenario);
  const seed = (plan: Plan, scenario: Scenario, value: V) => put(results, plan, scenario, value);

  const later = (plan: Plan, scenario: Scenario): Promise<V> => {
    const known = cached(plan, scenario);
    if (known !== undefined) return Promise.resolve(known);
    const pending = inFlight.get(plan)?.get(scenario);
    if (pending) return pending;
    const w = getWorker();
    const promise = w
      ? new Promise<V>((resolve) => {
          const id = nextId++;
          waiting.set(id, (reply) => resolve(seed(plan, scenario, options.read(reply))));
          w.postMessage({ id, plan, scenario });
        })
      : new Promise<V>((resolve) => setTimeout(resolve, 0))
          .then(() => options.fallback(plan, scenario))
          .then((v) => seed(plan, scenario, v));
    return put(inFlight, plan, scenario, promise);
  };

  return { cached, seed, later };
}

/**
 * A task's result for the current plan and scenario. While a new one is worked out the previous
 * result stays on screen, marked `stale`, so nothing jumps on each edit; `value` is null only
 * before the first result.
 */
export function usePlanTask<V>(
  task: PlanTask<V>,
  plan: Plan,
  scenario: Scenario,
): { value: V | null; stale: boolean } {
  const [shown, setShown] = useState<V | null>(null);
  const fresh = task.cached(plan, scenario);

  useEffect(() => {
    if (fresh !== undefined) return;
    let current = true;
    void task.later(plan, scenario).then((value) => {
      if (current) setShown(() => value);
    });
    return () => {
      current = false;
    };
  }, [task, plan, scenario, fresh]);

  const value = fresh ?? shown;
  return { value, stale: value !== null && fresh === undefined };
}
