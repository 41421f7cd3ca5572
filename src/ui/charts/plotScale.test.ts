import { describe, expect, it } from 'vitest';
import { plotBox } from './chartFrame';
import fc from 'fast-check';
import { bandPath, linePath, plotScale, stepBandPath, stepLinePath } from './plotScale';

describe('plotBox', () => {
  it('leaves the margins and both axes outside the plot', () => {
    // left 4 + 64 (money axis); right 720 − 12; top 12; bottom 320 − 4 − 30 (date axis).
    expect(plotBox(720, 320)).toEqual({ left: 68, right: 708, top: 12, bottom: 286 });
  });

  it('never inverts on a box too small for its axes', () => {
    const box = plotBox(10, 10);
    expect(box.right).toBeGreaterThan(box.left);
    expect(box.bottom).toBeGreaterThan(box.top);
  });
});

describe('plotScale', () => {
  // 365 days over 640 px: day 364 at the right edge; ¥−100K … ¥500K over 274 px.
  const box = plotBox(720, 320);
  const s = plotScale(box, 365, -100_000, 500_000);

  it('puts the first and last day on the edges and money up the screen', () => {
    expect(s.x(0)).toBe(68);
    expect(s.x(364)).toBe(708);
    expect(s.x(182)).toBe(388);
    expect(s.y(-100_000)).toBe(286);
    expect(s.y(500_000)).toBe(12);
    // ¥0 is 1/6 of the way up: 286 − 274 / 6.
    expect(s.y(0)).toBeCloseTo(240.333, 3);
  });

  it('finds the nearest day under a pointer, clamped to the horizon', () => {
    expect(s.dayAt(388)).toBe(182);
    expect(s.dayAt(389)).toBe(183); // 321/640 × 364 = 182.6 → 183
    expect(s.dayAt(0)).toBe(0);
    expect(s.dayAt(5000)).toBe(364);
  });

  it('finds the step under a pointer on a step plot: the day at or left of it', () => {
    // Day 182 holds from x 388 to 389.76; just before day 183 is still day 182.
    expect(s.stepDayAt(388)).toBe(182);
    expect(s.stepDayAt(389.7)).toBe(182);
    expect(s.stepDayAt(389.8)).toBe(183);
    expect(s.stepDayAt(-10)).toBe(0);
    expect(s.stepDayAt(5000)).toBe(364);
  });

  it('survives one day and a flat range', () => {
    const one = plotScale(box, 1, 0, 0);
    expect(one.x(0)).toBe(68);
    expect(one.dayAt(700)).toBe(0);
    expect(Number.isFinite(one.y(0))).toBe(true);
  });
});

describe('paths', () => {
  const x = (i: number) => i * 10;

  it('draws a line and breaks it where a value is missing', () => {
    expect(linePath(3, x, () => 5)).toBe('M0,5L10,5L20,5');
    expect(linePath(4, x, (i) => (i === 1 ? undefined : i))).toBe('M0,0M20,2L30,3');
    expect(linePath(0, x, () => 1)).toBe('');
  });

  it('rounds to a tenth of a pixel', () => {
    expect(
      linePath(
        1,
        () => 1.23456,
        () => 2.98,
      ),
    ).toBe('M1.2,3');
  });

  it('closes a band along the top, then back along the bottom', () => {
    expect(
      bandPath(
        2,
        x,
        () => 0,
        () => 5,
      ),
    ).toBe('M0,0L10,0L10,5L0,5Z');
    expect(
      bandPath(
        0,
        x,
        () => 0,
        () => 0,
      ),
    ).toBe('');
  });
});

describe('step bands', () => {
  it('closes a band as its top step line, then its bottom one walked back (property)', () => {
    const x = (i: number) => i * 10;
    const series = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(series, series, (high, low) => {
        const n = Math.min(high.length, low.length);
        const band = stepBandPath(
          n,
          x,
          (i) => high[i]!,
          (i) => low[i]!,
        );
        const top = stepLinePath(n, x, (i) => high[i]!);
        const bottom = stepLinePath(n, x, (i) => low[i]!)
          .slice(1)
          .split('L')
          .reverse()
          .join('L');
        expect(band).toBe(`${top}L${bottom}Z`);
      }),
    );
  });
});

describe('step paths', () => {
  const x = (i: number) => i * 10;

  it('holds each value flat until the next day and steps there', () => {
    const y = [5, 5, 8, 8, 2];
    // Flat runs are one segment: only the two steps add corners.
    expect(stepLinePath(5, x, (i) => y[i]!)).toBe('M0,5L20,5L20,8L40,8L40,2');
    expect(stepLinePath(3, x, () => 1)).toBe('M0,1L20,1');
    expect(stepLinePath(1, x, () => 3)).toBe('M0,3');
    expect(stepLinePath(0, x, () => 3)).toBe('');
  });

  it('closes a stacked band along its top step line, then back along its bottom one', () => {
    const high = [0, 4, 4];
    const low = [9, 9, 6];
    expect(
      stepBandPath(
        3,
        x,
        (i) => high[i]!,
        (i) => low[i]!,
      ),
    ).toBe('M0,0L10,0L10,4L20,4L20,6L20,9L0,9Z');
    expect(
      stepBandPath(
        0,
        x,
        () => 0,
        () => 0,
      ),
    ).toBe('');
  });

  it('reads back every day’s value just right of its x (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 60 }),
        (values) => {
          const points = stepLinePath(values.length, x, (i) => values[i]!)
            .slice(1)
            .split('L')
            .map((p) => p.split(',').map(Number) as [number, number]);
          // The y of the segment that covers x(i) + 5, i.e. the flat part after day i.
          const valueAt = (px: number) => {
            for (let k = 0; k + 1 < points.length; k++) {
              const [x0, y0] = points[k]!;
              const [x1, y1] = points[k + 1]!;
              if (y0 === y1 && x0 <= px && px <= x1) return y0;
            }
            return undefined;
          };
          for (let i = 0; i + 1 < values.length; i++) expect(valueAt(x(i) + 5)).toBe(values[i]);
          // Only flat runs and steps, and it ends on the last day's value.
          for (let k = 0; k + 1 < points.length; k++) {
            const [x0, y0] = points[k]!;
            const [x1, y1] = points[k + 1]!;
            expect(x0 === x1 || y0 === y1).toBe(true);
          }
          expect(points.at(-1)).toEqual([x(values.length - 1), values.at(-1)]);
        },
      ),
    );
  });
});
