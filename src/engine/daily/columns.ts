import type { Plan } from '../model';
import type { Projection } from '../simulate';

/**
 * The memory of a run's projection. The ten cash columns, one shared zero column and (with
 * source series) each source's limit are laid out up front; a source gets its own draw and
 * repayment columns (and balance and headroom) only once the run uses it (`claimColumns`).
 * Until then they are the zero column, and its headroom is its limit (nothing drawn). Most
 * sources of a plan are never drawn in a given scenario: the benchmark plan uses 4 of its 10,
 * and allocating and zeroing every column up front was a quarter of a projection's time.
 * The zero and limit columns are shared: nothing writes to a projection once it is returned.
 */
export type ProjectionMemory = {
  days: number;
  sourceSeries: boolean;
  /** Memory lent by the caller (the Monte Carlo), or null: claimed columns are new memory. */
  lent: Float64Array | null;
  /** Columns before the first source's own, in `lent`. */
  fixed: number;
};

/** Columns a source owns once used: draws and repayments, and its balance and headroom with source series. */
const ownColumns = (sourceSeries: boolean) => (sourceSeries ? 4 : 2);

/** Daily columns a run may lay out: 10 for cash, one zero column, per source its limit (with source series) and its own. */
export function projectionColumns(sources: number, sourceSeries: boolean): number {
  return 11 + sources * ((sourceSeries ? 1 : 0) + ownColumns(sourceSeries));
}

/** A projection of `sourceIds` over `n` days with every source unused, in `lent` if large enough. */
export function openProjection(
  plan: Plan,
  n: number,
  sourceIds: readonly string[],
  sourceSeries: boolean,
  lent: Float64Array | undefined,
): { out: Projection; memory: ProjectionMemory } {
  const sources = sourceIds.length;
  const fixed = 11 + (sourceSeries ? sources : 0);
  const fits = lent !== undefined && lent.length >= n * projectionColumns(sources, sourceSeries);
  // Lent memory holds the last run: only the zero column needs clearing (every cash column is
  // written every day, every limit by `resolveScenario`, a claimed column when claimed).
  const block = fits ? lent.subarray(0, n * fixed) : new Float64Array(n * fixed);
  let next = 0;
  const col = () => block.subarray(n * next, n * ++next);
  const out: Projection = {
    startDate: plan.business.startDate,
    days: n,
    openingCash: 0,
    cash: col(),
    accessibleCash: col(),
    lockedCash: col(),
    inflows: col(),
    outflows: col(),
    huabeiDeferred: col(),
    repayments: col(),
    interest: col(),
    draws: col(),
    shortfall: col(),
    sources: [],
    firstShockDay: null,
  };
  const zeros = col().fill(0);
  for (const id of sourceIds) {
    const limit = sourceSeries ? col() : zeros;
    out.sources.push({
      id,
      draws: zeros,
      repayments: zeros,
      balance: zeros,
      headroom: limit,
      limit,
    });
  }
  return { out, memory: { days: n, sourceSeries, lent: fits ? lent : null, fixed } };
}

/** Source `index` is used from now on: its own zeroed columns replace the shared ones. */
export function claimColumns(out: Projection, memory: ProjectionMemory, index: number): void {
  const { days: n, sourceSeries, lent } = memory;
  const k = ownColumns(sourceSeries);
  const at = n * (memory.fixed + k * index);
  const own = lent ? lent.subarray(at, at + k * n).fill(0) : new Float64Array(k * n);
  const series = out.sources[index]!;
  series.draws = own.subarray(0, n);
  series.repayments = own.subarray(n, 2 * n);
  if (!sourceSeries) return;
  series.balance = own.subarray(2 * n, 3 * n);
  series.headroom = own.subarray(3 * n, 4 * n);
}
