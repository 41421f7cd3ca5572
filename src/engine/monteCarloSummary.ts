import type { Fen } from './model';
import type { MonteCarloAccumulator } from './monteCarlo';
import {
  binnedPercentiles,
  percentileScratch,
  PERCENTILES,
  rankOf,
  selectPercentiles,
  type PercentileKey,
  type Percentiles,
} from './monteCarloSelect';

/**
 * What a Monte Carlo run reports: daily cash percentiles, the share of paths with a shortfall,
 * and the distributions of survival days and of the deepest gap. Percentiles are nearest-rank
 * (an actual path's value, never interpolated), so every figure is a whole fen and Node and the
 * browser agree exactly.
 */

export { PERCENTILES, selectPercentiles, type PercentileKey, type Percentiles };

export type HistogramBin = {
  /** Inclusive lower edge. */
  from: number;
  /** Exclusive upper edge. */
  to: number;
  count: number;
};

export type Distribution = {
  /** Null when no path has a value (e.g. no path runs short). */
  percentiles: Percentiles | null;
  histogram: HistogramBin[];
};

export type MonteCarloSummary = {
  paths: number;
  days: number;
  /** Reachable cash at the end of each day, fen: one array of `days` values per percentile. */
  cash: Record<PercentileKey, Fen[]>;
  /** Paths with a shortfall on or after their outage start ÷ all paths, 0–1. */
  shortfallShare: number;
  shortPaths: number;
  /** Over the paths that run short only: days from the outage start to the first shortfall. */
  survivalDays: Distribution;
  /** Over the paths that run short only: deepest shortfall, fen. */
  deepestShortfall: Distribution;
};

const keyOf = (p: number) => `p${p}` as PercentileKey;

/** Nearest-rank percentile of an ascending array: the value at rank ⌈p·n⌉. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  return sorted[rankOf(p, sorted.length)]!;
}

function percentilesOf(sorted: Float64Array): Percentiles | null {
  if (sorted.length === 0) return null;
  const out = {} as Percentiles;
  for (const p of PERCENTILES) out[keyOf(p)] = nearestRank(sorted, p);
  return out;
}

/**
 * Equal-width bins over integer values (days or fen) from the smallest to the largest:
 * at most `maxBins`, width a whole number, every value in exactly one bin.
 */
export function histogram(sorted: Float64Array, maxBins = 20): HistogramBin[] {
  if (sorted.length === 0) return [];
  const lo = sorted[0]!;
  const hi = sorted[sorted.length - 1]!;
  const width = Math.max(1, Math.ceil((hi - lo + 1) / maxBins));
  const count = Math.max(1, Math.ceil((hi - lo + 1) / width));
  const bins: HistogramBin[] = [];
  for (let i = 0; i < count; i++)
    bins.push({ from: lo + i * width, to: lo + (i + 1) * width, count: 0 });
  for (let i = 0; i < sorted.length; i++)
    bins[Math.min(count - 1, Math.floor((sorted[i]! - lo) / width))]!.count++;
  return bins;
}

/**
 * The reachable cash of `paths` paths over days [fromDay, toDay), path-major:
 * cash[i * (toDay - fromDay) + (d - fromDay)]. A Worker's slice of paths, or the piece of it
 * for a day range.
 */
export type CashBlock = { fromDay: number; toDay: number; paths: number; cash: Float64Array };

/** Per path, by path index: days from its outage start to the first shortfall (-1 = none), deepest shortfall (fen). */
export type PathOutcomes = { survivalDays: Int32Array; deepestShortfall: Float64Array };

export type CashPercentiles = Record<PercentileKey, Fen[]>;

/** Days whose columns are gathered together: a path's next eight days share a cache line or two. */
const DAY_GROUP = 8;

/**
 * Daily percentiles of days [fromDay, toDay) over every path of every block (each block covers at
 * least that day range). Nearest-rank values do not depend on the order paths sit in, so blocks
 * from any split of the paths give the figures of one undivided run.
 */
export function cashPercentiles(
  blocks: readonly CashBlock[],
  fromDay: number,
  toDay: number,
): CashPercentiles {
  const paths = blocks.reduce((n, b) => n + b.paths, 0);
  const columns = new Float64Array(DAY_GROUP * paths);
  const scratch = percentileScratch(paths);
  const cash: CashPercentiles = { p5: [], p25: [], p50: [], p75: [], p95: [] };
  for (let d0 = fromDay; d0 < toDay; d0 += DAY_GROUP) {
    const g = Math.min(DAY_GROUP, toDay - d0);
    let at = 0;
    for (const b of blocks) {
      const len = b.toDay - b.fromDay;
      const skip = d0 - b.fromDay;
      for (let i = 0; i < b.paths; i++) {
        const row = i * len + skip;
        for (let j = 0; j < g; j++) columns[j * paths + at + i] = b.cash[row + j]!;
      }
      at += b.paths;
    }
    for (let j = 0; j < g; j++) {
      const q = binnedPercentiles(columns.subarray(j * paths, (j + 1) * paths), scratch);
      for (const p of PERCENTILES) cash[keyOf(p)].push(q[keyOf(p)]);
    }
  }
  return cash;
}

export type OutcomeSummary = Pick<
  MonteCarloSummary,
  'paths' | 'shortfallShare' | 'shortPaths' | 'survivalDays' | 'deepestShortfall'
>;

/** The share of paths that run short and, over those, how soon and how deep: from any split of the paths. */
export function outcomeSummary(parts: readonly PathOutcomes[]): OutcomeSummary {
  const survival: number[] = [];
  const deepest: number[] = [];
  let paths = 0;
  for (const part of parts) {
    paths += part.survivalDays.length;
    for (let i = 0; i < part.survivalDays.length; i++) {
      if (part.survivalDays[i]! < 0) continue;
      survival.push(part.survivalDays[i]!);
      deepest.push(part.deepestShortfall[i]!);
    }
  }
  const s = Float64Array.from(survival).sort();
  const g = Float64Array.from(deepest).sort();
  return {
    paths,
    shortfallShare: paths > 0 ? survival.length / paths : 0,
    shortPaths: survival.length,
    survivalDays: { percentiles: percentilesOf(s), histogram: histogram(s) },
    deepestShortfall: { percentiles: percentilesOf(g), histogram: histogram(g) },
  };
}

/**
 * Summarise accumulators that together hold every path once (one for a run in one place, one
 * per Worker slice otherwise); unrun paths would count as ¥0 and no shortfall.
 */
export function summarize(...slices: MonteCarloAccumulator[]): MonteCarloSummary {
  const days = slices[0]?.days ?? 0;
  const cash = cashPercentiles(
    slices.map((a) => ({ fromDay: 0, toDay: days, paths: a.paths, cash: a.cash })),
    0,
    days,
  );
  return assembleSummary(days, cash, outcomeSummary(slices));
}

/** One summary from its daily bands and its path outcomes, worked out apart (in Workers, say). */
export function assembleSummary(
  days: number,
  cash: CashPercentiles,
  o: OutcomeSummary,
): MonteCarloSummary {
  return {
    paths: o.paths,
    days,
    cash,
    shortfallShare: o.shortfallShare,
    shortPaths: o.shortPaths,
    survivalDays: o.survivalDays,
    deepestShortfall: o.deepestShortfall,
  };
}
