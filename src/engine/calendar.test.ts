import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  civil,
  dayInMonth,
  dayInRunningMonth,
  daysInMonth,
  epochDay,
  isValidIsoDate,
  isoFromEpochDay,
} from './calendar';
import { dateOfDay, dayIndex, isMonthlyAnchor, timelineOf } from './timeline';

describe('epochDay / isoFromEpochDay', () => {
  it('counts days from 1970-01-01', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('1970-01-02')).toBe(1);
    expect(epochDay('1969-12-31')).toBe(-1);
    expect(epochDay('2026-03-01')).toBe(20_513);
    expect(isoFromEpochDay(20_513)).toBe('2026-03-01');
  });

  it('round-trips every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: epochDay('1900-01-01'), max: epochDay('2200-12-31') }),
        (day) => {
          const iso = isoFromEpochDay(day);
          expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(epochDay(iso)).toBe(day);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-1-01',
    '26-01-01',
    '',
    'soon',
  ])('rejects %j', (bad) => {
    expect(() => epochDay(bad)).toThrow(RangeError);
    expect(isValidIsoDate(bad)).toBe(false);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2100-02-29')).toBe(false);
  });

  it('civil gives year, month, day and weekday (2026-03-01 is a Sunday)', () => {
    expect(civil(epochDay('2026-03-01'))).toEqual({
      year: 2026,
      month: 3,
      dayOfMonth: 1,
      weekday: 0,
    });
    expect(civil(epochDay('2026-03-07')).weekday).toBe(6);
  });

  it('addDays crosses months and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('month arithmetic', () => {
  it('daysInMonth knows leap years', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('dayInMonth clamps to the last day (31 → 30 April)', () => {
    expect(isoFromEpochDay(dayInMonth(2026, 4, 31))).toBe('2026-04-30');
    expect(isoFromEpochDay(dayInMonth(2026, 4, 15))).toBe('2026-04-15');
  });

  it('addMonths clamps: 31 Jan 2027 + 1 → 28 Feb 2027; 31 Jan 2028 + 1 → 29 Feb 2028', () => {
    expect(isoFromEpochDay(addMonths(epochDay('2027-01-31'), 1))).toBe('2027-02-28');
    expect(isoFromEpochDay(addMonths(epochDay('2028-01-31'), 1))).toBe('2028-02-29');
  });

  it('addMonths crosses years both ways', () => {
    expect(isoFromEpochDay(addMonths(epochDay('2026-11-15'), 3))).toBe('2027-02-15');
    expect(isoFromEpochDay(addMonths(epochDay('2026-03-21'), -1))).toBe('2026-02-21');
    expect(isoFromEpochDay(addMonths(epochDay('2026-01-10'), -1))).toBe('2025-12-10');
    expect(isoFromEpochDay(addMonths(epochDay('2026-03-31'), -1))).toBe('2026-02-28');
  });

  it('with an anchor, a schedule returns to the 31st after a short month', () => {
    const feb = addMonths(epochDay('2027-01-31'), 1, 31);
    expect(isoFromEpochDay(feb)).toBe('2027-02-28');
    // Chaining from the clamped date without the anchor would drift to the 28th.
    expect(isoFromEpochDay(addMonths(feb, 1))).toBe('2027-03-28');
    expect(isoFromEpochDay(addMonths(epochDay('2027-01-31'), 2, 31))).toBe('2027-03-31');
  });
});

describe('timeline', () => {
  it('indexes days from the start date', () => {
    const t = timelineOf('2026-03-01', 60);
    expect(dayIndex(t, '2026-03-01')).toBe(0);
    expect(dayIndex(t, '2026-04-01')).toBe(31);
    expect(dayIndex(t, '2026-02-28')).toBe(-1);
    expect(dateOfDay(t, 31)).toBe('2026-04-01');
    expect(t.weekday[0]).toBe(0);
    expect(t.dayOfMonth[30]).toBe(31);
    expect(t.lastDayOfMonth[30]).toBe(1);
    expect(t.lastDayOfMonth[29]).toBe(0);
  });

  it('isMonthlyAnchor: the 31st falls on 30 April, and only there in April', () => {
    const t = timelineOf('2026-04-01', 61); // April (30 days) and May (31 days)
    const aprilHits = [...Array(30).keys()].filter((d) => isMonthlyAnchor(t, d, 31));
    expect(aprilHits.map((d) => dateOfDay(t, d))).toEqual(['2026-04-30']);
    const mayHits = [...Array(31).keys()]
      .map((i) => 30 + i)
      .filter((d) => isMonthlyAnchor(t, d, 31));
    expect(mayHits.map((d) => dateOfDay(t, d))).toEqual(['2026-05-31']);
  });

  it('isMonthlyAnchor: the 29th/30th/31st fall on 28 Feb 2026, the 29th on 29 Feb 2028', () => {
    const t = timelineOf('2026-02-01', 28);
    for (const dom of [28, 29, 30, 31]) {
      const hits = [...Array(28).keys()].filter((d) => isMonthlyAnchor(t, d, dom));
      expect(hits.map((d) => dateOfDay(t, d))).toEqual(['2026-02-28']);
    }
    const leap = timelineOf('2028-02-01', 29);
    expect(
      [...Array(29).keys()]
        .filter((d) => isMonthlyAnchor(leap, d, 29))
        .map((d) => dateOfDay(leap, d)),
    ).toEqual(['2028-02-29']);
    expect(
      [...Array(29).keys()]
        .filter((d) => isMonthlyAnchor(leap, d, 31))
        .map((d) => dateOfDay(leap, d)),
    ).toEqual(['2028-02-29']);
  });

  it('every monthly anchor fires exactly once a month', () => {
    const t = timelineOf('2026-01-01', 365);
    for (let dom = 1; dom <= 31; dom++) {
      let hits = 0;
      for (let d = 0; d < t.days; d++) if (isMonthlyAnchor(t, d, dom)) hits++;
      expect(hits).toBe(12);
    }
  });
});

describe('dayInRunningMonth', () => {
  it('agrees with dayInMonth on every month from 1990 to 2210 and every day of month', () => {
    for (let month = 1990 * 12; month < 2210 * 12; month++)
      for (let dom = 1; dom <= 31; dom++) {
        const expected = dayInMonth(Math.floor(month / 12), (month % 12) + 1, dom);
        if (dayInRunningMonth(month, dom) !== expected)
          expect([month, dom, dayInRunningMonth(month, dom)]).toEqual([month, dom, expected]);
      }
  });
});
