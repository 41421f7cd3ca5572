import { describe, expect, it } from 'vitest';
import type { HeadroomRow, HeadroomSeries } from './headroomRows';
import { headroomAxisTicks, headroomPaths, headroomStack } from './headroomPaths';
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
const scale: PlotScale = { x: (d) => d * 10, y: (v) => 100 - v / 1000, dayAt: () => 0 };

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
});
