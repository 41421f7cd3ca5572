import type { Plan, Scenario, Shock, ShockTarget, Yuan } from './model';
import { firstShortfallDay, referenceDay } from './metrics';
import { yuanFromFen } from './money';
import { simulate } from './simulate';

/**
 * Reverse stress: instead of asking what a scenario does, find the scenario that breaks the
 * business. Both searches rely on monotonicity (a longer outage or a deeper cut never leaves
 * more cash), which the property tests check.
 */

const BUSINESS_SHOCKS = new Set<Shock['type']>(['revenue_drop', 'payment_delay']);
const DEFAULT_TARGETS: ShockTarget[] = [{ type: 'kinds', kinds: ['jiebei', 'huabei'] }];

/** The credit targets a scenario hits (deduplicated), or Jiebei + Huabei when it hits none. */
export function scenarioTargets(scenario: Scenario): ShockTarget[] {
  const seen = new Map<string, ShockTarget>();
  for (const s of scenario.shocks) {
    if (s.type === 'revenue_drop' || s.type === 'payment_delay') continue;
    seen.set(JSON.stringify(s.target), s.target);
  }
  return seen.size > 0 ? [...seen.values()] : DEFAULT_TARGETS;
}

/**
 * The scenario's targets down for `durationDays` from its start, then back with `cutPercent`
 * less limit for good; the scenario's business shocks (revenue drop, payment delay) stay.
 */
export function outageWithCut(
  scenario: Scenario,
  days: number,
  durationDays: number,
  cutPercent: number,
  targets: readonly ShockTarget[] = scenarioTargets(scenario),
): Scenario {
  const start = referenceDay(scenario, days);
  const shocks: Shock[] = scenario.shocks.filter((s) => BUSINESS_SHOCKS.has(s.type));
  for (const target of targets) {
    if (durationDays > 0) shocks.push({ type: 'outage', target, startDay: start, durationDays });
    if (cutPercent > 0) {
      shocks.push({
        type: 'limit_cut',
        target,
        startDay: start + durationDays,
        durationDays: null,
        cutPercent,
      });
    }
  }
  return {
    id: `${scenario.id}~outage${durationDays}d~cut${cutPercent}`,
    name: scenario.name,
    shocks,
  };
}

/** Whether the plan is short on any day from `from` under the scenario (one run). */
export function breaks(plan: Plan, scenario: Scenario, from: number): boolean {
  return firstShortfallDay(simulate(plan, scenario), from) !== null;
}

/**
 * Shortest outage of the scenario's targets (whole days from its start) that causes a shortfall.
 * 0 when the plan is short from the start day without any outage; null when even an outage to
 * the end of the horizon leaves no shortfall.
 */
export function breakEvenOutageDays(plan: Plan, scenario: Scenario): number | null {
  const n = plan.business.horizonDays;
  const start = referenceDay(scenario, n);
  if (breaks(plan, outageWithCut(scenario, n, 0, 0), start)) return 0;
  let hi = n - start;
  if (!breaks(plan, outageWithCut(scenario, n, hi, 0), start)) return null;
  let lo = 0; // lo survives, hi breaks
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (breaks(plan, outageWithCut(scenario, n, mid, 0), start)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Deepest permanent limit cut (whole %) of the scenario's targets the business survives;
 * null when it is short even with no cut.
 */
export function maxSurvivableLimitCut(plan: Plan, scenario: Scenario): number | null {
  const n = plan.business.horizonDays;
  const start = referenceDay(scenario, n);
  if (breaks(plan, outageWithCut(scenario, n, 0, 0), start)) return null;
  if (!breaks(plan, outageWithCut(scenario, n, 0, 100), start)) return 100;
  let lo = 0; // survives
  let hi = 100; // breaks
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (breaks(plan, outageWithCut(scenario, n, 0, mid), start)) hi = mid;
    else lo = mid;
  }
  return lo;
}

export type GridCell = {
  durationDays: number;
  cutPercent: number;
  survives: boolean;
  survivalDays: number | null;
  /** Yuan. */
  deepestShortfall: Yuan;
};

export type StressGrid = { durations: number[]; cuts: number[]; cells: GridCell[][] };

export const DEFAULT_GRID_DURATIONS = [
  1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 75, 90, 105, 120, 135, 150, 165, 180, 365,
];
export const DEFAULT_GRID_CUTS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

/**
 * Outcome of every (outage length × limit cut) pair; rows follow `durations`, columns `cuts`.
 * `targets`: the credit hit (default: the scenario's own targets, see `scenarioTargets`).
 * @example stressGrid(plan, preset).cells[8][5].survives // a 30-day outage, then −50 %
 */
export function stressGrid(
  plan: Plan,
  scenario: Scenario,
  durations: number[] = DEFAULT_GRID_DURATIONS,
  cuts: number[] = DEFAULT_GRID_CUTS,
  targets: readonly ShockTarget[] = scenarioTargets(scenario),
): StressGrid {
  const n = plan.business.horizonDays;
  const start = referenceDay(scenario, n);
  const cells = durations.map((durationDays) =>
    cuts.map((cutPercent): GridCell => {
      const run = simulate(plan, outageWithCut(scenario, n, durationDays, cutPercent, targets));
      const first = firstShortfallDay(run, start);
      let deepest = 0;
      for (let d = start; d < n; d++) if (run.shortfall[d]! > deepest) deepest = run.shortfall[d]!;
      return {
        durationDays,
        cutPercent,
        survives: first === null,
        survivalDays: first === null ? null : first - start,
        deepestShortfall: yuanFromFen(deepest),
      };
    }),
  );
  return { durations, cuts, cells };
}
