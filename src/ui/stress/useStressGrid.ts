import { useEffect, useState } from 'react';
import type { Plan, Scenario } from '../../engine/model';
import type { StressMap, StressMapRequest } from '../../engine/stressBoundary';

/**
 * The reverse-stress map worked out in a Web Worker (about 200 simulations), so the page stays
 * responsive. There is no same-thread fallback: it would pull the grid search into this chunk and
 * its imports into the first screen's bundle (over budget), and every supported browser has
 * module workers; without one the panel says so.
 * Answers are cached per (plan, scenario, request) while the plan and scenario objects live.
 */
let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (map: StressMap) => void>();
const cache = new WeakMap<Plan, WeakMap<Scenario, Map<string, Promise<StressMap>>>>();

function gridWorker(): Worker | null {
  if (worker === undefined) {
    try {
      worker =
        typeof Worker === 'undefined'
          ? null
          : new Worker(new URL('../../workers/grid.worker.ts', import.meta.url), {
              type: 'module',
            });
      worker?.addEventListener('message', (event: MessageEvent<{ id: number; map: StressMap }>) => {
        waiting.get(event.data.id)?.(event.data.map);
        waiting.delete(event.data.id);
      });
    } catch {
      worker = null;
    }
  }
  return worker;
}

export function stressMapLater(
  plan: Plan,
  scenario: Scenario,
  request: StressMapRequest,
): Promise<StressMap> | null {
  const key = JSON.stringify(request);
  let byScenario = cache.get(plan);
  if (!byScenario) {
    byScenario = new WeakMap();
    cache.set(plan, byScenario);
  }
  let byRequest = byScenario.get(scenario);
  if (!byRequest) {
    byRequest = new Map();
    byScenario.set(scenario, byRequest);
  }
  const known = byRequest.get(key);
  if (known) return known;
  const w = gridWorker();
  if (!w) return null;
  const promise = new Promise<StressMap>((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    w.postMessage({ id, plan, scenario, request });
  });
  byRequest.set(key, promise);
  return promise;
}

export type StressGridView = {
  /** Null until the first map is ready. */
  map: StressMap | null;
  /** The map shown belongs to earlier inputs; a fresh one is on its way. */
  stale: boolean;
  /** This browser cannot run Web Workers, so no map will come. */
  unavailable: boolean;
};

/** The map for these inputs; the previous one stays on screen (marked stale) while it is worked out. */
export function useStressGrid(
  plan: Plan,
  scenario: Scenario,
  request: StressMapRequest,
): StressGridView {
  const key = JSON.stringify(request);
  const [shown, setShown] = useState<{
    map: StressMap;
    plan: Plan;
    scenario: Scenario;
    key: string;
  } | null>(null);

  useEffect(() => {
    let current = true;
    void stressMapLater(plan, scenario, JSON.parse(key) as StressMapRequest)?.then((map) => {
      if (current) setShown({ map, plan, scenario, key });
    });
    return () => {
      current = false;
    };
  }, [plan, scenario, key]);

  const fresh =
    shown !== null && shown.plan === plan && shown.scenario === scenario && shown.key === key;
  return {
    map: shown?.map ?? null,
    stale: shown !== null && !fresh,
    unavailable: gridWorker() === null,
  };
}
