import type { MonteCarloAccumulator } from './monteCarlo';
import {
  assembleSummary,
  cashPercentiles,
  outcomeSummary,
  PERCENTILES,
  type CashBlock,
  type CashPercentiles,
  type MonteCarloSummary,
  type PathOutcomes,
  type PercentileKey,
} from './monteCarloSummary';

/**
 * A Monte Carlo split over several Workers: each runs a contiguous slice of the path indices
 * (every path seeded from (seed, index), so a slice computes exactly what one Worker would for
 * those paths), then each Worker works out the daily bands of one range of days over every
 * path, from the pieces of the others' slices. While slices run, their partial summaries merge
 * into provisional bands.
 */

/** [from, to) ranges splitting [0, total) into `count` contiguous parts whose sizes differ by at most one. */
export function splitRange(total: number, count: number): [number, number][] {
  const parts = Math.max(1, Math.floor(count));
  const ranges: [number, number][] = [];
  for (let i = 0; i < parts; i++)
    ranges.push([Math.floor((i * total) / parts), Math.floor(((i + 1) * total) / parts)]);
  return ranges;
}

/**
 * The cash of an accumulator's paths for days [fromDay, toDay): a copy (its own memory, to send
 * to another Worker with the buffer transferred).
 */
export function cashBlock(acc: MonteCarloAccumulator, fromDay: number, toDay: number): CashBlock {
  const len = toDay - fromDay;
  const cash = new Float64Array(acc.paths * len);
  for (let i = 0; i < acc.paths; i++) {
    const start = i * acc.days + fromDay;
    cash.set(acc.cash.subarray(start, start + len), i * len);
  }
  return { fromDay, toDay, paths: acc.paths, cash };
}

/** Every day of an accumulator's paths, without copying. */
export const wholeBlock = (acc: MonteCarloAccumulator): CashBlock => ({
  fromDay: 0,
  toDay: acc.days,
  paths: acc.paths,
  cash: acc.cash,
});

/** The outcomes of an accumulator's first `done` paths (copies: safe to send). */
export function outcomesOf(acc: MonteCarloAccumulator, done = acc.paths): PathOutcomes {
  return {
    survivalDays: acc.survivalDays.slice(0, done),
    deepestShortfall: acc.deepestShortfall.slice(0, done),
  };
}

/**
 * What a slice reports while it runs: daily percentiles over a sample of the paths it has done,
 * and the outcomes of all of them.
 */
export type PartialSummary = { done: number; cash: CashPercentiles; outcomes: PathOutcomes };

/**
 * A partial summary of the first `done` paths of a slice. The bands use at most `sample` of them,
 * evenly spread, so a report costs a few milliseconds however far the slice has got.
 */
export function partialSummary(
  acc: MonteCarloAccumulator,
  done: number,
  sample = 512,
): PartialSummary {
  const m = Math.max(0, Math.min(done, sample));
  const { days } = acc;
  const picked = new Float64Array(m * days);
  for (let k = 0; k < m; k++) {
    const start = Math.floor((k * done) / m) * days;
    picked.set(acc.cash.subarray(start, start + days), k * days);
  }
  const cash =
    m > 0
      ? cashPercentiles([{ fromDay: 0, toDay: days, paths: m, cash: picked }], 0, days)
      : emptyBands();
  return { done, cash, outcomes: outcomesOf(acc, done) };
}

const emptyBands = (): CashPercentiles => ({ p5: [], p25: [], p50: [], p75: [], p95: [] });

/**
 * Provisional bands while slices run: each day's percentile is the mean of the slices' own,
 * weighted by the paths each has done (every slice samples the same distribution, and a mean
 * with the same weights keeps P5 ≤ P25 ≤ … ≤ P95). Shares and distributions are exact over the
 * paths done. The final summary replaces this one; it is never merged from partials.
 */
export function mergePartials(
  parts: readonly PartialSummary[],
  days: number,
): MonteCarloSummary | null {
  const live = parts.filter((p) => p.done > 0 && p.cash.p50.length === days);
  if (live.length === 0) return null;
  const weight = live.reduce((n, p) => n + p.done, 0);
  const cash = emptyBands();
  for (const p of PERCENTILES) {
    const key = `p${p}` as PercentileKey;
    for (let d = 0; d < days; d++) {
      let sum = 0;
      for (const part of live) sum += part.done * part.cash[key][d]!;
      cash[key].push(Math.round(sum / weight));
    }
  }
  return assembleSummary(days, cash, outcomeSummary(live.map((p) => p.outcomes)));
}

/** The bands of consecutive day ranges, in order, as one run's daily bands. */
export function joinBands(parts: readonly CashPercentiles[]): CashPercentiles {
  const cash = emptyBands();
  for (const part of parts)
    for (const p of PERCENTILES) {
      const key = `p${p}` as PercentileKey;
      for (const x of part[key]) cash[key].push(x);
    }
  return cash;
}
