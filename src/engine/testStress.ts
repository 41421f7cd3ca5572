/**
 * Reverse-stress fixtures shared by reverseStress.test.ts and stressBoundary.test.ts, so the
 * hand-worked numbers both files rely on come from one plan. Test-only: nothing in the app
 * imports this file.
 */
import { firstShortfallDay, referenceDay } from './metrics';
import type { Plan, Scenario, ShockTarget } from './model';
import { yuanFromFen } from './money';
import { outageWithCut, type GridCell } from './reverseStress';
import { simulate } from './simulate';
import { account, credit, inflow, outflow, planWith, scenario, yuan } from './testPlans';

/**
 * Cash ¥3,000, +¥100 −¥300 a day, a free ¥10,000 Jiebei (plan (a) of simulate.test.ts with
 * ¥3,000 instead of ¥1,000 in the bank): cash first goes negative on day 15.
 */
export const simplePlan = planWith({
  cashAccounts: [account('bank', yuan(3_000))],
  cashFlows: [inflow('sales', yuan(100)), outflow('costs', yuan(300))],
  fundingSources: [credit('jiebei', 'jiebei', yuan(10_000))],
});

/** Jiebei frozen for 30 days from day 5. */
export const jiebeiFreeze = scenario({
  type: 'freeze',
  target: { type: 'kinds', kinds: ['jiebei'] },
  startDay: 5,
  durationDays: 30,
});

/**
 * One grid cell's outcome worked out from a single `simulate()` run, the reference the grid's
 * cells are checked against.
 */
export function singleRunOutcome(
  plan: Plan,
  s: Scenario,
  durationDays: number,
  cutPercent: number,
  targets?: readonly ShockTarget[],
): Pick<GridCell, 'survives' | 'survivalDays' | 'deepestShortfall'> {
  const n = plan.business.horizonDays;
  const start = referenceDay(s, n);
  const run = simulate(plan, outageWithCut(s, n, durationDays, cutPercent, targets));
  const first = firstShortfallDay(run, start);
  let deepest = 0;
  for (let d = start; d < n; d++) deepest = Math.max(deepest, run.shortfall[d]!);
  return {
    survives: first === null,
    survivalDays: first === null ? null : first - start,
    deepestShortfall: yuanFromFen(deepest),
  };
}
