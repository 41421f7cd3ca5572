import { describe, expect, it } from 'vitest';
import { expandCashFlows } from './cashFlows';
import type { CashFlow, Plan } from './model';
import { seasonalFactors } from './seasonality';
import { timelineOf } from './timeline';

const plan = (flow: CashFlow): Plan => ({
  business: {
    name: 't',
    currency: 'CNY',
    startDate: '2027-01-30',
    horizonDays: 60,
    minCashBuffer: 0,
  },
  cashAccounts: [],
  cashFlows: [flow],
  fundingSources: [],
});

const takings: CashFlow = {
  id: 'takings',
  name: 'takings',
  direction: 'inflow',
  amount: 100_000,
  frequency: { type: 'daily' },
};

/** Purchases half on Huabei, half as much again over Double 11 (1–11 November). */
const doubleElevenPurchases: CashFlow = {
  ...takings,
  direction: 'outflow',
  amount: 333,
  huabeiShare: 0.5,
  seasonality: { events: [{ event: 'double_11', factor: 1.5 }] },
};

describe('seasonal profiles', () => {
  it('costs nothing without a profile', () => {
    expect(seasonalFactors(undefined, timelineOf('2027-01-30', 60))).toBeNull();
    expect(seasonalFactors({}, timelineOf('2027-01-30', 60))).toBeNull();
  });

  it('closes over Spring Festival 2027 (4–11 Feb) and scales February by its month factor', () => {
    const t = timelineOf('2027-01-30', 60);
    const monthly = Array.from({ length: 12 }, (_, i) => (i === 1 ? 0.5 : 1));
    const cal = expandCashFlows(
      plan({
        ...takings,
        seasonality: { monthly, events: [{ event: 'spring_festival', factor: 0 }] },
      }),
      t,
    );
    const bank = cal.inflowsByGroup[0]!;
    // 30 Jan–3 Feb: January full (2 days ¥1,000), February half (3 days ¥500).
    expect([...bank.slice(0, 5)]).toEqual([100_000, 100_000, 50_000, 50_000, 50_000]);
    // 4–11 Feb: closed.
    expect([...bank.slice(5, 13)]).toEqual(Array(8).fill(0));
    expect(bank[13]).toBe(50_000); // 12 Feb
    // February: 28 days, 8 closed → 20 × ¥500; January 2 × ¥1,000; March 1–30 → 30 × ¥1,000.
    expect(bank.reduce((a, b) => a + b, 0)).toBe(2 * 100_000 + 20 * 50_000 + 30 * 100_000);
  });

  it('rounds each posting to the fen and keeps the Huabei share of the seasonal amount', () => {
    const t = timelineOf('2026-11-01', 30);
    const cal = expandCashFlows(plan(doubleElevenPurchases), t);
    // 333 × 1.5 = 499.5 → 500 fen; half (250) on Huabei.
    expect(cal.cashOutflows[0]).toBe(250);
    expect(cal.huabeiEligibleOutflows[0]).toBe(250);
    expect(cal.cashOutflows[11]).toBe(333 - 167); // 12 Nov: as entered
  });

  it('posts the seasonal amount to the platform that pays it, as to the totals', () => {
    const t = timelineOf('2026-11-01', 30);
    const cal = expandCashFlows(plan({ ...doubleElevenPurchases, platformGroup: 'ant' }), t);
    const payer = cal.payers[0]!;
    // 1 Nov (double 11 season): 500 fen, 250 of it on Huabei — paid from the Alipay side.
    expect(payer.cash[0]).toBe(250);
    expect(payer.huabeiEligible[0]).toBe(250);
    // The platform's part is a part of the totals, day by day.
    for (let d = 0; d < t.days; d++) {
      expect(payer.cash[d]).toBe(cal.cashOutflows[d]);
      expect(payer.huabeiEligible[d]).toBe(cal.huabeiEligibleOutflows[d]);
    }
  });
});
