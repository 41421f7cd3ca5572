import { addDays } from './calendar';
import type { IsoDate, SeasonEvent } from './model';

/**
 * The dated calendars Chinese small businesses live by. Spring Festival moves with the lunar
 * calendar, so its dates come from this table; the shopping festivals sit on fixed dates.
 *
 * Spring Festival (正月初一), 2000–2050. Checked against ICU's Chinese calendar
 * (`Intl.DateTimeFormat('en-u-ca-chinese')`, see seasonCalendar.test.ts), which agrees on every
 * year except two where the new moon falls within minutes of Beijing midnight and ICU's
 * approximation lands on the wrong side: 2027 (new moon 6 Feb 23:56 Beijing time → 6 Feb, ICU
 * says 7 Feb) and 2030 (3 Feb 00:07 → 3 Feb, ICU says 2 Feb). Published tables give 6 Feb 2027
 * and 3 Feb 2030.
 */
export const SPRING_FESTIVAL: Readonly<Record<number, IsoDate>> = {
  2000: '2000-02-05',
  2001: '2001-01-24',
  2002: '2002-02-12',
  2003: '2003-02-01',
  2004: '2004-01-22',
  2005: '2005-02-09',
  2006: '2006-01-29',
  2007: '2007-02-18',
  2008: '2008-02-07',
  2009: '2009-01-26',
  2010: '2010-02-14',
  2011: '2011-02-03',
  2012: '2012-01-23',
  2013: '2013-02-10',
  2014: '2014-01-31',
  2015: '2015-02-19',
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
  2036: '2036-01-28',
  2037: '2037-02-15',
  2038: '2038-02-04',
  2039: '2039-01-24',
  2040: '2040-02-12',
  2041: '2041-02-01',
  2042: '2042-01-22',
  2043: '2043-02-10',
  2044: '2044-01-30',
  2045: '2045-02-17',
  2046: '2046-02-06',
  2047: '2047-01-26',
  2048: '2048-02-14',
  2049: '2049-02-02',
  2050: '2050-01-23',
};

/** A run of calendar days, both ends included. */
export type DateWindow = { from: IsoDate; to: IsoDate };

/**
 * The days an event covers in one calendar year, or null when the table has no date for it.
 * - `spring_festival`: 腊月廿八 to 正月初六 (New Year −2 … +5, 8 days), the week most small
 *   restaurants and shops close (the statutory holiday is 除夕 to 初七 with swapped days).
 * - `shopping_618`: 1–18 June; `double_11`: 1–11 November; `double_12`: 10–12 December —
 *   the selling days of the platforms' festivals (pre-sales start earlier; the money moves
 *   when orders are confirmed, so these are the days of the peak).
 */
export function eventWindow(event: SeasonEvent, year: number): DateWindow | null {
  switch (event) {
    case 'spring_festival': {
      const day = SPRING_FESTIVAL[year];
      return day ? { from: addDays(day, -2), to: addDays(day, 5) } : null;
    }
    case 'shopping_618':
      return { from: `${year}-06-01`, to: `${year}-06-18` };
    case 'double_11':
      return { from: `${year}-11-01`, to: `${year}-11-11` };
    case 'double_12':
      return { from: `${year}-12-10`, to: `${year}-12-12` };
  }
}
