/**
 * Who pays first (issue 15, item 6): the plan's payment order and an outflow's own account.
 * Money in fen; the plan starts 2026-03-01.
 */
import { describe, expect, it } from 'vitest';
import type { PaymentOrder, PlatformGroup } from './model';
import { simulate } from './simulate';
import { account, outflow, planWith, scenario, yuan } from './testPlans';
import { assertConserved, sum } from './testProjection';

// Bank ¥1,000 + Alipay ¥5,000; ¥500 of costs a day on days 0–9; Ant down on days 3–7.
const planOf = (payer?: PlatformGroup) =>
  planWith({
    cashAccounts: [account('bank', yuan(1_000)), account('alipay', yuan(5_000), 'ant')],
    cashFlows: [
      outflow(
        'costs',
        yuan(500),
        { type: 'daily' },
        { endDate: '2026-03-10', ...(payer === undefined ? {} : { platformGroup: payer }) },
      ),
    ],
  });
const withOrder = (order: PaymentOrder, payer?: PlatformGroup) => {
  const plan = planOf(payer);
  return { ...plan, business: { ...plan.business, paymentOrder: order } };
};
const antDown = scenario({
  type: 'outage',
  target: { type: 'group', group: 'ant' },
  startDay: 3,
  durationDays: 5,
});
const days = (col: Float64Array, from: number, to: number) => Array.from(col.slice(from, to));

describe('payment order', () => {
  it('bank first (the default): the bank pays days 0–1, Alipay day 2, then ¥5,000 of shortfall', () => {
    // Bank 1,000 → 500 → 0; day 2 Alipay 5,000 → 4,500; days 3–7 Alipay is locked and the bank
    // goes −500 … −2,500: short 500, 1,000, …, 2,500 = ¥7,500·days. Day 8: −2,500 + 4,500 − 500.
    for (const plan of [planOf(), withOrder('bank_first')]) {
      const run = simulate(plan, antDown);
      assertConserved(run);
      expect(days(run.shortfall, 3, 8)).toEqual([500, 1_000, 1_500, 2_000, 2_500].map(yuan));
      expect(run.accessibleCash[8]).toBe(yuan(1_500));
    }
  });

  it('platforms first: Alipay pays days 0–2, the bank carries days 3–4, short only days 5–7', () => {
    // Alipay 5,000 → 3,500 by day 2; locked days 3–7: bank 1,000 → 500 → 0 → −500 → −1,000 →
    // −1,500: short 500 + 1,000 + 1,500 = ¥3,000·days. Day 8: −1,500 + 3,500 − 500 = ¥1,500.
    const run = simulate(withOrder('platforms_first'), antDown);
    assertConserved(run);
    expect(days(run.shortfall, 3, 8)).toEqual([0, 0, 500, 1_000, 1_500].map(yuan));
    expect(sum(run.shortfall)).toBe(yuan(3_000));
    expect(run.accessibleCash[8]).toBe(yuan(1_500));
  });

  it('an outflow that names Alipay is paid from it first, whatever the plan order', () => {
    const named = simulate(withOrder('bank_first', 'ant'), antDown);
    assertConserved(named);
    expect(days(named.shortfall, 3, 8)).toEqual([0, 0, 500, 1_000, 1_500].map(yuan));
  });

  it('an outflow whose account is locked falls back to the plan order', () => {
    // Named Alipay, but Ant is down on days 3–7: the bank pays those days, as in any order.
    const run = simulate(withOrder('bank_first', 'ant'), antDown);
    expect(days(run.cash, 0, 3)).toEqual([5_500, 5_000, 4_500].map(yuan));
    expect(days(run.lockedCash, 3, 8)).toEqual(Array(5).fill(yuan(3_500)));
  });
});
