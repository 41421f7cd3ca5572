import { describe, expect, it } from 'vitest';
import { bookRow, bookRows, byUrgency, worstOwnScenario, type BookRow } from './book';
import type { Scenario } from './model';
import { account, credit, outflow, planWith, yuan } from './testPlans';

// ¥1,000 in the bank, ¥100 out every day for 30 days, a ¥5,000 Jiebei line (0 %, first
// instalment a month after a draw, past the horizon) that is the only credit.
const plan = planWith({
  name: '小店',
  cashAccounts: [account('bank', yuan(1000))],
  cashFlows: [outflow('costs', yuan(100))],
  fundingSources: [credit('jiebei', 'jiebei', yuan(5000))],
});
const jiebeiOut = (durationDays: number | null): Scenario => ({
  id: `out-${durationDays}`,
  name: 'Jiebei out',
  shocks: [
    { type: 'outage', target: { type: 'kinds', kinds: ['jiebei'] }, startDay: 0, durationDays },
  ],
});

describe('bookRow', () => {
  it('gives the hand-worked figures for a Jiebei outage to the end', () => {
    expect(bookRow(plan, jiebeiOut(null))).toEqual({
      client: '小店',
      scenarioId: 'out-null',
      // Cash is 1,000 − 100·(d + 1) after day d: ¥0 after day 9, ¥100 short on day 10.
      survivalDays: 10,
      cashZeroDate: '2026-03-11',
      // Day 29: 1,000 − 3,000.
      deepestShortfall: 2000,
      // Jiebei is all the credit there is (before the shock takes it away).
      antGroupShare: 100,
      // Out for 10 days (days 0–9), Jiebei is back for day 10: no shortfall; 11 days breaks.
      breakEvenOutageDays: 11,
    } satisfies BookRow);
  });

  it('shows a client that is never short as such', () => {
    expect(bookRow(plan, jiebeiOut(5))).toMatchObject({
      survivalDays: null,
      cashZeroDate: null,
      deepestShortfall: 0,
    });
  });
});

describe('ordering and the worst saved scenario', () => {
  it('puts the soonest short first, then the deepest gap, never-short last', () => {
    const row = (survivalDays: number | null, deepestShortfall: number) =>
      ({ survivalDays, deepestShortfall }) as BookRow;
    const rows = [row(null, 0), row(10, 100), row(3, 5), row(10, 900)];
    expect(rows.sort(byUrgency)).toEqual([row(3, 5), row(10, 900), row(10, 100), row(null, 0)]);
  });

  it('takes the scenario that makes the client short soonest, none without saved scenarios', () => {
    expect(worstOwnScenario(plan, [jiebeiOut(5), jiebeiOut(null), jiebeiOut(20)])?.id).toBe(
      'out-null',
    );
    expect(worstOwnScenario(plan, [])).toBeNull();
  });
});

describe('bookRows', () => {
  it('hands over each row as it is made and stops when asked', () => {
    const items = [5, null, 20].map((d) => ({ plan, scenario: jiebeiOut(d) }));
    const seen: number[] = [];
    expect(bookRows(items, (i) => seen.push(i))).toBe(3);
    expect(seen).toEqual([0, 1, 2]);
    const some: number[] = [];
    expect(
      bookRows(
        items,
        (i) => some.push(i),
        () => some.length === 2,
      ),
    ).toBe(2);
  });
});
