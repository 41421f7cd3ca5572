/**
 * Property: draws actually close the gap. A shortfall is left only when no usable source has
 * headroom worth drawing, replaying first the counterexamples that once broke it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { account, credit, outflow, planWith, scenario, yuan } from './testPlans';
import { describeCase, params, SEED } from './testPropertyRuns';
import { arbPlanAndScenario } from './testRandomScenarios';

/** Everything the plan file allows: every source kind, price, repayment, fee; every shock type. */
const planAndScenario = arbPlanAndScenario();

// Counterexamples these properties found in earlier engine versions, replayed before the random cases.

/** A ¥2,000 bill paid by a credit-card cash advance at 1 % (min ¥10): fixed (the fee is grossed up). */
const cardPlan = planWith({
  cashFlows: [outflow('bill', yuan(2_000), { type: 'once', date: '2026-03-01' })],
  fundingSources: [
    credit('card', 'credit_card', yuan(20_000), {
      price: { type: 'daily', rate: 0.0005 },
      drawFeeRate: 0.01,
      drawFeeMin: yuan(10),
    }),
  ],
});

/** Buffer ¥1,000; the ¥5,000 in the bank locked on days 0–2; Jiebei unused: fixed (draws land where they can be spent). */
const lockedBankWithCredit = planWith({
  minCashBuffer: yuan(1_000),
  cashAccounts: [account('bank', yuan(5_000)), account('wechat', 0, 'tencent')],
  fundingSources: [credit('j', 'jiebei', yuan(10_000))],
});
const bankOutage3 = scenario({
  type: 'outage',
  target: { type: 'group', group: 'bank' },
  startDay: 0,
  durationDays: 3,
});

describe('engine properties: draws close the gap', () => {
  it('no shortfall is left while a usable source still has headroom worth drawing', () => {
    // A shortfall after the draws means every non-Huabei source was empty, down, not yet
    // arranged, or too small to pay its own minimum fee.
    fc.assert(
      fc.property(planAndScenario, ({ plan, scenario: s }) => {
        const run = simulate(plan, s);
        for (let d = 0; d < run.days; d++) {
          if (run.shortfall[d]! <= 0) continue;
          plan.fundingSources.forEach((src, i) => {
            if (src.kind === 'huabei') return;
            const room = run.sources[i]!.headroom[d]!;
            const rate = src.drawFeeRate ?? 0;
            const min = src.drawFeeMin ?? 0;
            const fee = rate > 0 || min > 0 ? Math.max(Math.round(room * rate), min) : 0;
            expect(
              room - fee,
              `${describeCase(plan, s)}\nday ${d}: short ${run.shortfall[d]} fen while ${src.id} has ${room} fen of headroom`,
            ).toBeLessThanOrEqual(0);
          });
        }
      }),
      params(SEED + 7, [
        [{ plan: cardPlan, scenario: scenario() }],
        [{ plan: lockedBankWithCredit, scenario: bankOutage3 }],
      ]),
    );
  });
});
