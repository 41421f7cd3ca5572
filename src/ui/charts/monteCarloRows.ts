import type { Plan } from '../../engine/model';
import { yuanFromFen } from '../../engine/money';
import type { HistogramBin, MonteCarloSummary } from '../../engine/monteCarloSummary';
import { dateOfDay, timelineOf } from '../../engine/timeline';

/** One day of the fan chart, yuan: the two bands as [low, high] pairs and the median. */
export type FanRow = {
  day: number;
  date: string;
  band90: [number, number];
  band50: [number, number];
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
};

export function fanRows(plan: Plan, s: MonteCarloSummary): FanRow[] {
  const t = timelineOf(plan.business.startDate, s.days);
  const rows: FanRow[] = [];
  for (let d = 0; d < s.days; d++) {
    const p5 = yuanFromFen(s.cash.p5[d]!);
    const p25 = yuanFromFen(s.cash.p25[d]!);
    const p50 = yuanFromFen(s.cash.p50[d]!);
    const p75 = yuanFromFen(s.cash.p75[d]!);
    const p95 = yuanFromFen(s.cash.p95[d]!);
    rows.push({
      day: d,
      date: dateOfDay(t, d),
      band90: [p5, p95],
      band50: [p25, p75],
      p5,
      p25,
      p50,
      p75,
      p95,
    });
  }
  return rows;
}

/** The day the worst 5 % of paths are lowest (first such day). */
export function lowestP5Day(s: MonteCarloSummary): number {
  let best = 0;
  for (let d = 1; d < s.days; d++) if (s.cash.p5[d]! < s.cash.p5[best]!) best = d;
  return best;
}

/** Histogram bins as bar rows; `scale` turns fen into yuan for money bins. */
export type BinRow = { label: string; from: number; to: number; count: number };

export function binRows(
  bins: HistogramBin[],
  format: (lo: number, hi: number) => string,
  scale = 1,
): BinRow[] {
  return bins.map((b) => ({
    label: format(b.from * scale, (b.to - 1) * scale),
    from: b.from * scale,
    to: b.to * scale,
    count: b.count,
  }));
}
