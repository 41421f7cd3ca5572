import type { Plan, Scenario } from './model';
import {
  createAccumulator,
  prepareMonteCarlo,
  runPaths,
  type MonteCarloAccumulator,
  type MonteCarloSetup,
} from './monteCarlo';
import type { MonteCarloAssumptions } from './monteCarloAssumptions';
import { summarize, type MonteCarloSummary } from './monteCarloSummary';

/**
 * A Monte Carlo run that advances one batch at a time, for callers that must stay responsive
 * (a Worker checking for "cancel", a page without workers). Same numbers as `runMonteCarlo`.
 */
export type MonteCarloJob = {
  readonly total: number;
  readonly done: number;
  /** Run the next batch; false once every path has run. */
  step: () => boolean;
  result: () => MonteCarloSummary;
};

export type MonteCarloRequest = {
  plan: Plan;
  scenario: Scenario;
  assumptions: MonteCarloAssumptions;
  paths: number;
  seed: number;
  batch: number;
};

export function monteCarloJob(r: MonteCarloRequest): MonteCarloJob {
  const setup: MonteCarloSetup = prepareMonteCarlo(r.plan, r.scenario, r.assumptions, r);
  const acc: MonteCarloAccumulator = createAccumulator(setup.paths, setup.days);
  const batch = Math.max(1, Math.floor(r.batch));
  let next = 0;
  return {
    total: setup.paths,
    get done() {
      return next;
    },
    step() {
      if (next >= setup.paths) return false;
      const to = Math.min(setup.paths, next + batch);
      runPaths(setup, next, to, acc);
      next = to;
      return next < setup.paths;
    },
    result: () => summarize(acc),
  };
}
