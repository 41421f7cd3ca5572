import type { HeadroomRow, HeadroomSeries } from './headroomRows';
import { niceTicks } from './axisTicks';
import { stepBandPath, stepLinePath, type PlotScale } from './plotScale';

/** One source's layer of the stacked headroom plot: its filled band and the step line on top. */
export type HeadroomLayer = { key: string; area: string; top: string };

/**
 * A source's usable headroom that day in yuan, as the plot and its tooltip count it: 0 where the
 * row has no finite value for it, and never below 0.
 */
export function usableHeadroom(row: HeadroomRow, key: string): number {
  const v = row[key];
  return typeof v === 'number' && Number.isFinite(v) ? Math.max(0, v) : 0;
}

/** One day of the plot as its tooltip lists it: top of the stack first, as the picture reads. */
export type HeadroomTip = {
  sources: { key: string; index: number; name: string; yuan: number }[];
  total: number;
};

export function headroomTip(row: HeadroomRow, series: readonly HeadroomSeries[]): HeadroomTip {
  const sources = series
    .map((s, index) => ({ key: s.key, index, name: s.name, yuan: usableHeadroom(row, s.key) }))
    .reverse();
  return { sources, total: sources.reduce((sum, s) => sum + s.yuan, 0) };
}

/**
 * Each day's running totals, bottom source first: `stack[i][d]` is the headroom of sources 0…i
 * on day d, so layer i lies between `stack[i − 1]` and `stack[i]`.
 */
export function headroomStack(rows: readonly HeadroomRow[], series: readonly HeadroomSeries[]) {
  const stack: number[][] = [];
  let below: number[] = rows.map(() => 0);
  for (const s of series) {
    const level = rows.map((row, d) => below[d]! + usableHeadroom(row, s.key));
    stack.push(level);
    below = level;
  }
  return stack;
}

/** Money-axis ticks from ¥0 to the highest day's total headroom. */
export function headroomAxisTicks(stack: readonly number[][]): number[] {
  const top = stack.at(-1) ?? [];
  const highest = top.reduce((hi, v) => Math.max(hi, v), 0);
  // A plot with no credit at all still gets an axis with two labels, not one.
  return niceTicks(0, highest > 0 ? highest : 1000, 5);
}

/** The layers of the stacked plot, bottom source first, at this scale. */
export function headroomPaths(
  stack: readonly number[][],
  series: readonly HeadroomSeries[],
  scale: PlotScale,
): HeadroomLayer[] {
  return series.map((s, i) => {
    const high = stack[i]!;
    const low = stack[i - 1];
    const n = high.length;
    return {
      key: s.key,
      area: stepBandPath(
        n,
        scale.x,
        (d) => scale.y(high[d]!),
        (d) => scale.y(low ? low[d]! : 0),
      ),
      top: stepLinePath(n, scale.x, (d) => scale.y(high[d]!)),
    };
  });
}
