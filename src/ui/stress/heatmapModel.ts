import type { GridCell, StressGrid } from '../../engine/reverseStress';
import type { BoundaryPoint } from '../../engine/stressBoundary';
import type { HeatmapMetric } from '../../i18n/messages/heatmap';

/**
 * How a heatmap cell reads: a severity bucket for its colour (0 = survives, 1–4 = worse and
 * worse) and, separately, a symbol or number so colour is never the only signal.
 */

/** Grid indices of a cell (a duration column and a cut row). */
export type MarkedCell = { durationIndex: number; cutIndex: number };

export type Severity = 0 | 1 | 2 | 3 | 4;

/** Upper bounds (days) of the survival-days buckets 4, 3, 2; beyond the last is bucket 1. */
export const SURVIVAL_BUCKETS = [7, 30, 90] as const;

export function deepestOf(grid: StressGrid): number {
  let max = 0;
  for (const row of grid.cells) for (const c of row) max = Math.max(max, c.deepestShortfall);
  return max;
}

export function severityOf(cell: GridCell, metric: HeatmapMetric, deepest: number): Severity {
  if (cell.survives) return 0;
  switch (metric) {
    case 'survives':
      return 3;
    case 'survivalDays': {
      const d = cell.survivalDays ?? 0;
      if (d <= SURVIVAL_BUCKETS[0]) return 4;
      if (d <= SURVIVAL_BUCKETS[1]) return 3;
      if (d <= SURVIVAL_BUCKETS[2]) return 2;
      return 1;
    }
    case 'deepestShortfall': {
      const share = deepest > 0 ? cell.deepestShortfall / deepest : 1;
      if (share > 0.75) return 4;
      if (share > 0.5) return 3;
      if (share > 0.25) return 2;
      return 1;
    }
    default: {
      const never: never = metric;
      return never;
    }
  }
}

/** Grid indices of the first cell in each cut's column that breaks (the boundary), or -1. */
export function boundaryRows(grid: StressGrid): number[] {
  return grid.cuts.map((_, j) => grid.cells.findIndex((row) => !row[j]!.survives));
}

/** The boundary point of one cut. */
export function boundaryAt(
  boundary: readonly BoundaryPoint[],
  cut: number,
): BoundaryPoint | undefined {
  return boundary.find((p) => p.cutPercent === cut);
}

/** The cut rows the summary speaks about, read off the map's own break-even column. */
export type BreakingCuts = {
  /**
   * The first cut row that opens a gap the 0 % row does not: its break-even outage is shorter
   * (or it breaks where the 0 % row never does). Null when no cut makes the plan break sooner.
   */
  sooner: BoundaryPoint | null;
  /** The first cut row short with no outage at all (break-even 0). */
  atOnce: BoundaryPoint | null;
};

/** Break-even days with "never breaks" as the longest of all. */
const breakEvenRank = (p: BoundaryPoint): number => p.breakEvenDays ?? Number.POSITIVE_INFINITY;

/**
 * The first cuts that make the plan break sooner, and at once, in the grid's own order: the
 * summary's cut is then always a row the grid shows breaking, never a round number beside it.
 */
export function breakingCuts(boundary: readonly BoundaryPoint[]): BreakingCuts {
  const none = boundary.find((p) => p.cutPercent === 0);
  const reference = none ? breakEvenRank(none) : Number.POSITIVE_INFINITY;
  const cut = boundary.filter((p) => p.cutPercent > 0);
  return {
    sooner: cut.find((p) => breakEvenRank(p) < reference) ?? null,
    atOnce: cut.find((p) => p.breakEvenDays === 0) ?? null,
  };
}
