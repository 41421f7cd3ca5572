import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import { account, outflow, planWith, scenario, yuan } from '../../engine/testPlans';
import { aliasedPlan, roundedAnalysis, roundYuan } from './anonymise';

describe('anonymise', () => {
  it('rounds yuan to the nearest ¥1,000, and never a figure that is not zero to zero', () => {
    expect([roundYuan(12_499.99), roundYuan(12_500), roundYuan(0)]).toEqual([12_000, 13_000, 0]);
    // A ¥92-a-year loan shown as "¥0 a year" looked free (advisor walk, Dec 2026).
    expect([roundYuan(92), roundYuan(499), roundYuan(-400)]).toEqual([1_000, 1_000, -1_000]);
  });

  it('rounds every money and day figure of an analysis and keeps the projection', () => {
    // ¥10,000 in the bank, ¥1,234.56 out a day: short from day 8 (10,000 − 9 × 1,234.56 < 0).
    const plan = planWith({
      cashAccounts: [account('bank', yuan(10_000))],
      cashFlows: [outflow('rent', yuan(1234.56))],
    });
    const a = analyze(plan, scenario());
    const r = roundedAnalysis(a);
    const s = r.stressed.metrics;
    for (const x of [s.deepestShortfall, s.cumulativeShortfall, s.lowestCash, s.financingCost])
      expect(Number.isInteger(x / 1000)).toBe(true);
    expect(Number.isInteger(s.survivalDays ?? 0)).toBe(true);
    expect(Math.abs(s.deepestShortfall - a.stressed.metrics.deepestShortfall)).toBeLessThanOrEqual(
      500,
    );
    expect(r.stressed.projection).toBe(a.stressed.projection);
  });

  it('replaces the business name only', () => {
    const plan = planWith({ name: '青山服饰 Qingshan Apparel' });
    const aliased = aliasedPlan(plan, 'Client A');
    expect(aliased.business.name).toBe('Client A');
    expect(aliased.cashAccounts).toBe(plan.cashAccounts);
    expect(plan.business.name).toBe('青山服饰 Qingshan Apparel');
  });
});
