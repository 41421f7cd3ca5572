import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise } from '../engine/advice';
import { addDays, epochDay, isoFromEpochDay } from '../engine/calendar';
import { findPreset } from '../engine/presets';
import { EXAMPLE_IDS } from './examples';
import { exampleValid } from './exampleFixtures';
import { parsePlanValue } from './planFile';
import type { PlanFile } from './planSchema';
import { monthsToReach, redateSample, shiftMonths, shiftTextDates } from './sampleDates';

const shop = () => exampleValid('online-shop').file;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Every leaf of a plan file with its path ("cashFlows.1.frequency.date"). */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      for (const [p, leaf] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, leaf);
  } else out.set(path, value);
  return out;
}

describe('monthsToReach', () => {
  it('is 0 when the start is today or later', () => {
    expect(monthsToReach('2026-12-01', '2026-12-01')).toBe(0);
    expect(monthsToReach('2026-12-01', '2026-11-20')).toBe(0);
  });
  it('finds the first start on or after today, whole months on', () => {
    expect(monthsToReach('2026-12-01', '2026-12-02')).toBe(1); // 2027-01-01
    expect(monthsToReach('2026-12-01', '2027-03-01')).toBe(3); // today itself
    expect(monthsToReach('2026-12-01', '2027-03-10')).toBe(4); // 2027-04-01
    expect(monthsToReach('2026-12-01', '2027-12-31')).toBe(13); // 2028-01-01, over a year end
  });
  it('counts a clamped month end as reaching it', () => {
    expect(monthsToReach('2027-01-31', '2027-02-28')).toBe(1); // 31 Jan → 28 Feb
    expect(monthsToReach('2027-01-31', '2027-03-01')).toBe(2); // → 31 Mar
    expect(monthsToReach('2028-01-31', '2028-02-29')).toBe(1); // leap year: → 29 Feb
  });
});

