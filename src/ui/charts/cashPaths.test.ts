import { describe, expect, it } from 'vitest';
import { cashPaths } from './cashPaths';
import type { CashRow } from './cashRows';
import type { PlotScale } from './plotScale';

// One pixel per yuan and 10 px per day, y not flipped: the paths read as the rows' numbers.
const scale: PlotScale = {
  x: (d) => d * 10,
  y: (v) => v,
  dayAt: (px) => Math.round(px / 10),
  stepDayAt: (px) => Math.floor(px / 10),
};
const row = (day: number, cash: number, credit: number, whatIf?: number): CashRow => ({
  day,
  date: `2027-01-0${day + 1}`,
  baseline: cash + credit + 1,
  stressed: cash + credit,
  stressedCash: cash,
  cashBand: [0, cash],
  creditBand: [cash, cash + credit],
  gap: [5, 5],
  ...(whatIf === undefined ? {} : { whatIf }),
});

describe('cashPaths', () => {
  const rows = [row(0, 20, 30, 60), row(1, 40, 10)];

  it('stacks the credit band on the cash band', () => {
    const p = cashPaths(rows, scale, false);
    expect(p.cash.area).toBe('M0,20L10,40L10,0L0,0Z');
    expect(p.credit.area).toBe('M0,50L10,50L10,40L0,20Z');
    expect(p.credit.low).toBe(p.cash.high);
    expect(p.stressed).toBe('M0,50L10,50');
    expect(p.baseline).toBe('M0,51L10,51');
  });

  it('draws the tried-out line only while a suggestion is tried, breaking where it has no value', () => {
    expect(cashPaths(rows, scale, false).whatIf).toBe('');
    expect(cashPaths(rows, scale, true).whatIf).toBe('M0,60');
  });
});
