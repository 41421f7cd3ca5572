/**
 * Property: cash is conserved to the fen on every day of every valid plan, with and without a
 * scenario (testProjection.ts `conservationBreak` says which identity failed, and where).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { conservationBreak } from './testProjection';
import { params, SEED } from './testPropertyRuns';
import { arbPlanAndScenario } from './testRandomScenarios';

/** Everything the plan file allows: every source kind, price, repayment, fee; every shock type. */
const planAndScenario = arbPlanAndScenario();

describe('engine properties: conservation', () => {
  it('cash is conserved to the fen every day (baseline and stressed)', () => {
    fc.assert(
      fc.property(planAndScenario, ({ plan, scenario: s }) => {
        expect(conservationBreak(simulate(plan))).toBeNull();
        expect(conservationBreak(simulate(plan, s))).toBeNull();
      }),
      params(SEED),
    );
  });
});