describe('shiftMonths', () => {
  it('keeps the day of the month, clamped to the month end', () => {
    expect(shiftMonths('2026-12-22', 4)).toBe('2027-04-22');
    expect(shiftMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(shiftMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(shiftMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(shiftMonths('2027-03-31', 1)).toBe('2027-04-30');
    expect(shiftMonths('2027-08-31', 0)).toBe('2027-08-31');
  });
});

describe('shiftTextDates', () => {
  it('moves the dates a description writes, with or without a year, and leaves a bare month', () => {
    expect(
      shiftTextDates(
        'Freezes on 15 January 2027 for 30 days. Couriers stop on 21 January; closed 4–13 February. As in December 2020.',
        '2026-12-01',
        4,
      ),
    ).toBe(
      'Freezes on 15 May 2027 for 30 days. Couriers stop on 21 May; closed 4–13 June. As in December 2020.',
    );
  });
  it('reads a date without a year as the first one on or after the start', () => {
    // 10 December is 2026's (after a 1 December start); + 1 month → 10 January (2027).
    expect(shiftTextDates('paid 10 December', '2026-12-01', 1)).toBe('paid 10 January');
    expect(shiftTextDates('from 30 December 2026', '2026-12-01', 2)).toBe('from 28 February 2027');
  });
  it('writes a range whose ends meet at a month end as one day', () => {
    expect(shiftTextDates('closed 29–30 January 2027', '2026-12-01', 1)).toBe(
      'closed 28 February 2027',
    );
    expect(shiftTextDates('closed 27–30 January', '2026-12-01', 1)).toBe('closed 27–28 February');
  });
  it('changes nothing when nothing moves', () => {
    const text = 'on 15 January 2027';
    expect(shiftTextDates(text, '2026-12-01', 0)).toBe(text);
  });
});

describe('redateSample', () => {
  it('is the file itself on or before its start day', () => {
    const file = shop();
    expect(redateSample(file, '2026-12-01')).toBe(file);
    expect(redateSample(file, '2026-06-30')).toBe(file);
  });

  it('moves the online shop opened on 10 March 2027 to 1 April 2027, every date 4 months on', () => {
    const file = shop();
    const moved = redateSample(file, '2027-03-10');
    const flow = (id: string) => moved.cashFlows.find((f) => f.id === id)!;
    const source = (id: string) => moved.fundingSources.find((s) => s.id === id)!;
    expect(moved.business.startDate).toBe('2027-04-01');
    expect(flow('sales-winter').endDate).toBe('2027-05-20');
    expect(flow('double12').frequency).toEqual({ type: 'once', date: '2027-04-22' });
    expect([flow('sales-festival').startDate, flow('sales-festival').endDate]).toEqual([
      '2027-05-21',
      '2027-06-20',
    ]);
    expect(flow('sales-rest').startDate).toBe('2027-06-21');
    expect(flow('spring-stock').frequency).toEqual({ type: 'once', date: '2027-04-15' });
    expect(flow('festival-stock').frequency).toEqual({ type: 'once', date: '2027-05-06' });
    expect(flow('tax').startDate).toBe('2027-05-01');
    expect(flow('bonus').frequency).toEqual({ type: 'once', date: '2027-05-29' });
    // The Huabei bill stays on its due day (the 10th), Jiebei's instalment on the 18th.
    expect(source('huabei').outstanding[0]!.nextDueDate).toBe('2027-04-10');
    expect(source('jiebei').outstanding[0]!.nextDueDate).toBe('2027-04-18');
    // The freeze was day 45, 15 January 2027; it stays on the 15th: 15 May 2027 is day 44.
    const [freeze, cut] = moved.scenarios;
    expect(freeze!.shocks[0]!.startDay).toBe(44);
    expect(addDays(moved.business.startDate, 44)).toBe('2027-05-15');
    expect(freeze!.shocks[0]).toMatchObject({ type: 'freeze', durationDays: 30 });
    expect(freeze!.description).toMatch(/^Risk control freezes Jiebei and Huabei on 15 May 2027/);
    expect(freeze!.description).toContain('Spring Festival on 21 May and');
    expect(cut!.shocks[0]!.startDay).toBe(0);
    expect(cut!.description).toContain('December 2020');
  });

  it('moves every date and changes nothing else', () => {
    for (const id of EXAMPLE_IDS) {
      const file = exampleValid(id).file;
      const before = leaves(file);
      const after = leaves(redateSample(file, '2027-03-10'));
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [path, value] of before) {
        const now = after.get(path);
        if (typeof value === 'string' && ISO.test(value)) {
          expect(now, path).toBe(shiftMonths(value, 4));
        } else if (path.endsWith('.startDay') || path.endsWith('.description')) {
          continue; // re-counted from the new start / its dates moved: checked above
        } else {
          expect(now, path).toEqual(value);
        }
      }
    }
  });

  it('handles month ends and leap years: a plan from 31 January 2028 opened on 15 February', () => {
    const base = shop();
    const file: PlanFile = {
      ...base,
      business: { ...base.business, startDate: '2028-01-31' },
      cashFlows: [
        {
          ...base.cashFlows[0]!,
          startDate: '2028-01-31',
          endDate: '2028-03-31',
          frequency: { type: 'daily' },
        },
        { ...base.cashFlows[1]!, frequency: { type: 'once', date: '2028-02-29' } },
      ],
      fundingSources: [],
      scenarios: [],
    };
    const moved = redateSample(file, '2028-02-15');
    expect(moved.business.startDate).toBe('2028-02-29');
    expect(moved.cashFlows[0]!.startDate).toBe('2028-02-29');
    expect(moved.cashFlows[0]!.endDate).toBe('2028-04-30');
    expect(moved.cashFlows[1]!.frequency).toEqual({ type: 'once', date: '2028-03-29' });
    // A year on, 29 February has no twin: 28 February 2029.
    const yearOn = redateSample(file, '2029-01-20');
    expect(yearOn.business.startDate).toBe('2029-01-31');
    expect(yearOn.cashFlows[1]!.frequency).toEqual({ type: 'once', date: '2029-02-28' });
  });

  it('turns a monthly profile with the story and leaves calendar events where they are', () => {
    const base = shop();
    const monthlyPercent = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120];
    const events = [{ event: 'spring_festival' as const, percent: 0 }];
    const file: PlanFile = {
      ...base,
      cashFlows: [{ ...base.cashFlows[0]!, seasonality: { monthlyPercent, events } }],
    };
    const moved = redateSample(file, '2027-03-10'); // 4 months on
    // January's factor (10) now applies in May, September's (90) in January.
    expect(moved.cashFlows[0]!.seasonality).toEqual({
      monthlyPercent: [90, 100, 110, 120, 10, 20, 30, 40, 50, 60, 70, 80],
      events,
    });
  });
});

/** Any day from the files' start to 2090: the examples as a reader would open them. */
const anyToday = fc
  .integer({ min: epochDay('2026-12-01'), max: epochDay('2090-12-31') })
  .map(isoFromEpochDay);

describe('redateSample, for any today', () => {
  it('gives a valid plan of the same shape, starting within a month of today', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLE_IDS), anyToday, (id, today) => {
        const file = exampleValid(id).file;
        const moved = redateSample(file, today);
        const parsed = parsePlanValue(moved);
        expect(parsed.ok).toBe(true);
        const start = moved.business.startDate;
        expect(start >= today).toBe(true);
        expect(epochDay(start) - epochDay(today)).toBeLessThan(31);
        // Same lists, same ids, same order, same shocks.
        const shape = (f: PlanFile) =>
          JSON.stringify([
            f.cashAccounts.map((a) => a.id),
            f.cashFlows.map((x) => [x.id, x.frequency.type]),
            f.fundingSources.map((s) => [s.id, s.outstanding.length]),
            f.scenarios.map((s) => [
              s.id,
              s.shocks.map((k) => [
                k.type,
                (k as { durationDays?: number | null }).durationDays ?? null,
              ]),
            ]),
          ]);
        expect(shape(moved)).toBe(shape(file));
        // Every date in the plan is on or after the start, so on or after today.
        for (const [path, v] of leaves(moved))
          if (typeof v === 'string' && ISO.test(v)) expect(v >= today, path).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('lets the advice print no date before today', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLE_IDS), anyToday, (id, today) => {
        const parsed = parsePlanValue(redateSample(exampleValid(id).file, today));
        if (!parsed.ok) throw new Error(`${id} on ${today} does not validate`);
        const advice = advise(parsed.plan, findPreset('risk_control_freeze_30d')!);
        const dates = JSON.stringify(advice).match(/\d{4}-\d{2}-\d{2}/g) ?? [];
        expect(dates.length).toBeGreaterThan(0);
        expect(dates.filter((d) => d < today)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });
});
