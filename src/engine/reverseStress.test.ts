import { describe, expect, it } from 'vitest';
import { firstShortfallDay, referenceDay } from './metrics';
import type { Plan, Scenario } from './model';
import {
  breakEvenOutageDays,
  maxSurvivableLimitCut,
  outageWithCut,
  scenarioTargets,
  stressGrid,
} from './reverseStress';
import { simulate } from './simulate';
import { account, credit, huabei, inflow, outflow, planWith, scenario, yuan } from './testPlans';
import { jiebeiFreeze, simplePlan, singleRunOutcome } from './testStress';

/** A busier plan: Huabei, Jiebei with interest, a bank line arranged late, weekly rent, Alipay sales. */
const richPlan: Plan = planWith({
  horizonDays: 90,
  minCashBuffer: yuan(2_000),
  cashAccounts: [account('bank', yuan(8_000)), account('alipay', yuan(2_000), 'ant')],
  cashFlows: [
    inflow('shop', yuan(900)),
    inflow('taobao', yuan(400), { type: 'daily' }, { platformGroup: 'ant' }),
    outflow('stock', yuan(1_200), { type: 'daily' }, { huabeiShare: 0.5 }),
    outflow('rent', yuan(2_500), { type: 'weekly', weekday: 1 }),
    outflow('tax', yuan(3_000), { type: 'monthly', dayOfMonth: 15 }),
  ],
  fundingSources: [
    huabei('hb', yuan(8_000)),
    credit('jiebei', 'jiebei', yuan(15_000), {
      price: { type: 'daily', rate: 0.0004 },
      termMonths: 3,
    }),
    credit('line', 'bank_credit_line', yuan(5_000), {
      price: { type: 'annual', rate: 0.045 },
      repayment: 'revolving',
      leadTimeDays: 20,
    }),
  ],
});
const antFreeze = scenario({
  type: 'freeze',
  target: { type: 'kinds', kinds: ['jiebei', 'huabei'] },
  startDay: 3,
  durationDays: 30,
});

const breaksAt = (plan: Plan, s: Scenario, duration: number, cut: number): boolean => {
  const n = plan.business.horizonDays;
  return (
    firstShortfallDay(simulate(plan, outageWithCut(s, n, duration, cut)), referenceDay(s, n)) !==
    null
  );
};

/** Linear search: 0 if it breaks without an outage, else the first duration 1…(n − start) that breaks. */
function bruteBreakEven(plan: Plan, s: Scenario): number | null {
  const n = plan.business.horizonDays;
  const start = referenceDay(s, n);
  for (let d = 0; d <= n - start; d++) if (breaksAt(plan, s, d, 0)) return d;
  return null;
}

/** Linear search: the deepest cut 0…100 survived, provided every shallower cut is survived too. */
function bruteMaxCut(plan: Plan, s: Scenario): number | null {
  let best: number | null = null;
  for (let c = 0; c <= 100; c++) {
    if (breaksAt(plan, s, 0, c)) break;
    best = c;
  }
  return best;
}

describe('outageWithCut', () => {
  it('builds an outage from the scenario start and a permanent cut after it, keeping business shocks', () => {
    const s = scenario(
      {
        type: 'freeze',
        target: { type: 'kinds', kinds: ['jiebei'] },
        startDay: 5,
        durationDays: 30,
      },
      { type: 'revenue_drop', dropPercent: 20, startDay: 7, durationDays: 10 },
    );
    const built = outageWithCut(s, 30, 4, 25);
    expect(built.shocks).toEqual([
      { type: 'revenue_drop', dropPercent: 20, startDay: 7, durationDays: 10 },
      {
        type: 'outage',
        target: { type: 'kinds', kinds: ['jiebei'] },
        startDay: 5,
        durationDays: 4,
      },
      {
        type: 'limit_cut',
        target: { type: 'kinds', kinds: ['jiebei'] },
        startDay: 9,
        durationDays: null,
        cutPercent: 25,
      },
    ]);
    expect(outageWithCut(s, 30, 0, 0).shocks).toHaveLength(1);
  });

  it('falls back to Jiebei + Huabei when the scenario targets no credit', () => {
    expect(
      scenarioTargets(
        scenario({ type: 'revenue_drop', dropPercent: 20, startDay: 0, durationDays: 10 }),
      ),
    ).toEqual([{ type: 'kinds', kinds: ['jiebei', 'huabei'] }]);
  });
});

