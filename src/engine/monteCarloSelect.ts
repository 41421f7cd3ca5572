/**
 * Nearest-rank percentiles of one day's column of path values, found without sorting. The bands
 * take five of them on each of 365 days over 10,000 paths: five quickselects cost about a sixth
 * of a run in profiles, one bracketing pass (below) about a fifth of that.
 */

/** The percentiles the bands show, ascending. */
export const PERCENTILES = [5, 25, 50, 75, 95] as const;
export type PercentileKey = 'p5' | 'p25' | 'p50' | 'p75' | 'p95';
export type Percentiles = Record<PercentileKey, number>;

/** 0-based index of the nearest-rank `p`th percentile among `n` values: rank ⌈p·n/100⌉. */
export const rankOf = (p: number, n: number): number =>
  Math.min(n, Math.max(1, Math.ceil((p / 100) * n))) - 1;

/**
 * Put the value of ascending rank `k` (0-based) at index k, smaller values left of it and larger
 * right, within [lo, hi] (Hoare's quickselect, median-of-three pivot: deterministic).
 * The value found is the one a full sort would put there, at a fraction of the cost.
 */
export function select(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** Nearest-rank percentiles of an unsorted column, by quickselect (the column is reordered). */
export function selectPercentiles(column: Float64Array): Percentiles {
  const n = column.length;
  const [r5, r25, r50, r75, r95] = PERCENTILES.map((p) => rankOf(p, n)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  // Median first; each later selection searches only the side its rank lies on.
  select(column, r50, 0, n - 1);
  select(column, r25, 0, r50);
  select(column, r5, 0, r25);
  select(column, r75, r50, n - 1);
  select(column, r95, r75, n - 1);
  return {
    p5: column[r5]!,
    p25: column[r25]!,
    p50: column[r50]!,
    p75: column[r75]!,
    p95: column[r95]!,
  };
}

/** Columns shorter than this go straight to quickselect: binning pays off on long columns only. */
const BIN_FROM = 2048;
/** Equal-width bins a column's range is cut into. */
const BINS = 1024;

/**
 * Memory for `binnedPercentiles` over columns of up to `n` values, reused day after day: each
 * value's bin, the count per bin, which bins hold a wanted rank, and those bins' values.
 */
export type PercentileScratch = {
  bin: Uint16Array;
  counts: Int32Array;
  wanted: Uint8Array;
  /** Where the next value of a wanted bin goes in `kept`. */
  next: Int32Array;
  kept: Float64Array;
  /** Per percentile: its rank, its bin, the values in lower bins, where its bin starts in `kept`. */
  ranks: Int32Array;
  binOf: Int32Array;
  before: Int32Array;
  start: Int32Array;
};

export const percentileScratch = (n: number): PercentileScratch => ({
  bin: new Uint16Array(n),
  counts: new Int32Array(BINS),
  wanted: new Uint8Array(BINS),
  next: new Int32Array(BINS),
  kept: new Float64Array(n),
  ranks: new Int32Array(PERCENTILES.length),
  binOf: new Int32Array(PERCENTILES.length),
  before: new Int32Array(PERCENTILES.length),
  start: new Int32Array(PERCENTILES.length),
});

/**
 * Nearest-rank percentiles of a column, exactly the values `selectPercentiles` finds, in three
 * branch-light passes: the range, then each value's equal-width bin and the count per bin, then
 * the values of the bins that hold a wanted rank, among which the rank is selected. Bins only
 * narrow where a rank lies, never what is picked, so the result is exact however the values
 * spread (all in one bin costs one quickselect of the column). A long column is not changed; a
 * short one (or one longer than the scratch) goes to `selectPercentiles`, which reorders it.
 * Each pass is its own small function: as one long function, V8 compiled its first loop on the
 * fly and threw that code away on every later call (hundreds of deoptimisations a run).
 */
export function binnedPercentiles(column: Float64Array, scratch: PercentileScratch): Percentiles {
  const n = column.length;
  if (n < BIN_FROM || n > scratch.bin.length) return selectPercentiles(column);
  const min = minOf(column);
  const max = maxOf(column);
  if (min === max) return { p5: min, p25: min, p50: min, p75: min, p95: min };
  // Scaled so `max` lands in the last bin, never past it.
  binValues(column, min, (BINS - 0.5) / (max - min), scratch);
  locateRanks(n, scratch);
  keepWanted(column, scratch);
  return {
    p5: selectKept(0, scratch),
    p25: selectKept(1, scratch),
    p50: selectKept(2, scratch),
    p75: selectKept(3, scratch),
    p95: selectKept(4, scratch),
  };
}

function minOf(column: Float64Array): number {
  let min = column[0]!;
  for (let i = 1; i < column.length; i++) {
    const x = column[i]!;
    min = x < min ? x : min;
  }
  return min;
}

function maxOf(column: Float64Array): number {
  let max = column[0]!;
  for (let i = 1; i < column.length; i++) {
    const x = column[i]!;
    max = x > max ? x : max;
  }
  return max;
}

function binValues(column: Float64Array, min: number, scale: number, s: PercentileScratch): void {
  const { bin, counts } = s;
  counts.fill(0);
  for (let i = 0; i < column.length; i++) {
    const b = ((column[i]! - min) * scale) | 0;
    bin[i] = b;
    counts[b]!++;
  }
}

/** Each rank's bin and the values below that bin; marks the bins to keep and lays them out in `kept`. */
function locateRanks(n: number, s: PercentileScratch): void {
  const { counts, wanted, next, ranks, binOf, before, start } = s;
  wanted.fill(0);
  for (let k = 0; k < PERCENTILES.length; k++) ranks[k] = rankOf(PERCENTILES[k]!, n);
  let k = 0;
  let cumulative = 0;
  let at = 0;
  for (let b = 0; b < BINS && k < PERCENTILES.length; b++) {
    const upTo = cumulative + counts[b]!;
    if (ranks[k]! < upTo) {
      wanted[b] = 1;
      next[b] = at;
      while (k < PERCENTILES.length && ranks[k]! < upTo) {
        binOf[k] = b;
        before[k] = cumulative;
        start[k] = at;
        k++;
      }
      at += counts[b]!;
    }
    cumulative = upTo;
  }
}

function keepWanted(column: Float64Array, s: PercentileScratch): void {
  const { bin, wanted, next, kept } = s;
  for (let i = 0; i < column.length; i++) {
    const b = bin[i]!;
    if (wanted[b] === 0) continue;
    kept[next[b]!++] = column[i]!;
  }
}

/** Percentile `k`'s value, selected within its bin (ranks sharing a bin each search all of it). */
function selectKept(k: number, s: PercentileScratch): number {
  const from = s.start[k]!;
  const to = from + s.counts[s.binOf[k]!]! - 1;
  const want = from + s.ranks[k]! - s.before[k]!;
  select(s.kept, want, from, to);
  return s.kept[want]!;
}
