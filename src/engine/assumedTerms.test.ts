import { describe, expect, it } from 'vitest';
import { assumedTerms } from './assumedTerms';
import { account, credit, huabei, outflow, planWith, yuan } from './testPlans';

describe('assumedTerms', () => {
  const plan = planWith({
    cashAccounts: [account('bank', yuan(1_000)), account('alipay', yuan(1_000), 'ant')],
    cashFlows: [outflow('fabric', yuan(100), { type: 'daily' }, { platformGroup: 'ant' })],
    fundingSources: [
      huabei('huabei', yuan(10_000), {
        outstanding: [
          { principal: yuan(5_000), nextDueDate: '2026-03-10', remainingInstalments: 5 },
          {
            principal: yuan(1_200),
            nextDueDate: '2026-03-10',
            remainingInstalments: 4,
            planMonths: 12,
          },
        ],
      }),
      credit('card', 'credit_card', yuan(5_000), { repayment: 'revolving' }),
      credit('jiebei', 'jiebei', yuan(5_000), { penaltyMultiplier: 2 }),
    ],
  });

  it('lists who pays first, each payer named, and each default the engine fills in', () => {
    expect(assumedTerms(plan).map((t) => [t.term, t.path, t.value, t.stated, t.grade])).toEqual([
      ['paymentOrder', 'business.paymentOrder', 'bank_first', false, 'U'],
      ['outflowPayer', 'cashFlows[0].platformGroup', 'ant', true, 'U'],
      ['huabeiOverdueRate', 'fundingSources[0]', 0.0005, false, 'M'],
      // 5 left, no plan named: read as 6 months, at the published 4.5 % (the price quotes 12).
      ['huabeiPlanMonths', 'fundingSources[0].outstanding[0].planMonths', 6, false, 'U'],
      ['huabeiInstalmentFee', 'fundingSources[0].outstanding[0].planMonths', 0.045, false, 'M'],
      // A named 12-month plan uses the source's own 12-month quote: nothing assumed.
      ['penaltyMultiplier', 'fundingSources[1].penaltyMultiplier', 1.5, false, 'U'],
      ['interestDay', 'fundingSources[1].interestDay', 20, false, 'U'],
      // Jiebei states its multiplier and is not revolving: nothing assumed.
    ]);
  });

  it('reports a stated payment order as stated', () => {
    const stated = {
      ...plan,
      business: { ...plan.business, paymentOrder: 'platforms_first' as const },
    };
    expect(assumedTerms(stated)[0]).toMatchObject({ value: 'platforms_first', stated: true });
  });
});
