/// <reference lib="webworker" />
import { advise } from '../engine/advice';
import type { Plan, Scenario } from '../engine/model';

/**
 * The advisor off the main thread: it runs about a hundred simulations (100–300 ms), which
 * would otherwise block typing and scrolling. Same engine, same result as in Node.
 */
export type AdviceRequest = { id: number; plan: Plan; scenario: Scenario };

self.onmessage = (event: MessageEvent<AdviceRequest>) => {
  const { id, plan, scenario } = event.data;
  self.postMessage({ id, advice: advise(plan, scenario) });
};
