/// <reference lib="webworker" />
import { reverseStressMetrics } from '../engine/analyze';
import type { Plan, Scenario } from '../engine/model';

/**
 * The reverse-stress searches (about twenty simulations) off the main thread, so neither the
 * first screen nor an edit waits for them. Same engine, same answer as in Node.
 */
export type ReverseStressRequest = { id: number; plan: Plan; scenario: Scenario };

self.onmessage = (event: MessageEvent<ReverseStressRequest>) => {
  const { id, plan, scenario } = event.data;
  self.postMessage({ id, metrics: reverseStressMetrics(plan, scenario) });
};
