import type { CashRow } from './cashRows';
import { bandPath, linePath, type PlotScale } from './plotScale';

/** A ranged area of the cash plot: the filled band and its two edges (stroked where drawn). */
export type BandPaths = { area: string; high: string; low: string };

/** The SVG paths of the cash plot: three stacked bands and the lines of each run. */
export type CashPaths = {
  cash: BandPaths;
  credit: BandPaths;
  gap: BandPaths;
  baseline: string;
  stressed: string;
  /** Empty unless a suggestion is being tried out. */
  whatIf: string;
};

/** Every path of the cash plot for these rows at this scale. */
export function cashPaths(
  rows: readonly CashRow[],
  scale: PlotScale,
  withWhatIf: boolean,
): CashPaths {
  const n = rows.length;
  const line = (value: (r: CashRow) => number | undefined) =>
    linePath(n, scale.x, (i) => {
      const v = value(rows[i]!);
      return v === undefined ? undefined : scale.y(v);
    });
  const band = (part: (r: CashRow) => readonly [number, number]): BandPaths => ({
    area: bandPath(
      n,
      scale.x,
      (i) => scale.y(part(rows[i]!)[1]),
      (i) => scale.y(part(rows[i]!)[0]),
    ),
    high: line((r) => part(r)[1]),
    low: line((r) => part(r)[0]),
  });
  return {
    cash: band((r) => r.cashBand),
    credit: band((r) => r.creditBand),
    gap: band((r) => r.gap),
    baseline: line((r) => r.baseline),
    stressed: line((r) => r.stressed),
    whatIf: withWhatIf ? line((r) => r.whatIf) : '',
  };
}
