/**
 * Properties: clean, repeatable numbers. Every column is a whole number of fen and every metric
 * finite, a scenario without shocks is the baseline to the fen, and simulate is deterministic
 * and leaves its inputs alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMetrics } from './metrics';
import { simulate } from './simulate';
import { columnsOf } from './testProjection';
import { params, RUNS, SEED } from './testPropertyRuns';
import { arbPlan } from './testRandomPlans';
import { arbPlanAndScenario } from './testRandomScenarios';

/** Everything the plan file allows: every source kind, price, repayment, fee; every shock type. */
const planArb = arbPlan();
const planAndScenario = arbPlanAndScenario();

describe('engine properties: clean, repeatable numbers', () => {
  it('every column is a finite integer (fen); every metric is finite or null', () => {
    fc.assert(
      fc.property(planAndScenario, ({ plan, scenario: s }) => {
        const base = simulate(plan);
        const run = simulate(plan, s);
        for (const r of [base, run]) {
          for (const [name, col] of columnsOf(r)) {
            for (let d = 0; d < col.length; d++) {
              if (!Number.isSafeInteger(col[d])) throw new Error(`${name}[${d}] = ${col[d]}`);
            }
          }
        }
        for (const m of [runMetrics(plan, null, base, base), runMetrics(plan, s, run, base)]) {
          for (const [key, value] of Object.entries(m)) {
            if (typeof value === 'number' && !Number.isFinite(value))
              throw new Error(`metric ${key} = ${value}`);
          }
        }
      }),
      params(SEED + 1),
    );
  });

  it('a scenario without shocks gives exactly the baseline', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const base = simulate(plan);
        const same = simulate(plan, { id: 'none', name: 'No shocks', shocks: [] });
        expect(same.firstShockDay).toBeNull();
        const a = columnsOf(base);
        const b = columnsOf(same);
        expect(b.map(([n]) => n)).toEqual(a.map(([n]) => n));
        a.forEach(([name, col], i) => expect(Array.from(b[i]![1]), name).toEqual(Array.from(col)));
      }),
      params(SEED + 2),
    );
  });

  it('simulate is deterministic and does not mutate its inputs', () => {
    fc.assert(
      fc.property(planAndScenario, ({ plan, scenario: s }) => {
        const before = JSON.stringify({ plan, s });
        const a = simulate(plan, s);
        const b = simulate(structuredClone(plan), structuredClone(s));
        expect(JSON.stringify({ plan, s })).toBe(before);
        expect(Array.from(b.cash)).toEqual(Array.from(a.cash));
        expect(Array.from(b.shortfall)).toEqual(Array.from(a.shortfall));
      }),
      { seed: SEED + 3, numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
