import { describe, expect, it } from 'vitest';
import type { HeadroomRow, HeadroomSeries } from './headroomRows';
import fc from 'fast-check';
import {
  headroomAxisTicks,
  headroomPaths,
  headroomStack,
  headroomTip,
  usableHeadroom,
} from './headroomPaths';
import type { PlotScale } from './plotScale';

const series: HeadroomSeries[] = [
  { key: 's0', id: 'huabei', name: 'Huabei', group: 'ant' },
  { key: 's1', id: 'bank', name: 'Bank', group: 'bank' },
];
const row = (day: number, s0: number, s1: number): HeadroomRow => ({
  day,
  date: `2027-01-0${day + 1}` as HeadroomRow['date'],
  s0,
  s1,
});
// Huabei 30K, frozen on day 2; the bank line 50K, half drawn on day 1.
const rows = [row(0, 30_000, 50_000), row(1, 30_000, 25_000), row(2, 0, 25_000)];
// 10 px per day; ¥1K per px upward from y = 100.
const scale: PlotScale = {
  x: (d) => d * 10,
  y: (v) => 100 - v / 1000,
  dayAt: () => 0,
  stepDayAt: () => 0,
};

describe('headroomStack', () => {
  it('stacks each source on the ones below it', () => {
    expect(headroomStack(rows, series)).toEqual([
      [30_000, 30_000, 0],
      [80_000, 55_000, 25_000],
    ]);
  });

  it('counts a missing or negative value as no headroom', () => {
    const odd = [{ day: 0, date: '2027-01-01', s0: -5 } as HeadroomRow];
    expect(headroomStack(odd, series)).toEqual([[0], [0]]);
  });
});

describe('headroomAxisTicks', () => {
  it('runs from ¥0 to above the highest total', () => {
    expect(headroomAxisTicks(headroomStack(rows, series))).toEqual([
      0, 20_000, 40_000, 60_000, 80_000,
    ]);
  });

  it('rounds an uneven highest total up to the next round tick', () => {
    expect(headroomAxisTicks([[0, 123_456]])).toEqual([0, 50_000, 100_000, 150_000]);
  });

  it('starts at ¥0 and reaches the highest total (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1 }), (top) => {
        const ticks = headroomAxisTicks([top]);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)!).toBeGreaterThanOrEqual(Math.max(...top));
      }),
    );
  });

  it('still has two labels when there is no credit at all', () => {
    expect(headroomAxisTicks([[0, 0]])).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(headroomAxisTicks([])).toEqual([0, 200, 400, 600, 800, 1000]);
  });
});

describe('headroomPaths', () => {
  it('draws each layer between its own total and the one below, in steps', () => {
    const [huabei, bank] = headroomPaths(headroomStack(rows, series), series, scale);
    // Huabei: 30K (y 70) for two days, then nothing (y 100); its band sits on ¥0 (y 100).
    expect(huabei).toEqual({
      key: 's0',
      area: 'M0,70L20,70L20,100L20,100L0,100Z',
      top: 'M0,70L20,70L20,100',
    });
    // The bank line on top: 80K, 55K, 25K (y 20, 45, 75), over Huabei's line.
    expect(bank!.top).toBe('M0,20L10,20L10,45L20,45L20,75');
    expect(bank!.area).toBe('M0,20L10,20L10,45L20,45L20,75L20,100L20,70L0,70Z');
  });

  it('steps a layer’s bottom edge where only the mix under it changes', () => {
    // Huabei 30K then 20K; the bank 20K then 30K: the total stays 50K.
    const mixed = [row(0, 30_000, 20_000), row(1, 20_000, 30_000)];
    const [huabei, bank] = headroomPaths(headroomStack(mixed, series), series, scale);
    expect(huabei!.top).toBe('M0,70L10,70L10,80');
    expect(bank!.top).toBe('M0,50L10,50');
    expect(bank!.area).toBe('M0,50L10,50L10,80L10,70L0,70Z');
  });
});

describe('headroomTip', () => {
  it('lists the sources top of the stack first, with their total', () => {
    expect(headroomTip(rows[1]!, series)).toEqual({
      sources: [
        { key: 's1', index: 1, name: 'Bank', yuan: 25_000 },
        { key: 's0', index: 0, name: 'Huabei', yuan: 30_000 },
      ],
      total: 55_000,
    });
  });

  it('counts what the picture counts: nothing for a missing, negative or endless value', () => {
    const odd = { day: 0, date: '2027-01-01', s0: Infinity, s1: -3 } as HeadroomRow;
    expect(usableHeadroom(odd, 's0')).toBe(0);
    expect(usableHeadroom(odd, 's1')).toBe(0);
    expect(usableHeadroom(odd, 's9')).toBe(0);
    expect(headroomTip(odd, series).total).toBe(0);
  });
});
