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

/** Year, month (1–12), day of month and weekday (0 = Sunday) of an epoch day. */
export function civil(day: number): { year: number; month: number; dayOfMonth: number; weekday: number } {
  const d = new Date(day * MS_PER_DAY);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    dayOfMonth: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The epoch day of `dayOfMonth` in the given month, clamped to the month's last day (31 → 30 Apr). */
export function dayInMonth(year: number, month: number, dayOfMonth: number): number {
  const clamped = Math.min(dayOfMonth, daysInMonth(year, month));
  return Math.round(Date.UTC(year, month - 1, clamped) / MS_PER_DAY);
}

/** Same day-of-month `n` months later, clamped (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: number, n: number, anchorDayOfMonth?: number): number {
  const c = civil(day);
  const total = c.year * 12 + (c.month - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return dayInMonth(y, m, anchorDayOfMonth ?? c.dayOfMonth);
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  return isoFromEpochDay(epochDay(iso) + n);
}
