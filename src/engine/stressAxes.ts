import type { Scenario } from './model';

/**
 * Axes of the reverse-stress map and where a scenario sits on them. Apart from the grid itself
 * (stressBoundary.ts) so the page can label and mark the map without loading the search.
 */

/** Outage lengths a reader thinks in (days, weeks, months), denser where survival changes fastest. */
const DURATION_LADDER = [
  1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 75, 90, 105, 120, 135, 150, 165, 180, 240, 300, 365, 540,
  730,
];

/** The ladder's steps from `from` to `to` days, both ends included. */
export function durationAxis(from: number, to: number): number[] {
  const lo = Math.max(1, Math.round(Math.min(from, to)));
  const hi = Math.max(lo, Math.round(Math.max(from, to)));
  return [...new Set([lo, ...DURATION_LADDER.filter((d) => d > lo && d < hi), hi])];
}

/** Cuts in whole percent from `from` to `to` by `step`, both ends included. */
export function cutAxis(from: number, to: number, step: number): number[] {
  const lo = Math.max(0, Math.min(100, Math.round(Math.min(from, to))));
  const hi = Math.max(lo, Math.min(100, Math.round(Math.max(from, to))));
  const by = Math.max(1, Math.round(step));
  const out: number[] = [];
  for (let c = lo; c < hi; c += by) out.push(c);
  out.push(hi);
  return out;
}

/**
 * Where a scenario sits on the map: its longest outage or freeze (to the end of the horizon when
 * open-ended) and its deepest limit cut (a recall counts as 100 %).
 */
export function scenarioPoint(
  scenario: Scenario,
  horizonDays: number,
): { durationDays: number; cutPercent: number } {
  let durationDays = 0;
  let cutPercent = 0;
  for (const s of scenario.shocks) {
    if (s.type === 'outage' || s.type === 'freeze')
      durationDays = Math.max(durationDays, s.durationDays ?? horizonDays - s.startDay);
    if (s.type === 'limit_cut') cutPercent = Math.max(cutPercent, s.cutPercent);
    if (s.type === 'recall') cutPercent = 100;
  }
  return { durationDays, cutPercent };
}

/** Index of the axis value nearest to `x` (the first on a tie). */
export function nearestIndex(axis: readonly number[], x: number): number {
  let best = 0;
  for (let i = 1; i < axis.length; i++)
    if (Math.abs(axis[i]! - x) < Math.abs(axis[best]! - x)) best = i;
  return best;
}
