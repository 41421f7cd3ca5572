/// <reference lib="webworker" />
import type { Plan, Scenario } from '../engine/model';
import { stressMap, type StressMapRequest } from '../engine/stressBoundary';

/**
 * The reverse-stress map off the main thread: the default grid is about 200 runs of the engine
 * (~90 ms), too long to block typing or scrolling. Same engine, same result as in Node.
 */
export type GridRequest = { id: number; plan: Plan; scenario: Scenario; request: StressMapRequest };

self.onmessage = (event: MessageEvent<GridRequest>) => {
  const { id, plan, scenario, request } = event.data;
  self.postMessage({ id, map: stressMap(plan, scenario, request) });
};
