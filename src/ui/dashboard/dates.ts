import { formatDate, formatDayMonth } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { dayMonthIsUnique } from '../charts/axis';

/** The date label of each day of `rows` (empty past the last), as `shortDate` writes it. */
export function dayLabels(rows: readonly { date: string }[], lang: Lang): (day: number) => string {
  return (day) => (rows[day] ? shortDate(rows[day].date, lang, rows.length) : '');
}

/** "15 Dec" when the horizon is at most a year (unambiguous), else "15 Dec 2027". */
export function shortDate(iso: string, lang: Lang, horizonDays: number): string {
  return dayMonthIsUnique(horizonDays) ? formatDayMonth(iso, lang) : formatDate(iso, lang);
}
