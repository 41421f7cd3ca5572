/**
 * Which rows of a long table are in the page: those in view and `overscan` more on each side;
 * spacers stand for the others so the region scrolls as if every row were there. Rows are taken
 * to be `rowHeight` tall (the average of those last rendered), which is all a table of
 * near-uniform rows needs. Pure, so the component only measures and renders.
 */

export type RowWindowInput = {
  /** How far the region is scrolled, px. */
  scrollTop: number;
  /** The region's visible height, px. */
  viewport: number;
  /** Where the first row starts in the region's content (below the caption and header), px. */
  bodyTop: number;
  rowHeight: number;
  count: number;
  overscan: number;
};

/** Rows `start` to `end - 1` are rendered, after a spacer `before` px tall and before `after`. */
export type RowWindow = { start: number; end: number; before: number; after: number };

/**
 * @example rowWindow({ scrollTop: 0, viewport: 400, bodyTop: 80, rowHeight: 40, count: 200, overscan: 8 })
 * // { start: 0, end: 16, before: 0, after: 7360 }
 */
export function rowWindow(input: RowWindowInput): RowWindow {
  const { scrollTop, viewport, bodyTop, count, overscan } = input;
  const h = Math.max(1, input.rowHeight);
  const top = Math.max(0, scrollTop - bodyTop);
  const first = Math.min(count, Math.floor(top / h));
  const last = Math.min(count, Math.ceil((scrollTop - bodyTop + Math.max(0, viewport)) / h));
  const start = Math.max(0, first - overscan);
  const end = Math.max(start, Math.min(count, Math.max(last, 0) + overscan));
  return { start, end, before: start * h, after: (count - end) * h };
}

/** Whether two windows render the same rows. */
export const sameWindow = (a: RowWindow, b: RowWindow): boolean =>
  a.start === b.start && a.end === b.end && a.before === b.before && a.after === b.after;
