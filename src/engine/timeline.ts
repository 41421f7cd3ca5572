import { civil, epochDay, isoFromEpochDay } from './calendar';
import type { IsoDate } from './model';

/**
 * The calendar of one horizon, computed once: day-of-month, weekday and month of every day.
 * Memoised by (start, length) because the reverse-stress search re-simulates the same horizon
 * hundreds of times.
 */
export type Timeline = {
  startEpoch: number;
  days: number;
  dayOfMonth: Uint8Array;
  weekday: Uint8Array;
  /** year * 12 + month - 1: a running month number, so quarters are `monthIndex % 3`. */
  monthIndex: Int32Array;
  lastDayOfMonth: Uint8Array;
};

const cache = new Map<string, Timeline>();

export function timelineOf(startDate: IsoDate, days: number): Timeline {
  const key = `${startDate}/${days}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const startEpoch = epochDay(startDate);
  const t: Timeline = {
    startEpoch,
    days,
    dayOfMonth: new Uint8Array(days),
    weekday: new Uint8Array(days),
    monthIndex: new Int32Array(days),
    lastDayOfMonth: new Uint8Array(days),
  };
  for (let d = 0; d < days; d++) {
    const c = civil(startEpoch + d);
    t.dayOfMonth[d] = c.dayOfMonth;
    t.weekday[d] = c.weekday;
    t.monthIndex[d] = c.year * 12 + c.month - 1;
    t.lastDayOfMonth[d] = civil(startEpoch + d + 1).dayOfMonth === 1 ? 1 : 0;
  }
  if (cache.size > 64) cache.clear();
  cache.set(key, t);
  return t;
}

/** Day index of an ISO date on this timeline (may be negative or past the end). */
export function dayIndex(t: Timeline, iso: IsoDate): number {
  return epochDay(iso) - t.startEpoch;
}

export function dateOfDay(t: Timeline, day: number): IsoDate {
  return isoFromEpochDay(t.startEpoch + day);
}

/**
 * Whether a monthly event anchored on `dayOfMonth` falls on day `d`: on that date, or on the
 * month's last day when the month is too short (31st → 30 Apr).
 */
export function isMonthlyAnchor(t: Timeline, d: number, dayOfMonth: number): boolean {
  const dom = t.dayOfMonth[d]!;
  return dom === dayOfMonth || (t.lastDayOfMonth[d] === 1 && dom < dayOfMonth);
}
