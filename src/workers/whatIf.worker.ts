/// <reference lib="webworker" />
import { analyzeRuns } from '../engine/analyzeRuns';
import type { Plan, Scenario } from '../engine/model';

/**
 * A suggestion being tried out: the baseline and stressed runs of the plan with the suggestion
 * applied (a what-if copy, built on the main thread), off the main thread like every other
 * engine call the page makes.
 */
export type WhatIfRequest = { id: number; plan: Plan; scenario: Scenario };

self.onmessage = (event: MessageEvent<WhatIfRequest>) => {
  const { id, plan, scenario } = event.data;
  self.postMessage({ id, analysis: analyzeRuns(plan, scenario) });
};
