import type { PlotBox } from './chartFrame';

/**
 * Linear scales of a day-by-day plot: day index → x, yuan → y (down the screen), and back from a
 * pointer's x to a day. The same mapping recharts used for a number axis without padding, so the
 * hand-drawn plots keep the geometry of the recharts charts they replaced.
 */
export type PlotScale = {
  x: (day: number) => number;
  y: (yuan: number) => number;
  /** The day nearest to the chart x coordinate `px`, clamped to the horizon. */
  dayAt: (px: number) => number;
  /**
   * The day whose step covers `px` on a step plot, where day d holds from x(d) to x(d + 1):
   * the day at or left of the pointer, clamped to the horizon.
   */
  stepDayAt: (px: number) => number;
};

/** Scales for `days` days across the box and the money range [lo, hi] up it. */
export function plotScale(box: PlotBox, days: number, lo: number, hi: number): PlotScale {
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  const lastDay = Math.max(1, days - 1);
  const span = hi > lo ? hi - lo : 1;
  return {
    x: (day) => box.left + (day / lastDay) * width,
    y: (yuan) => box.bottom - ((yuan - lo) / span) * height,
    dayAt: (px) => clampDay(Math.round(((px - box.left) / width) * lastDay), days),
    stepDayAt: (px) => clampDay(Math.floor(((px - box.left) / width) * lastDay), days),
  };
}

function clampDay(day: number, days: number): number {
  return Math.max(0, Math.min(days - 1, day));
}

/** A coordinate rounded to a tenth of a pixel: sharp enough on any screen, a short path string. */
function c(v: number): string {
  return String(Math.round(v * 10) / 10);
}

/**
 * An SVG path through the points `(x(i), y(value(i)))` for i in [0, n); where `value` gives
 * undefined the line breaks (as recharts does without `connectNulls`).
 * @example linePath(3, (i) => i * 10, () => 5) // "M0,5L10,5L20,5"
 */
export function linePath(
  n: number,
  x: (i: number) => number,
  y: (i: number) => number | undefined,
): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < n; i++) {
    const yi = y(i);
    if (yi === undefined || !Number.isFinite(yi)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${c(x(i))},${c(yi)}`;
    pen = true;
  }
  return d;
}

/**
 * A closed band between two series: along `high` from the first point to the last, back along
 * `low`. Filled, it is recharts' ranged area.
 * @example bandPath(2, (i) => i * 10, () => 0, () => 5) // "M0,0L10,0L10,5L0,5Z"
 */
export function bandPath(
  n: number,
  x: (i: number) => number,
  high: (i: number) => number,
  low: (i: number) => number,
): string {
  if (n === 0) return '';
  let d = '';
  for (let i = 0; i < n; i++) d += `${i === 0 ? 'M' : 'L'}${c(x(i))},${c(high(i))}`;
  for (let i = n - 1; i >= 0; i--) d += `L${c(x(i))},${c(low(i))}`;
  return `${d}Z`;
}

/**
 * A step line through `(x(i), y(i))`: each value holds flat until the next day, then the line
 * steps (recharts' `stepAfter`). Flat runs are one segment, so a year of a line that changes a
 * dozen times is a short path.
 * @example stepLinePath(3, (i) => i * 10, (i) => [5, 5, 8][i]!) // "M0,5L20,5L20,8"
 */
export function stepLinePath(
  n: number,
  x: (i: number) => number,
  y: (i: number) => number,
): string {
  return pathThrough(stepPoints(n, x, y));
}

/**
 * A closed band between two step lines: along `high` from the first day to the last, back along
 * `low`. Filled, it is a stacked `stepAfter` area.
 * @example stepBandPath(2, (i) => i * 10, (i) => [0, 4][i]!, () => 9) // "M0,0L10,0L10,4L10,9L0,9Z"
 */
export function stepBandPath(
  n: number,
  x: (i: number) => number,
  high: (i: number) => number,
  low: (i: number) => number,
): string {
  if (n === 0) return '';
  const top = stepPoints(n, x, high);
  const bottom = stepPoints(n, x, low).reverse();
  return `${pathThrough([...top, ...bottom])}Z`;
}

/** An open SVG path through `points` in order. */
function pathThrough(points: readonly (readonly [number, number])[]): string {
  return points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${c(px)},${c(py)}`).join('');
}

/** The corners of a step line, left to right: where it starts, every step, and where it ends. */
function stepPoints(
  n: number,
  x: (i: number) => number,
  y: (i: number) => number,
): [number, number][] {
  if (n === 0) return [];
  const points: [number, number][] = [[x(0), y(0)]];
  for (let i = 1; i < n; i++) {
    const before = y(i - 1);
    const now = y(i);
    if (now === before) continue;
    points.push([x(i), before], [x(i), now]);
  }
  const last = y(n - 1);
  const end = points[points.length - 1]!;
  if (end[0] !== x(n - 1) || end[1] !== last) points.push([x(n - 1), last]);
  return points;
}
