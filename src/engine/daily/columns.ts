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
  /** The column every unused source's draws, repayments and balance read: all 0. */
  zeros: Float64Array;
  /** With `lent`: each source's own columns once claimed, kept for the next run in that memory. */
  owned: (Float64Array[] | null)[];
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
  const memory: ProjectionMemory = {
    days: n,
    sourceSeries,
    lent: fits ? lent : null,
    fixed,
    zeros,
    owned: sourceIds.map(() => null),
  };
  return { out, memory };
}

/** Source `index` is used from now on: its own zeroed columns replace the shared ones. */
export function claimColumns(out: Projection, memory: ProjectionMemory, index: number): void {
  const series = out.sources[index]!;
  const own = memory.owned[index] ?? ownColumnsOf(memory, index);
  // Lent memory holds an earlier run's numbers; new memory is 0 already.
  if (memory.lent) for (let k = 0; k < own.length; k++) own[k]!.fill(0);
  series.draws = own[0]!;
  series.repayments = own[1]!;
  if (!memory.sourceSeries) return;
  series.balance = own[2]!;
  series.headroom = own[3]!;
}

/** Source `index`'s own columns: in lent memory (kept there for later runs), else new. */
function ownColumnsOf(memory: ProjectionMemory, index: number): Float64Array[] {
  const { days: n, sourceSeries, lent } = memory;
  const k = ownColumns(sourceSeries);
  const at = n * (memory.fixed + k * index);
  const block = lent ? lent.subarray(at, at + k * n) : new Float64Array(k * n);
  const own = Array.from({ length: k }, (_, c) => block.subarray(c * n, (c + 1) * n));
  if (lent) memory.owned[index] = own;
  return own;
}

/** Every source unused again (a run reusing the projection): its columns are the shared ones. */
export function releaseColumns(out: Projection, memory: ProjectionMemory): void {
  const zeros = memory.zeros;
  for (let i = 0; i < out.sources.length; i++) {
    const series = out.sources[i]!;
    series.draws = zeros;
    series.repayments = zeros;
    series.balance = zeros;
    series.headroom = series.limit;
  }
}
