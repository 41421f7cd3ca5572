import { civil, dayInRunningMonth, epochDay, runningMonth } from '../calendar';
import type { Fen, Frequency } from '../model';
import { clamp01, median, mode, stdev, sum, variation } from './stats';
import type { StatementPeriod, StatementTransaction } from './transactions';

/**
 * Whether one counterparty's payments recur, and how: weekly on a weekday, monthly on a day,
 * or regularly but unevenly (a supplier paid a few times a month). The rules and their
 * confidence are written out in docs/import.md; each number below is one of those rules.
 */

export type Recurrence = {
  pattern: 'weekly' | 'monthly' | 'regular';
  amount: Fen;
  frequency: Frequency;
  confidence: number;
  /** Variation of the amounts (monthly totals, or each payment for weekly), for "fixed" inflows. */
  amountVariation: number;
};

/** Payments on the same day count as one occurrence (two invoices paid together). */
type Occurrence = { day: number; amount: Fen };

function occurrences(txs: readonly StatementTransaction[]): Occurrence[] {
  const byDay = new Map<number, Fen>();
  for (const t of txs) {
    const day = epochDay(t.date);
    byDay.set(day, (byDay.get(day) ?? 0) + t.amount);
  }
  return [...byDay].map(([day, amount]) => ({ day, amount })).sort((a, b) => a.day - b.day);
}

/** Days in the period, both ends included. */
export function periodDays(period: StatementPeriod): number {
  return epochDay(period.to) - epochDay(period.from) + 1;
}

/** How many days of the period fall on `weekday`. */
function weekdaysIn(period: StatementPeriod, weekday: number): number {
  let n = 0;
  for (let d = epochDay(period.from); d <= epochDay(period.to); d++) {
    if (civil(d).weekday === weekday) n++;
  }
  return n;
}

/** Months of the period in which a monthly payment on `dayOfMonth` would fall inside it. */
function monthsWithAnchor(period: StatementPeriod, dayOfMonth: number): number {
  const from = epochDay(period.from);
  const to = epochDay(period.to);
  let n = 0;
  for (let m = runningMonth(from); m <= runningMonth(to); m++) {
    const day = dayInRunningMonth(m, dayOfMonth);
    if (day >= from && day <= to) n++;
  }
  return n;
}

const MIN_WEEKLY_OCCURRENCES = 4;
const MIN_MONTHS = 2;

/**
 * The recurrence of one group of same-direction payments, or null when they do not recur
 * (fewer than two months, or too few payments to tell).
 */
export function recurrenceOf(
  txs: readonly StatementTransaction[],
  period: StatementPeriod,
): Recurrence | null {
  const occ = occurrences(txs);
  const months = new Set(occ.map((o) => runningMonth(o.day)));
  const days = periodDays(period);
  const gaps = occ.slice(1).map((o, i) => o.day - occ[i]!.day);
  const gap = median(gaps);

  if (occ.length >= MIN_WEEKLY_OCCURRENCES && gap >= 5 && gap <= 9) {
    const weekday = mode(occ.map((o) => civil(o.day).weekday));
    const amounts = occ.map((o) => o.amount);
    const expected = weekdaysIn(period, weekday.value);
    const coverage = clamp01(weekday.count / Math.max(1, expected));
    const amountVariation = variation(amounts);
    return {
      pattern: 'weekly',
      amount: Math.round(median(amounts)),
      frequency: { type: 'weekly', weekday: weekday.value },
      confidence:
        coverage * (0.6 + 0.2 * clamp01(1 - amountVariation) + 0.2 * (weekday.count / occ.length)),
      amountVariation,
    };
  }

  if (months.size < MIN_MONTHS) return null;

  if (occ.length <= months.size * 1.5) {
    const monthTotals = [...months].map((m) =>
      sum(occ.filter((o) => runningMonth(o.day) === m).map((o) => o.amount)),
    );
    // The day of the month's largest payment: a month's small top-up does not move the anchor.
    const anchorDays = [...months].map((m) => {
      const inMonth = occ.filter((o) => runningMonth(o.day) === m);
      const largest = inMonth.reduce((a, b) => (b.amount > a.amount ? b : a));
      return civil(largest.day).dayOfMonth;
    });
    const dayOfMonth = Math.round(median(anchorDays));
    const coverage = clamp01(months.size / Math.max(1, monthsWithAnchor(period, dayOfMonth)));
    const amountVariation = variation(monthTotals);
    return {
      pattern: 'monthly',
      amount: Math.round(median(monthTotals)),
      frequency: { type: 'monthly', dayOfMonth },
      confidence:
        coverage *
        (0.6 + 0.2 * clamp01(1 - amountVariation) + 0.2 * clamp01(1 - stdev(anchorDays) / 10)),
      amountVariation,
    };
  }

  // Several payments a month at uneven dates and amounts: the average, spread as the payments are.
  const total = sum(occ.map((o) => o.amount));
  const perMonth = (occ.length * 30) / days;
  const coverage = clamp01(months.size / Math.max(1, Math.round(days / 30)));
  if (perMonth >= 3.5) {
    const weekday = mode(occ.map((o) => civil(o.day).weekday)).value;
    return {
      pattern: 'regular',
      amount: Math.round((total * 7) / days),
      frequency: { type: 'weekly', weekday },
      confidence: 0.5 * coverage,
      amountVariation: variation(occ.map((o) => o.amount)),
    };
  }
  return {
    pattern: 'regular',
    amount: Math.round((total * 365.25) / 12 / days),
    frequency: {
      type: 'monthly',
      dayOfMonth: Math.round(median(occ.map((o) => civil(o.day).dayOfMonth))),
    },
    confidence: 0.5 * coverage,
    amountVariation: variation(occ.map((o) => o.amount)),
  };
}
