import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstShortfallDay, referenceDay } from './metrics';
import type { Plan, Scenario, ShockTarget } from './model';
import { outageWithCut } from './reverseStress';
import { simulate } from './simulate';
import { cutAxis, durationAxis, nearestIndex, scenarioPoint } from './stressAxes';
import { breakEvenBoundary, DEFAULT_MAP_DURATIONS, stressMap, targetsOf } from './stressBoundary';
import { account, credit, huabei, inflow, outflow, planWith, scenario, yuan } from './testPlans';
import { arbPlanAndScenario } from './testRandomScenarios';
import { jiebeiFreeze, simplePlan, singleRunOutcome } from './testStress';

/** Two groups of credit and Alipay takings: targets matter here. */
const mixedPlan: Plan = planWith({
  horizonDays: 60,
  cashAccounts: [account('bank', yuan(4_000)), account('alipay', yuan(3_000), 'ant')],
  cashFlows: [
    inflow('shop', yuan(500)),
    inflow('taobao', yuan(300), { type: 'daily' }, { platformGroup: 'ant' }),
    outflow('stock', yuan(1_100), { type: 'daily' }, { huabeiShare: 0.4 }),
  ],
  fundingSources: [
    huabei('hb', yuan(6_000)),
    credit('jiebei', 'jiebei', yuan(8_000), { price: { type: 'daily', rate: 0.0004 } }),
    credit('weilidai', 'webank', yuan(6_000), { price: { type: 'daily', rate: 0.0005 } }),
  ],
});
const antFreeze = scenario({
  type: 'freeze',
  target: { type: 'kinds', kinds: ['jiebei', 'huabei'] },
  startDay: 2,
  durationDays: 30,
});

/** Linear search over every duration 0…max for one cut. */
function bruteBreakEven(
  plan: Plan,
  s: Scenario,
  cut: number,
  max: number,
  targets: ShockTarget[],
): number | null {
  const n = plan.business.horizonDays;
  const start = referenceDay(s, n);
  for (let d = 0; d <= max; d++) {
    if (firstShortfallDay(simulate(plan, outageWithCut(s, n, d, cut, targets)), start) !== null)
      return d;
  }
  return null;
}

describe('axes', () => {
  it('durations follow a ladder of days, weeks and months with both ends', () => {
    expect(durationAxis(1, 30)).toEqual([1, 2, 3, 5, 7, 10, 14, 21, 30]);
    expect(durationAxis(20, 40)).toEqual([20, 21, 30, 40]);
    expect(DEFAULT_MAP_DURATIONS[0]).toBe(1);
    expect(DEFAULT_MAP_DURATIONS.at(-1)).toBe(180);
  });

  it('cuts step by whole percent and end at the upper bound', () => {
    expect(cutAxis(0, 100, 25)).toEqual([0, 25, 50, 75, 100]);
    expect(cutAxis(0, 50, 20)).toEqual([0, 20, 40, 50]);
    expect(cutAxis(120, -5, 50)).toEqual([0, 50, 100]);
  });

  it('nearestIndex picks the closest step', () => {
    expect(nearestIndex([1, 7, 14, 30], 28)).toBe(3);
    expect(nearestIndex([0, 10, 20], 14)).toBe(1);
  });
});

describe('targets', () => {
  it('resolves the scenario, one source or a platform group', () => {
    expect(targetsOf({ type: 'scenario' }, jiebeiFreeze)).toEqual([
      { type: 'kinds', kinds: ['jiebei'] },
    ]);
    expect(targetsOf({ type: 'source', sourceId: 'x' }, jiebeiFreeze)).toEqual([
      { type: 'sources', sourceIds: ['x'] },
    ]);
    expect(targetsOf({ type: 'group', group: 'ant' }, jiebeiFreeze)).toEqual([
      { type: 'group', group: 'ant' },
    ]);
  });
});

describe('scenarioPoint', () => {
  it('is the longest outage or freeze and the deepest cut', () => {
    expect(scenarioPoint(jiebeiFreeze, 30)).toEqual({ durationDays: 30, cutPercent: 0 });
    const s = scenario(
      { type: 'outage', target: { type: 'group', group: 'ant' }, startDay: 10, durationDays: null },
      {
        type: 'limit_cut',
        target: { type: 'group', group: 'ant' },
        startDay: 0,
        durationDays: null,
        cutPercent: 40,
      },
    );
    expect(scenarioPoint(s, 90)).toEqual({ durationDays: 80, cutPercent: 40 });
  });
});

