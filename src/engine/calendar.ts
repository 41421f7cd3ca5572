import type { IsoDate } from './model';

/**
 * Calendar arithmetic on UTC epoch days, so a plan gives the same dates on every machine.
 */

const MS_PER_DAY = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for an ISO date; throws on anything that is not a real date. */
export function epochDay(iso: IsoDate): number {
  const m = ISO_RE.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`not a calendar date: ${iso}`);
  }
  return Math.round(t / MS_PER_DAY);
}

export function isoFromEpochDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isValidIsoDate(iso: string): boolean {
  try {
    epochDay(iso);
    return true;
  } catch {
    return false;
  }
}

/**
 * Year, month (1–12), day of month and weekday (0 = Sunday) of an epoch day.
 * Integer arithmetic (H. Hinnant's civil_from_days): the stress search calls this
 * thousands of times, and a Date per call showed up in profiles.
 */
export function civil(day: number): {
  year: number;
  month: number;
  dayOfMonth: number;
  weekday: number;
} {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dayOfMonth = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, dayOfMonth, weekday: (((day + 4) % 7) + 7) % 7 };
}

/** Epoch day of a civil date (days_from_civil); `dayOfMonth` must be valid for the month. */
export function epochDayOf(year: number, month: number, dayOfMonth: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + dayOfMonth - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1]!;
}

/** The epoch day of `dayOfMonth` in the given month, clamped to the month's last day (31 → 30 Apr). */
export function dayInMonth(year: number, month: number, dayOfMonth: number): number {
  return epochDayOf(year, month, Math.min(dayOfMonth, daysInMonth(year, month)));
}

/** Same day-of-month `n` months later, clamped (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: number, n: number, anchorDayOfMonth?: number): number {
  const c = civil(day);
  return dayInRunningMonth(c.year * 12 + (c.month - 1) + n, anchorDayOfMonth ?? c.dayOfMonth);
}

/** year × 12 + month − 1 of an epoch day: months then add as plain numbers (the timeline's monthIndex). */
export function runningMonth(day: number): number {
  const c = civil(day);
  return c.year * 12 + (c.month - 1);
}

/** `dayInMonth` for a running month number (see `runningMonth`). */
export function dayInRunningMonth(month: number, dayOfMonth: number): number {
  const at = month - FIRST_TABLED_MONTH;
  if (at >= 0 && at < MONTH_TABLE_LENGTH) {
    // Every instalment the daily loop schedules asks this (a Monte Carlo run: millions).
    const dom = dayOfMonth < MONTH_LENGTH[at]! ? dayOfMonth : MONTH_LENGTH[at]!;
    return MONTH_START[at]! + dom - 1;
  }
  return dayInMonth(Math.floor(month / 12), (month % 12) + 1, dayOfMonth);
}

/** Running months 2000-01 … 2199-12 tabled: the first day (epoch day) and length of each. */
const FIRST_TABLED_MONTH = 2000 * 12;
const MONTH_TABLE_LENGTH = 200 * 12;
const MONTH_START = new Int32Array(MONTH_TABLE_LENGTH);
const MONTH_LENGTH = new Uint8Array(MONTH_TABLE_LENGTH);
for (let i = 0; i < MONTH_TABLE_LENGTH; i++) {
  const month = FIRST_TABLED_MONTH + i;
  const year = Math.floor(month / 12);
  MONTH_START[i] = epochDayOf(year, (month % 12) + 1, 1);
  MONTH_LENGTH[i] = daysInMonth(year, (month % 12) + 1);
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  return isoFromEpochDay(epochDay(iso) + n);
}
