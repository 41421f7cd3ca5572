import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow } from './rowWindow';

const base = { scrollTop: 0, viewport: 400, bodyTop: 80, rowHeight: 40, count: 200, overscan: 8 };

describe('rowWindow (which rows of the book table are in the page)', () => {
  it('at the top: the rows in view below the header, and the overscan after them', () => {
    // 400 px of view, 80 of them caption and header: rows 0–7 show (8 × 40 = 320), +8 overscan.
    expect(rowWindow(base)).toEqual({ start: 0, end: 16, before: 0, after: 184 * 40 });
  });

  it('scrolled to row 100: rows 92–117, spacers for the rest', () => {
    const w = rowWindow({ ...base, scrollTop: 80 + 100 * 40 });
    expect(w).toEqual({ start: 92, end: 118, before: 92 * 40, after: 82 * 40 });
  });

  it('at the bottom: the last rows, no spacer after them', () => {
    const w = rowWindow({ ...base, scrollTop: 80 + 200 * 40 - 400 });
    expect(w.end).toBe(200);
    expect(w.after).toBe(0);
  });

  it('a short table is all in the page; an empty one has nothing', () => {
    expect(rowWindow({ ...base, count: 5 })).toEqual({ start: 0, end: 5, before: 0, after: 0 });
    expect(rowWindow({ ...base, count: 0 })).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });

  it('always covers the view, and the spacers and rows add up to the whole table', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 10, max: 80 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 0, max: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (count, rowHeight, bodyTop, viewport, overscan, at) => {
          const scrollTop = Math.round(at * (bodyTop + count * rowHeight));
          const w = rowWindow({ scrollTop, viewport, bodyTop, rowHeight, count, overscan });
          expect(0 <= w.start && w.start <= w.end && w.end <= count).toBe(true);
          expect(w.before + (w.end - w.start) * rowHeight + w.after).toBe(count * rowHeight);
          // Every row any part of which is in view is rendered.
          for (let i = 0; i < count; i++) {
            const top = bodyTop + i * rowHeight;
            const inView = top < scrollTop + viewport && top + rowHeight > scrollTop;
            if (inView) expect(i >= w.start && i < w.end).toBe(true);
          }
        },
      ),
    );
  });
});
