/**
 * Property: a run reset for scenario after scenario (`resetRun`, as the Monte Carlo reuses one
 * for all its paths) computes exactly what a fresh `simulate` does: whatever the earlier
 * scenarios drew, charged, recalled or left overdue, nothing of it leaks into the next.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan, Scenario } from '../model';
import { simulate, simulationScratch, type Projection } from '../simulate';
import { params, SEED } from '../testPropertyRuns';
import { arbPlan } from '../testRandomPlans';
import { arbScenario } from '../testRandomScenarios';
import { runDays } from './days';
import { openRun, resetRun } from './run';

const planAndScenarios = arbPlan().chain((plan) =>
  fc
    .array(arbScenario(plan), { minLength: 2, maxLength: 4 })
    .map((scenarios) => ({ plan, scenarios })),
);

/** Every column as plain numbers (the reused run's columns alias memory the next run overwrites). */
function columns(p: Projection): unknown {
  const { sources, ...rest } = p;
  const plain = (x: unknown) => (x instanceof Float64Array ? Array.from(x) : x);
  return {
    ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, plain(v)])),
    sources: sources.map((s) =>
      Object.fromEntries(Object.entries(s).map(([k, v]) => [k, plain(v)])),
    ),
  };
}

function agree(plan: Plan, scenarios: Scenario[], sourceSeries: boolean): void {
  const run = openRun(plan, sourceSeries, simulationScratch(plan, sourceSeries));
  for (const scenario of scenarios) {
    const reused = columns(runDays(resetRun(run, scenario)));
    expect(reused).toEqual(columns(simulate(plan, scenario, { sourceSeries })));
  }
}

/** What a Monte Carlo path reads: reachable cash and the shortfall. */
function agreeOnCash(plan: Plan, scenarios: Scenario[]): void {
  const run = openRun(plan, false, simulationScratch(plan, false), true);
  for (const scenario of scenarios) {
    const reused = runDays(resetRun(run, scenario));
    const fresh = simulate(plan, scenario, { sourceSeries: false });
    expect(Array.from(reused.accessibleCash)).toEqual(Array.from(fresh.accessibleCash));
    expect(Array.from(reused.shortfall)).toEqual(Array.from(fresh.shortfall));
  }
}

describe('a reused run', () => {
  it('gives every scenario the projection a fresh simulate gives (Monte Carlo columns)', () => {
    fc.assert(
      fc.property(planAndScenarios, ({ plan, scenarios }) => agree(plan, scenarios, false)),
      params(SEED + 41),
    );
  });

  it('recording only reachable cash and the shortfall, records them as simulate does', () => {
    fc.assert(
      fc.property(planAndScenarios, ({ plan, scenarios }) => agreeOnCash(plan, scenarios)),
      params(SEED + 43),
    );
  });

  it('and with every source series', () => {
    fc.assert(
      fc.property(planAndScenarios, ({ plan, scenarios }) => agree(plan, scenarios, true)),
      params(SEED + 42),
    );
  });
});
