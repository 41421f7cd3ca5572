/**
 * The projection's memory (columns.ts): sources get their own columns only once used, unused ones
 * share a zero column and show their limit as headroom, and a scratch lent by the Monte Carlo is
 * reused run after run. These properties catch a column shared where it must not be (a source
 * writing into another's, or into the zeros) and anything a lent scratch carries from one run
 * into the next.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, simulationScratch, type Projection } from '../simulate';
import { arbPlan } from '../testRandomPlans';
import { arbScenario } from '../testRandomScenarios';
import { columnsOf } from '../testProjection';

const RUNS = Number(process.env.FUNDGAP_PROP_RUNS ?? 100);
const SEED = Number(process.env.FUNDGAP_PROP_SEED ?? 20_261_206);

/** A plan and two scenarios on it: the first dirties a scratch, the second is compared. */
const planAndTwoScenarios = arbPlan().chain((plan) =>
  fc.tuple(arbScenario(plan), arbScenario(plan)).map(([first, second]) => ({
    plan,
    first,
    second,
  })),
);

const plain = (run: Projection) => columnsOf(run).map(([name, col]) => [name, Array.from(col)]);

describe('projection columns', () => {
  it('sources add up to the totals: no source writes into a column another reads', () => {
    fc.assert(
      fc.property(planAndTwoScenarios, ({ plan, second }) => {
        const run = simulate(plan, second);
        for (let d = 0; d < run.days; d++) {
          let draws = 0;
          let paid = 0;
          for (const s of run.sources) {
            draws += s.draws[d]!;
            paid += s.repayments[d]!;
            expect(s.headroom[d]).toBe(Math.max(0, s.limit[d]! - s.balance[d]!));
          }
          expect(draws).toBe(run.draws[d]);
          expect(paid).toBe(run.repayments[d]! + run.interest[d]!);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a lent scratch gives the figures of fresh memory, whatever ran in it before', () => {
    fc.assert(
      fc.property(planAndTwoScenarios, fc.boolean(), ({ plan, first, second }, series) => {
        const scratch = simulationScratch(plan, series);
        simulate(plan, first, { sourceSeries: series, scratch });
        const lent = simulate(plan, second, { sourceSeries: series, scratch });
        expect(plain(lent)).toEqual(plain(simulate(plan, second, { sourceSeries: series })));
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });
});
