import type { IsoDate } from '../engine/model';

/**
 * The reader's own calendar date (their time zone, not UTC) as ISO `YYYY-MM-DD`: what "today"
 * means to them — a blank plan's start, the day a report is prepared, whether a plan's start has
 * passed, the day a sample is dated from. Not in the engine: the same instant is a different
 * date in another time zone.
 */
export function localIsoDate(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
