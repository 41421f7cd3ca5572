import { describe, expect, it } from 'vitest';
import type { RunMetrics } from '../../engine/metrics';
import { metricRows } from './compareModel';

const base: RunMetrics = {
  survivalDays: 10,
  cashZeroDate: '2026-12-11',
  deepestShortfall: 5_000,
  daysShort: 4,
  cumulativeShortfall: 12_000,
  recoveryDate: null,
  financingCost: 300,
  extraFinancingCost: 100,
  cashBufferDays: 12,
  stressCoverageRatio30d: 80,
  hhiHeadroom: 6_000,
  hhiDrawn: null,
  effectiveSources: 1.5,
  antGroupShare: 70,
  rolloverNeed: 50,
  lowestCash: -5_000,
  lowestCashDate: '2026-12-14',
};

describe('metricRows', () => {
  const rows = metricRows([
    base,
    { ...base, survivalDays: null, deepestShortfall: 0, financingCost: 300 },
    {
      ...base,
      survivalDays: 20,
      deepestShortfall: 2_000,
      stressCoverageRatio30d: 60,
      cashBufferDays: null,
    },
  ]);
  const row = (key: string) => rows.find((r) => r.spec.key === key)!;

  it('never short is the best survival; less gap is better', () => {
    expect(row('survivalDays').best).toEqual([false, true, false]);
    expect(row('deepestShortfall').best).toEqual([false, true, false]);
  });

  it('marks every tied best, nothing when all tie, and skips values that do not apply', () => {
    const tied = metricRows([base, { ...base, survivalDays: null }, { ...base, daysShort: 9 }]);
    expect(tied.find((r) => r.spec.key === 'daysShort')!.best).toEqual([true, true, false]);
    expect(row('daysShort').best).toEqual([false, false, false]);
    const lowest = metricRows([{ ...base, lowestCash: null as unknown as number }, base]);
    expect(lowest.find((r) => r.spec.key === 'lowestCash')!.best).toEqual([false, false]);
  });

  it('stars only the outcome rows: a freeze "saving" cost or Ant share is not the better scenario', () => {
    for (const key of [
      'financingCost',
      'extraFinancingCost',
      'cashBufferDays',
      'stressCoverageRatio30d',
      'antGroupShare',
      'hhiHeadroom',
    ])
      expect(row(key).best).toEqual([false, false, false]);
    expect(
      metricRows([base, { ...base, extraFinancingCost: -2_694, antGroupShare: 0 }])
        .filter((r) => r.best.some(Boolean))
        .map((r) => r.spec.key),
    ).toEqual([]);
  });

  it('marks nothing with a single scenario', () => {
    expect(metricRows([base]).every((r) => r.best.every((b) => !b))).toBe(true);
  });
});
