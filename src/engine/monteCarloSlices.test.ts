import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleValid } from '../io/exampleFixtures';
import { createAccumulator, prepareMonteCarlo, runPaths } from './monteCarlo';
import { defaultAssumptions } from './monteCarloAssumptions';
import { runMonteCarlo } from './monteCarloRun';
import {
  cashBlock,
  joinBands,
  mergePartials,
  outcomesOf,
  partialSummary,
  splitRange,
  wholeBlock,
} from './monteCarloSlices';
import { cashPercentiles, outcomeSummary, summarize } from './monteCarloSummary';
import { findPreset } from './presets';

const shop = exampleValid('online-shop').plan;
const freeze = findPreset('risk_control_freeze_30d')!;
const assumptions = { ...defaultAssumptions(), paymentDelayDays: { min: 0, max: 10 } };

/** The run cut into slices of paths, each run on its own as a Worker would. */
function slices(paths: number, count: number, seed = 5) {
  const setup = prepareMonteCarlo(shop, freeze, assumptions, { paths, seed });
  return splitRange(paths, count).map(([from, to]) => {
    const acc = createAccumulator(to - from, setup.days, from);
    runPaths(setup, from, to, acc);
    return acc;
  });
}

describe('splitting a Monte Carlo', () => {
  it('splitRange covers [0, total) in order, with sizes within one of each other', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 16 }), (n, k) => {
        const parts = splitRange(n, k);
        expect(parts).toHaveLength(k);
        expect(parts[0]![0]).toBe(0);
        expect(parts[k - 1]![1]).toBe(n);
        const sizes = parts.map(([a, b]) => b - a);
        for (let i = 1; i < k; i++) expect(parts[i]![0]).toBe(parts[i - 1]![1]);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
    expect(splitRange(10, 3)).toEqual([
      [0, 3],
      [3, 6],
      [6, 10],
    ]);
  });

  it('a slice holds exactly the paths of the whole run at the same indices', () => {
    const whole = slices(90, 1)[0]!;
    for (const part of slices(90, 4)) {
      for (let i = 0; i < part.paths; i++) {
        const p = part.from + i;
        expect(part.survivalDays[i]).toBe(whole.survivalDays[p]);
        expect(part.deepestShortfall[i]).toBe(whole.deepestShortfall[p]);
        for (const d of [0, 40, 200, 364])
          expect(part.cash[i * 365 + d]).toBe(whole.cash[p * 365 + d]);
      }
    }
  });

  it('bands of day ranges worked out from every slice join into the undivided summary', () => {
    const parts = slices(150, 3);
    const whole = runMonteCarlo(shop, freeze, assumptions, { paths: 150, seed: 5 });
    expect(summarize(...parts)).toEqual(whole);
    const days = splitRange(365, 3);
    const bands = days.map(([from, to]) =>
      cashPercentiles(
        parts.map((acc, j) => (j % 2 === 0 ? cashBlock(acc, from, to) : wholeBlock(acc))),
        from,
        to,
      ),
    );
    expect(joinBands(bands)).toEqual(whole.cash);
    expect(outcomeSummary(parts.map((acc) => outcomesOf(acc)))).toMatchObject({
      paths: 150,
      shortPaths: whole.shortPaths,
      shortfallShare: whole.shortfallShare,
      survivalDays: whole.survivalDays,
      deepestShortfall: whole.deepestShortfall,
    });
  });

  it('a block for a day range copies those days of every path', () => {
    const [acc] = slices(10, 1);
    const block = cashBlock(acc!, 5, 10);
    expect(block).toMatchObject({ fromDay: 5, toDay: 10, paths: 10 });
    expect(block.cash.buffer).not.toBe(acc!.cash.buffer);
    expect(Array.from(block.cash.subarray(15, 20))).toEqual(
      Array.from(acc!.cash.subarray(3 * 365 + 5, 3 * 365 + 10)),
    );
  });

  it('provisional bands from partial summaries: ordered, over the paths done, near the final ones', () => {
    const parts = slices(400, 2);
    const whole = summarize(...parts);
    const partials = parts.map((acc) => partialSummary(acc, 150, 100));
    const merged = mergePartials(partials, 365)!;
    expect(merged.paths).toBe(300);
    expect(merged.shortPaths).toBe(
      parts.reduce(
        (n, acc) => n + acc.survivalDays.subarray(0, 150).filter((s) => s >= 0).length,
        0,
      ),
    );
    for (let d = 0; d < 365; d++) {
      const row = (['p5', 'p25', 'p50', 'p75', 'p95'] as const).map((k) => merged.cash[k][d]!);
      for (let i = 1; i < row.length; i++) expect(row[i]!).toBeGreaterThanOrEqual(row[i - 1]!);
      for (const x of row) expect(Number.isInteger(x)).toBe(true);
    }
    // Half the paths, sampled: the median stays within the final run's P25–P75 band.
    for (const d of [0, 100, 364]) {
      expect(merged.cash.p50[d]!).toBeGreaterThanOrEqual(whole.cash.p25[d]!);
      expect(merged.cash.p50[d]!).toBeLessThanOrEqual(whole.cash.p75[d]!);
    }
    expect(mergePartials([], 365)).toBeNull();
    expect(mergePartials([partialSummary(parts[0]!, 0)], 365)).toBeNull();
  });
});