describe('breakEvenOutageDays', () => {
  it('hand-worked: cash 3,000 − 200(d+1) first goes negative on day 15, so an outage from day 5 must last 11 days', () => {
    // Cash closes at 2,800, 2,600, …, 200 on day 13, 0 on day 14, −200 on day 15: Jiebei is needed
    // from day 15. An outage of days 5…5+D−1 breaks the plan when it covers day 15: D ≥ 11.
    expect(breakEvenOutageDays(simplePlan, jiebeiFreeze)).toBe(11);
    expect(bruteBreakEven(simplePlan, jiebeiFreeze)).toBe(11);
  });

  it('0 when the plan is short from the start without any outage; null when no outage breaks it', () => {
    const poor = planWith({
      cashFlows: [outflow('costs', yuan(300))],
      fundingSources: [credit('j', 'jiebei', yuan(100))],
    });
    expect(breakEvenOutageDays(poor, jiebeiFreeze)).toBe(0);
    const rich = { ...simplePlan, cashAccounts: [account('bank', yuan(100_000))] };
    expect(breakEvenOutageDays(rich, jiebeiFreeze)).toBeNull();
  });

  it('equals the linear search over every duration on a busier plan', () => {
    for (const s of [
      antFreeze,
      jiebeiFreeze,
      scenario({
        type: 'outage',
        target: { type: 'group', group: 'ant' },
        startDay: 0,
        durationDays: 7,
      }),
    ]) {
      expect(breakEvenOutageDays(richPlan, s)).toBe(bruteBreakEven(richPlan, s));
    }
  });
});

describe('maxSurvivableLimitCut', () => {
  it('hand-worked: the deficit reaches ¥3,000 by day 29, so 30 % of the ¥10,000 limit must stay: cut ≤ 70 %', () => {
    // A permanent cut from day 5 (duration 0). Draws start on day 15 (¥200/day) and reach
    // 15 × ¥200 = ¥3,000 by day 29.
    expect(maxSurvivableLimitCut(simplePlan, jiebeiFreeze)).toBe(70);
    expect(bruteMaxCut(simplePlan, jiebeiFreeze)).toBe(70);
  });

  it('100 when even a full cut is survived; null when short without any cut', () => {
    const rich = { ...simplePlan, cashAccounts: [account('bank', yuan(100_000))] };
    expect(maxSurvivableLimitCut(rich, jiebeiFreeze)).toBe(100);
    const poor = planWith({
      cashFlows: [outflow('costs', yuan(300))],
      fundingSources: [credit('j', 'jiebei', yuan(100))],
    });
    expect(maxSurvivableLimitCut(poor, jiebeiFreeze)).toBeNull();
  });

  it('equals the linear search over 0…100 on a busier plan', () => {
    for (const s of [antFreeze, jiebeiFreeze]) {
      expect(maxSurvivableLimitCut(richPlan, s)).toBe(bruteMaxCut(richPlan, s));
    }
  });
});

describe('stressGrid', () => {
  const durations = [1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 87];
  const cuts = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
  const grid = stressGrid(richPlan, antFreeze, durations, cuts);

  it('has one row per duration and one column per cut', () => {
    expect(grid.cells).toHaveLength(durations.length);
    for (const [i, row] of grid.cells.entries()) {
      expect(row.map((c) => c.cutPercent)).toEqual(cuts);
      expect(row.every((c) => c.durationDays === durations[i])).toBe(true);
    }
  });

  it('cells agree with single simulate() runs', () => {
    for (const [i, j] of [
      [0, 0],
      [3, 5],
      [6, 2],
      [8, 10],
      [11, 0],
      [11, 10],
    ] as const) {
      const { survives, survivalDays, deepestShortfall } = grid.cells[i]![j]!;
      expect({ survives, survivalDays, deepestShortfall }).toEqual(
        singleRunOutcome(richPlan, antFreeze, durations[i]!, cuts[j]!),
      );
    }
  });

  it('has both outcomes on this plan (the boundary test below is not vacuous)', () => {
    const all = grid.cells.flat();
    expect(all.some((c) => c.survives)).toBe(true);
    expect(all.some((c) => !c.survives)).toBe(true);
  });

  it('the break boundary is monotone: a broken cell stays broken for longer outages and deeper cuts', () => {
    for (let i = 0; i < durations.length; i++) {
      for (let j = 0; j < cuts.length; j++) {
        if (grid.cells[i]![j]!.survives) continue;
        for (let i2 = i; i2 < durations.length; i2++) {
          for (let j2 = j; j2 < cuts.length; j2++) {
            expect(
              grid.cells[i2]![j2]!.survives,
              `(${durations[i]}d, ${cuts[j]}%) breaks but (${durations[i2]}d, ${cuts[j2]}%) survives`,
            ).toBe(false);
          }
        }
      }
    }
  });

  it('survival days never grow with a longer outage or a deeper cut', () => {
    const days = (i: number, j: number) => grid.cells[i]![j]!.survivalDays ?? Infinity;
    for (let i = 0; i < durations.length; i++) {
      for (let j = 0; j < cuts.length; j++) {
        if (i + 1 < durations.length) expect(days(i + 1, j)).toBeLessThanOrEqual(days(i, j));
        if (j + 1 < cuts.length) expect(days(i, j + 1)).toBeLessThanOrEqual(days(i, j));
      }
    }
  });
});
