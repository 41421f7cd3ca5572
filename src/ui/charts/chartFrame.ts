/**
 * Where a day-by-day chart's plot sits inside its box, and how densely its date labels can be
 * shown. Shared by the hand-drawn day-by-day plots (cash, credit headroom), so they place axes
 * and space labels the same way; the numbers are recharts' defaults, which the plots replaced.
 * No recharts here: importing this module never pulls the chart library into a chunk.
 */

/** Space around the plot and its axes, in CSS px. */
export const CHART_MARGIN = { top: 12, right: 12, bottom: 4, left: 4 };

/** Room for the money axis's labels (left of the plot). */
export const Y_AXIS_WIDTH = 64;

/** Room for the date axis's labels (below the plot): recharts' default XAxis height. */
export const X_AXIS_HEIGHT = 30;

const TICK_GAP_PX = 18;

/** The plot area of a chart `width` × `height` px, in the chart's own coordinates. */
export type PlotBox = { left: number; right: number; top: number; bottom: number };

/** The plot area inside the margins and the two axes. */
export function plotBox(width: number, height: number): PlotBox {
  const left = CHART_MARGIN.left + Y_AXIS_WIDTH;
  const top = CHART_MARGIN.top;
  return {
    left,
    right: Math.max(left + 1, width - CHART_MARGIN.right),
    top,
    bottom: Math.max(top + 1, height - CHART_MARGIN.bottom - X_AXIS_HEIGHT),
  };
}

/** Approximate width of a 12 px axis label: CJK characters are about twice as wide as Latin. */
export function labelWidth(text: string): number {
  let px = 0;
  for (const ch of text) px += ch.charCodeAt(0) >= 0x2e80 ? 12 : 7;
  return px;
}

/**
 * Every how many date labels one is shown (recharts' `interval`: 0 shows all, 1 every other) so
 * none overlap at this chart width. Worked out here rather than by recharts' default, which
 * measures each label in the DOM and forces a page layout per label.
 */
export function dayTickInterval(labels: readonly string[], chartWidth: number): number {
  if (labels.length < 2) return 0;
  const plotWidth = Math.max(1, chartWidth - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right);
  const widest = Math.max(...labels.map(labelWidth)) + TICK_GAP_PX;
  const fit = Math.max(1, Math.floor(plotWidth / widest));
  return Math.max(0, Math.ceil(labels.length / fit) - 1);
}
