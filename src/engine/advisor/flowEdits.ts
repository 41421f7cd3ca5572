import { addMonths, epochDay, isoFromEpochDay } from '../calendar';
import { occursOn } from '../cashFlows';
import type { CashFlow, Fen } from '../model';
import { roundFen } from '../money';
import { dateOfDay, dayIndex, type Timeline } from '../timeline';

/**
 * Pure edits of one cash flow by day ranges, for the operating levers: keep its occurrences
 * before a day, change those inside a window (scale or move them), keep those after. Daily,
 * weekly and monthly flows stay one flow per part (their dates keep their weekday or day of
 * month); quarterly and one-off flows are listed occurrence by occurrence, because a quarter
 * is counted from the flow's own start and would move if the start did.
 */

/** First and last day index the flow may occur on within the horizon. */
function span(flow: CashFlow, t: Timeline): [number, number] {
  const first = flow.startDate ? Math.max(0, dayIndex(t, flow.startDate)) : 0;
  const last = flow.endDate ? Math.min(t.days - 1, dayIndex(t, flow.endDate)) : t.days - 1;
  return [first, last];
}

/** Days in [from, to) on which the flow occurs. */
export function occurrences(flow: CashFlow, t: Timeline, from = 0, to = t.days): number[] {
  const [first, last] = span(flow, t);
  const days: number[] = [];
  for (let d = Math.max(first, from); d <= Math.min(last, to - 1); d++) {
    if (occursOn(flow, t, d, first)) days.push(d);
  }
  return days;
}

/** One occurrence of `flow`, on `day`, as a flow of its own. */
export function once(flow: CashFlow, t: Timeline, day: number, suffix: string): CashFlow {
  const copy: CashFlow = {
    ...flow,
    id: `${flow.id}${suffix}`,
    frequency: { type: 'once', date: dateOfDay(t, day) },
  };
  delete copy.startDate;
  delete copy.endDate;
  return copy;
}

/** The part of a phase-keeping flow between two day indices (inclusive), or null when empty. */
function bounded(
  flow: CashFlow,
  t: Timeline,
  from: number,
  to: number,
  suffix: string,
): CashFlow | null {
  const [first, last] = span(flow, t);
  const a = Math.max(first, from);
  const b = Math.min(last, to);
  if (a > b) return null;
  return {
    ...flow,
    id: `${flow.id}${suffix}`,
    startDate: dateOfDay(t, a),
    endDate: dateOfDay(t, b),
  };
}

export type FlowParts = { before: CashFlow[]; inside: CashFlow[]; after: CashFlow[] };

/** `flow` cut into its occurrences before `from`, within [from, to), and from `to` on. */
export function splitFlow(flow: CashFlow, t: Timeline, from: number, to: number): FlowParts {
  const f = flow.frequency.type;
  if (f === 'quarterly' || f === 'once') {
    const days = occurrences(flow, t);
    const pick = (keep: (d: number) => boolean) =>
      days.filter(keep).map((d) => (f === 'once' ? flow : once(flow, t, d, `-q${d}`)));
    return {
      before: pick((d) => d < from),
      inside: pick((d) => d >= from && d < to),
      after: pick((d) => d >= to),
    };
  }
  const parts = (x: CashFlow | null) => (x ? [x] : []);
  // Untouched when the window misses the flow: its id and dates stay as the user wrote them.
  const [first, last] = span(flow, t);
  if (to <= first || from > last) {
    return from > last
      ? { before: [flow], inside: [], after: [] }
      : { before: [], inside: [], after: [flow] };
  }
  return {
    before: parts(bounded(flow, t, 0, from - 1, '-pre')),
    inside: parts(bounded(flow, t, from, to - 1, '-lever')),
    after: parts(bounded(flow, t, to, t.days - 1, '-post')),
  };
}

/** The flow with every amount multiplied by `factor` (rounded to the fen). */
export function scaled(flow: CashFlow, factor: number, suffix = ''): CashFlow {
  return { ...flow, id: `${flow.id}${suffix}`, amount: roundFen(flow.amount * factor) };
}

/** The flow with `amount` replaced (fen). */
export function withAmount(flow: CashFlow, amount: Fen, suffix = ''): CashFlow {
  return { ...flow, id: `${flow.id}${suffix}`, amount };
}

const shiftIso = (iso: string | undefined, days: number, months: number) => {
  if (iso === undefined) return undefined;
  return months !== 0
    ? isoFromEpochDay(addMonths(epochDay(iso), months))
    : isoFromEpochDay(epochDay(iso) + days);
};

/**
 * Days a shift by `days` really moves this flow's occurrences: a weekly flow moves by whole
 * weeks and a monthly one by whole months (≈ 30 days each), so they keep their weekday or day
 * of month. Positive: later; negative: earlier.
 */
export function effectiveShift(flow: CashFlow, days: number): { days: number; months: number } {
  const sign = Math.sign(days);
  switch (flow.frequency.type) {
    case 'weekly':
      return { days: sign * Math.max(7, Math.round(Math.abs(days) / 7) * 7), months: 0 };
    case 'monthly':
      return { days: 0, months: sign * Math.max(1, Math.round(Math.abs(days) / 30)) };
    default:
      return { days, months: 0 };
  }
}

/** The flow's occurrences moved by about `days` (see `effectiveShift`); a one-off moves exactly. */
export function shifted(flow: CashFlow, days: number): CashFlow {
  const f = flow.frequency;
  if (f.type === 'once') {
    return { ...flow, frequency: { type: 'once', date: isoFromEpochDay(epochDay(f.date) + days) } };
  }
  const s = effectiveShift(flow, days);
  const out: CashFlow = { ...flow };
  const start = shiftIso(flow.startDate, s.days, s.months);
  const end = shiftIso(flow.endDate, s.days, s.months);
  if (start === undefined) delete out.startDate;
  else out.startDate = start;
  if (end === undefined) delete out.endDate;
  else out.endDate = end;
  return out;
}
