import { referenceDay } from './metrics';
import { durationAxis } from './stressAxes';
import type { Plan, PlatformGroup, Scenario, ShockTarget } from './model';
import {
  breaks,
  DEFAULT_GRID_CUTS,
  outageWithCut,
  scenarioTargets,
  stressGrid,
  type StressGrid,
} from './reverseStress';

/**
 * The reverse-stress map: the grid of outage length × limit cut for credit the user picks, and
 * the break-even boundary through it (for each cut, the shortest outage that breaks the plan).
 */

/** What the outage hits: the scenario's own credit targets, one source, or a platform group. */
export type GridTargetChoice =
  | { type: 'scenario' }
  | { type: 'source'; sourceId: string }
  | { type: 'group'; group: PlatformGroup };

export function targetsOf(choice: GridTargetChoice, scenario: Scenario): ShockTarget[] {
  switch (choice.type) {
    case 'scenario':
      return scenarioTargets(scenario);
    case 'source':
      return [{ type: 'sources', sourceIds: [choice.sourceId] }];
    case 'group':
      return [{ type: 'group', group: choice.group }];
    default: {
      const never: never = choice;
      return never;
    }
  }
}

export const DEFAULT_MAP_DURATIONS = durationAxis(1, 180);
export const DEFAULT_MAP_CUTS = [...DEFAULT_GRID_CUTS];

/** For one cut: the shortest outage (whole days) that breaks the plan. */
export type BoundaryPoint = {
  cutPercent: number;
  /** 0 = short with this cut and no outage at all; null = no outage up to the grid's longest breaks. */
  breakEvenDays: number | null;
};

/**
 * Each column's break-even outage, to the day: the grid brackets it (the last row that survives,
 * the first that breaks) and a bisection between the two finds the day. Relies on a longer outage
 * never delaying the first shortfall (checked on free credit in properties.monotonicity.test.ts).
 */
export function breakEvenBoundary(
  plan: Plan,
  scenario: Scenario,
  grid: StressGrid,
  targets: readonly ShockTarget[] = scenarioTargets(scenario),
): BoundaryPoint[] {
  const n = plan.business.horizonDays;
  const start = referenceDay(scenario, n);
  const breaksAt = (duration: number, cut: number) =>
    breaks(plan, outageWithCut(scenario, n, duration, cut, targets), start);
  return grid.cuts.map((cutPercent, j) => {
    const row = grid.cells.findIndex((r) => !r[j]!.survives);
    if (row < 0) return { cutPercent, breakEvenDays: null };
    let hi = grid.durations[row]!; // breaks
    let lo = row > 0 ? grid.durations[row - 1]! : 0; // survives, except perhaps at 0
    if (row === 0 && breaksAt(0, cutPercent)) return { cutPercent, breakEvenDays: 0 };
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (breaksAt(mid, cutPercent)) hi = mid;
      else lo = mid;
    }
    return { cutPercent, breakEvenDays: hi };
  });
}

export type StressMapRequest = {
  durations?: number[];
  cuts?: number[];
  targets?: GridTargetChoice;
};

export type StressMap = {
  grid: StressGrid;
  boundary: BoundaryPoint[];
  /** The credit the outage hit, resolved. */
  targets: ShockTarget[];
};

/**
 * The grid and its boundary for chosen axes and targets (defaults: 1…180 days, 0…100 %, the
 * scenario's own targets). About 200 runs of the engine: call it off the main thread.
 * @example stressMap(plan, preset, { targets: { type: 'group', group: 'ant' } }).boundary[0].breakEvenDays
 */
export function stressMap(
  plan: Plan,
  scenario: Scenario,
  request: StressMapRequest = {},
): StressMap {
  const targets = targetsOf(request.targets ?? { type: 'scenario' }, scenario);
  const grid = stressGrid(
    plan,
    scenario,
    request.durations ?? DEFAULT_MAP_DURATIONS,
    request.cuts ?? DEFAULT_MAP_CUTS,
    targets,
  );
  return { grid, boundary: breakEvenBoundary(plan, scenario, grid, targets), targets };
}
