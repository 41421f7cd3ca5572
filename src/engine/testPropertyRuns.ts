/**
 * How the engine's property tests run (properties.*.test.ts): fast-check over arbitrary small
 * valid plans and scenarios (testRandomPlans.ts, testRandomScenarios.ts), with fixed seeds so a
 * failure reproduces, each property on its own seed.
 *
 * `FUNDGAP_PROP_RUNS=5000 FUNDGAP_PROP_SEED=1 npx vitest run src/engine/properties` explores deeper.
 * Test-only: nothing in the app imports this file.
 */
import type { Plan, Scenario } from './model';

export const RUNS = Number(process.env.FUNDGAP_PROP_RUNS ?? 200);
export const SEED = Number(process.env.FUNDGAP_PROP_SEED ?? 20_260_301);
export const params = <T>(seed: number, examples: T[] = []) => ({
  seed,
  numRuns: RUNS,
  examples,
});

/** The failing case, whole, to paste back as an example. */
export const describeCase = (plan: Plan, s: Scenario) => JSON.stringify({ plan, scenario: s });