describe('stressMap', () => {
  it('hand-worked boundary: an outage covering day 15 breaks the plan unless the cut leaves under ¥3,000', () => {
    // Cash closes at 0 on day 14 and Jiebei is needed from day 15 at ¥200 a day: ¥3,000 by day 29.
    // An outage from day 5 breaks it once it lasts 11 days (it covers day 15). A cut of 70 % leaves
    // exactly ¥3,000 and survives; 80 % leaves ¥2,000 and breaks with no outage at all.
    // The grid rows 1, 7, 14, 30 bracket the answer (7 survives, 14 breaks); bisection finds 11.
    const map = stressMap(simplePlan, jiebeiFreeze, {
      durations: [1, 7, 14, 30],
      cuts: [0, 50, 70, 80, 100],
    });
    expect(map.boundary).toEqual([
      { cutPercent: 0, breakEvenDays: 11 },
      { cutPercent: 50, breakEvenDays: 11 },
      { cutPercent: 70, breakEvenDays: 11 },
      { cutPercent: 80, breakEvenDays: 0 },
      { cutPercent: 100, breakEvenDays: 0 },
    ]);
    expect(map.grid.cells.map((r) => r.map((c) => (c.survives ? '.' : 'x')).join(''))).toEqual([
      '...xx',
      '...xx',
      'xxxxx',
      'xxxxx',
    ]);
    // A 14-day outage (days 5–18): short from day 15 (10 days after the start), ¥200 that day and
    // ¥200 more each day to ¥800 on day 18; on day 19 Jiebei is back and covers it all.
    expect(map.grid.cells[2]![0]).toEqual({
      durationDays: 14,
      cutPercent: 0,
      survives: false,
      survivalDays: 10,
      deepestShortfall: 800,
    });
  });

  it('null where no outage up to the longest breaks the plan', () => {
    const rich = { ...simplePlan, cashAccounts: [account('bank', yuan(100_000))] };
    expect(stressMap(rich, jiebeiFreeze, { durations: [1, 30], cuts: [0, 100] }).boundary).toEqual([
      { cutPercent: 0, breakEvenDays: null },
      { cutPercent: 100, breakEvenDays: null },
    ]);
  });

  it('cells agree with single simulate() runs for each kind of target', () => {
    for (const choice of [
      { type: 'scenario' },
      { type: 'source', sourceId: 'weilidai' },
      { type: 'group', group: 'ant' },
    ] as const) {
      const durations = [1, 5, 14, 30, 58];
      const cuts = [0, 30, 60, 100];
      const { grid, targets } = stressMap(mixedPlan, antFreeze, {
        durations,
        cuts,
        targets: choice,
      });
      for (const [i, j] of [
        [0, 0],
        [1, 2],
        [2, 1],
        [3, 3],
        [4, 0],
      ] as const) {
        expect(grid.cells[i]![j]).toEqual({
          durationDays: durations[i],
          cutPercent: cuts[j],
          ...singleRunOutcome(mixedPlan, antFreeze, durations[i]!, cuts[j]!, targets),
        });
      }
    }
  });

  it('the boundary equals a linear search over every duration', () => {
    const durations = [1, 5, 14, 30, 58];
    const cuts = [0, 30, 60, 100];
    for (const choice of [{ type: 'scenario' }, { type: 'group', group: 'ant' }] as const) {
      const map = stressMap(mixedPlan, antFreeze, { durations, cuts, targets: choice });
      for (const p of map.boundary) {
        expect(p.breakEvenDays).toBe(
          bruteBreakEven(mixedPlan, antFreeze, p.cutPercent, 58, map.targets),
        );
      }
    }
  });
});

describe('boundary properties', () => {
  // On free credit a longer outage never delays the first shortfall and neither does a deeper cut
  // (properties.monotonicity.test.ts, "breaks no earlier"); with credit that costs something,
  // interest paid on other days can move the break either way, so the boundary is only promised
  // here.
  const FREE_CREDIT = arbPlanAndScenario({ freeCredit: true });
  const durations = [1, 3, 7, 14, 30];
  const cuts = [0, 25, 50, 100];
  const runs = Math.max(20, Math.round(Number(process.env.FUNDGAP_PROP_RUNS ?? 200) / 5));

  it('a deeper cut never needs a longer outage to break the plan (monotone boundary), and each point is exact', () => {
    fc.assert(
      fc.property(FREE_CREDIT, ({ plan, scenario: s }) => {
        const map = stressMap(plan, s, { durations, cuts });
        const days = map.boundary.map((p) => p.breakEvenDays ?? Infinity);
        const info = JSON.stringify({ plan, scenario: s, boundary: map.boundary });
        for (let j = 1; j < days.length; j++)
          expect(days[j], info).toBeLessThanOrEqual(days[j - 1]!);
        // Every cell at or beyond the boundary breaks, every cell before it survives.
        map.grid.cells.forEach((row, i) =>
          row.forEach((cell, j) => expect(cell.survives, info).toBe(durations[i]! < days[j]!)),
        );
      }),
      { seed: 20_261_122, numRuns: runs },
    );
  });

  it('each boundary point is the shortest breaking outage (linear search)', () => {
    fc.assert(
      fc.property(FREE_CREDIT, ({ plan, scenario: s }) => {
        const map = stressMap(plan, s, { durations, cuts: [0, 50] });
        for (const p of breakEvenBoundary(plan, s, map.grid, map.targets)) {
          expect(p.breakEvenDays).toBe(bruteBreakEven(plan, s, p.cutPercent, 30, map.targets));
        }
      }),
      { seed: 20_261_123, numRuns: Math.max(10, Math.round(runs / 2)) },
    );
  });
});
