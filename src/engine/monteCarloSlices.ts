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
 * The cash of an accumulator's paths for days [fromDay, toDay). `copy`: its own memory (to send
 * to another Worker, transferring the buffer); otherwise a view of the accumulator.
 */
export function cashBlock(
  acc: MonteCarloAccumulator,
  fromDay: number,
  toDay: number,
  copy: boolean,
): CashBlock {
  const start = fromDay * acc.paths;
  const end = toDay * acc.paths;
  return {
    fromDay,
    toDay,
    paths: acc.paths,
    cash: copy ? acc.cash.slice(start, end) : acc.cash.subarray(start, end),
  };
}

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

/** Paths side by side in a partial summary's sample: one path alone is a cache miss a day. */
const RUN = 32;

/**
 * A partial summary of the first `done` paths of a slice. The bands use a sample of them — all
 * up to `sample`, else runs of 32 neighbouring paths spread evenly over those done — so a report
 * costs a few milliseconds however far the slice has got.
 */
export function partialSummary(
  acc: MonteCarloAccumulator,
  done: number,
  sample = 512,
): PartialSummary {
  const runs = Math.max(1, Math.floor(sample / RUN));
  const all = done <= runs * RUN;
  const m = all ? done : runs * RUN;
  const picked = new Float64Array(m * acc.days);
  for (let d = 0; d < acc.days; d++) {
    const row = d * acc.paths;
    if (all) {
      picked.set(acc.cash.subarray(row, row + m), d * m);
      continue;
    }
    for (let b = 0; b < runs; b++) {
      const start = row + Math.floor((b * (done - RUN)) / (runs - 1 || 1));
      picked.set(acc.cash.subarray(start, start + RUN), d * m + b * RUN);
    }
  }
  const cash =
    m > 0
      ? cashPercentiles([{ fromDay: 0, toDay: acc.days, paths: m, cash: picked }], 0, acc.days)
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
