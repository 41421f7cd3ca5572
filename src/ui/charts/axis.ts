import type { IsoDate } from '../../engine/model';
import { timelineOf } from '../../engine/timeline';

/**
 * Day indices for a date axis: the 1st of each month for long horizons, every week for short
 * ones. A plot shows every n-th where they would overlap (`dayTickInterval` in `chartFrame.ts`).
 * @example dateTicks('2026-12-01', 365) // [0, 31, 62, …]
 */
export function dateTicks(startDate: IsoDate, days: number): number[] {
  if (days <= 0) return [];
  if (days <= 62) {
    const ticks: number[] = [];
    for (let d = 0; d < days; d += 7) ticks.push(d);
    return ticks;
  }
  const t = timelineOf(startDate, days);
  const ticks: number[] = [];
  for (let d = 0; d < days; d++) if (t.dayOfMonth[d] === 1) ticks.push(d);
  if (ticks[0] !== 0 && (ticks[0] ?? days) > 10) ticks.unshift(0);
  return ticks;
}

/** Whether a day-and-month label ("15 Dec") is unambiguous over the horizon. */
export function dayMonthIsUnique(days: number): boolean {
  return days <= 365;
}
