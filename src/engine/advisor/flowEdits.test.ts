import { describe, expect, it } from 'vitest';
import { expandCashFlows } from '../cashFlows';
import type { CashFlow } from '../model';
import { outflow, planWith, yuan } from '../testPlans';
import { timelineOf } from '../timeline';
import { effectiveShift, occurrences, scaled, shifted, splitFlow } from './flowEdits';

const t = timelineOf('2026-12-01', 120);
const sum = (flows: CashFlow[]) => {
  const cal = expandCashFlows(
    planWith({ startDate: '2026-12-01', horizonDays: 120, cashFlows: flows }),
    t,
  );
  return cal.cashOutflows.reduce((a, b) => a + b, 0);
};

describe('splitFlow', () => {
  const cases: CashFlow[] = [
    outflow('rent', yuan(12_000), { type: 'monthly', dayOfMonth: 5 }),
    outflow('fabric', yuan(24_000), { type: 'weekly', weekday: 1 }),
    outflow('ads', yuan(900), { type: 'daily' }),
    outflow(
      'tax',
      yuan(10_200),
      { type: 'quarterly', dayOfMonth: 15 },
      { startDate: '2027-01-01' },
    ),
    outflow('stock', yuan(90_000), { type: 'once', date: '2026-12-15' }),
  ];

  it.each(cases)('keeps every occurrence of $id exactly once across the parts', (flow) => {
    for (const [from, to] of [
      [0, 120],
      [10, 40],
      [45, 46],
      [100, 120],
    ] as const) {
      const p = splitFlow(flow, t, from, to);
      const all = [...p.before, ...p.inside, ...p.after];
      expect(sum(all)).toBe(sum([flow]));
      for (const x of p.inside)
        for (const d of occurrences(x, t)) expect(d >= from && d < to).toBe(true);
      for (const x of p.before) for (const d of occurrences(x, t)) expect(d).toBeLessThan(from);
      for (const x of p.after)
        for (const d of occurrences(x, t)) expect(d).toBeGreaterThanOrEqual(to);
      expect(new Set(all.map((x) => x.id)).size).toBe(all.length);
    }
  });

  it('moves a monthly payment by whole months and a weekly one by whole weeks', () => {
    const rent = cases[0]!;
    const inside = splitFlow(rent, t, 0, 40).inside[0]!; // the 5 Dec and 5 Jan rents
    expect(occurrences(inside, t)).toEqual([4, 35]);
    expect(occurrences(shifted(inside, 60), t)).toEqual([66, 94]); // 5 Feb and 5 Mar
    expect(effectiveShift(cases[1]!, 30)).toEqual({ days: 28, months: 0 });
    expect(effectiveShift(rent, -30)).toEqual({ days: 0, months: -1 });
  });

  it('scales to the fen', () => {
    expect(scaled(outflow('x', 1_001), 0.5).amount).toBe(501);
  });
});
