import {
  addDays,
  addMonths,
  epochDay,
  isoFromEpochDay,
  isValidIsoDate,
  runningMonth,
} from '../engine/calendar';
import type { IsoDate } from '../engine/model';
import { LIMITS } from './limits';
import type { PlanFile } from './planSchema';

/**
 * The shipped samples are dated (examples/*.json start on 2026-12-01); a reader opening one later
 * would see its purchases, bills and "apply by" dates in the past. The sample a reader opens is
 * moved forward by whole months to the first start on or after their today, every date with it:
 *
 * - Whole months, not days, so every day-of-month relation the story rests on holds: the Huabei
 *   bill still falls due on its `dueDay`, wages, rent and the sewing workshop still land on the
 *   15th, 5th and 25th beside the dated purchases, and the gap the headline reports is the same
 *   gap (same lines, same day of the month). Weekdays move (a weekly flow may fall a few days
 *   earlier or later relative to a dated one).
 * - Offsets, not calendar anchors: the story (a winter season, Double-12 settlement, the Spring
 *   Festival dip) keeps its distance from the start. Re-anchoring those to the real next
 *   Spring Festival while starting today would put months of ordinary trading before the
 *   season, and the cash they pile up hides the gap the sample exists to show. A sample opened in
 *   December is calendar-true; one opened in May tells the same story shifted five months.
 *   `seasonality.events` (Spring Festival, 618, Double 11/12) are the real calendar by
 *   definition and stay where they are; a `monthlyPercent` profile is part of the story and turns
 *   with it. (The shipped samples use neither: their seasons are dated flows.)
 * - On or after today, never before: every date in the plan is on or after its start (the
 *   samples are written so), so every date the engine and the advice print is too.
 *
 * Only a freshly opened sample is moved. A saved client file, a share link or an exported plan
 * keeps the dates it was saved with, and the CLI reads the files as shipped (reproducible output).
 */

/**
 * The fewest whole months that move `start` to `today` or later (0 when it is already).
 * @example monthsToReach('2026-12-01', '2027-03-10') // 4 → starts 2027-04-01
 */
export function monthsToReach(start: IsoDate, today: IsoDate): number {
  const from = epochDay(start);
  const target = epochDay(today);
  if (from >= target) return 0;
  const months = runningMonth(target) - runningMonth(from);
  return addMonths(from, months) >= target ? months : months + 1;
}

/**
 * A date `months` later on the same day of the month, clamped to the month's end
 * (31 Jan + 1 = 28 or 29 Feb): monotone, so dates in order stay in order.
 */
export function shiftMonths(date: IsoDate, months: number): IsoDate {
  return months === 0 ? date : isoFromEpochDay(addMonths(epochDay(date), months));
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** "15 January 2027", "21 January", "4–13 February": how the samples' descriptions write dates. */
const TEXT_DATE = new RegExp(
  `\\b(\\d{1,2})(?:–(\\d{1,2}))? (${MONTHS.join('|')})(?: (\\d{4}))?\\b`,
  'g',
);

/**
 * The English dates in a sample's scenario description, moved like its fields. A date without a
 * year is the first such day on or after the plan's start ("21 January" in a plan from
 * 1 December 2026 is 2027's). A month without a day ("December 2020", a historical fact) stays.
 */
export function shiftTextDates(text: string, start: IsoDate, months: number): string {
  if (months === 0) return text;
  const pad = (n: number) => String(n).padStart(2, '0');
  const startYear = Number(start.slice(0, 4));
  return text.replace(
    TEXT_DATE,
    (whole, from: string, to: string | undefined, name: string, year?: string) => {
      const month = MONTHS.indexOf(name) + 1;
      const iso = (day: string) => {
        if (year !== undefined) return `${year}-${pad(month)}-${pad(Number(day))}`;
        const same = `${startYear}-${pad(month)}-${pad(Number(day))}`;
        return same >= start ? same : `${startYear + 1}-${pad(month)}-${pad(Number(day))}`;
      };
      const dates = [from, ...(to === undefined ? [] : [to])].map((d) => iso(d));
      if (!dates.every(isValidIsoDate)) return whole;
      const moved = dates.map((d) => shiftMonths(d, months));
      const day = (d: IsoDate) => String(Number(d.slice(8, 10)));
      const monthName = (d: IsoDate) => MONTHS[Number(d.slice(5, 7)) - 1]!;
      const tail = (d: IsoDate) =>
        `${monthName(d)}${year === undefined ? '' : ` ${d.slice(0, 4)}`}`;
      const [a, b] = moved;
      // A range within one month stays in one month (both ends move alike; clamped, they may meet).
      return b === undefined || b === a
        ? `${day(a!)} ${tail(a!)}`
        : `${day(a!)}–${day(b)} ${tail(b)}`;
    },
  );
}

/**
 * The sample moved to start on or after `today` (see the module comment); the same object when
 * it already does. Every field that is not a date is kept; a shock's `startDay` is re-counted
 * from the new start so it stays on its date (its length does not change).
 * @example redateSample(shop, '2027-03-10').business.startDate // '2027-04-01'
 */
export function redateSample(file: PlanFile, today: IsoDate): PlanFile {
  const start = file.business.startDate;
  const months = monthsToReach(start, today);
  if (months === 0) return file;
  const move = (d: IsoDate) => shiftMonths(d, months);
  const newStart = move(start);
  const dayOf = (startDay: number) =>
    Math.min(LIMITS.horizonMax, epochDay(move(addDays(start, startDay))) - epochDay(newStart));
  return {
    ...file,
    business: { ...file.business, startDate: newStart },
    cashFlows: file.cashFlows.map((flow) => {
      const moved = { ...flow };
      if (flow.startDate !== undefined) moved.startDate = move(flow.startDate);
      if (flow.endDate !== undefined) moved.endDate = move(flow.endDate);
      if (flow.frequency.type === 'once')
        moved.frequency = { ...flow.frequency, date: move(flow.frequency.date) };
      const monthly = flow.seasonality?.monthlyPercent;
      if (monthly)
        moved.seasonality = { ...flow.seasonality, monthlyPercent: turn(monthly, months) };
      return moved;
    }),
    fundingSources: file.fundingSources.map((source) => ({
      ...source,
      outstanding: source.outstanding.map((o) => ({ ...o, nextDueDate: move(o.nextDueDate) })),
    })),
    scenarios: file.scenarios.map((scenario) => ({
      ...scenario,
      ...(scenario.description === undefined
        ? {}
        : { description: shiftTextDates(scenario.description, start, months) }),
      shocks: scenario.shocks.map((shock) => ({ ...shock, startDay: dayOf(shock.startDay) })),
    })),
  };
}

/** A calendar-month profile turned `months` forward: January's factor becomes (January + n)'s. */
function turn(profile: readonly number[], months: number): number[] {
  const n = profile.length;
  return profile.map((_, i) => profile[(((i - months) % n) + n) % n]!);
}
