import type { Plan, Scenario } from './model';
import { createAccumulator, prepareMonteCarlo, runPaths } from './monteCarlo';
import type { MonteCarloAssumptions } from './monteCarloAssumptions';
import { summarize, type MonteCarloSummary } from './monteCarloSummary';

/** Paths per batch where a caller does not choose: small enough to report progress often. */
export const DEFAULT_BATCH = 500;

/**
 * The last run's cash memory, kept for the next as a Worker keeps its own (`createAccumulator`):
 * fresh memory costs a page fault per 4 KB on first touch, a sixth of a run or more here. Only
 * the summary leaves a run, never this memory.
 */
let spare: Float64Array | undefined;

/**
 * The whole Monte Carlo in one call (Node, CLI, tests): the same batches the Worker runs.
 * @example runMonteCarlo(plan, freeze, defaultAssumptions(), { paths: 10_000, seed: 42 }).shortfallShare
 */
export function runMonteCarlo(
  plan: Plan,
  scenario: Scenario,
  assumptions: MonteCarloAssumptions,
  options: { paths: number; seed: number; batch?: number },
): MonteCarloSummary {
  const setup = prepareMonteCarlo(plan, scenario, assumptions, options);
  const acc = createAccumulator(setup.paths, setup.days, 0, spare);
  spare = acc.cash.length >= (spare?.length ?? 0) ? acc.cash : spare;
  const batch = Math.max(1, options.batch ?? DEFAULT_BATCH);
  for (let from = 0; from < setup.paths; from += batch) runPaths(setup, from, from + batch, acc);
  return summarize(acc);
}
