import type { IsoDate, Plan, PlatformGroup } from '../../engine/model';
import { yuanFromFen } from '../../engine/money';
import type { Projection } from '../../engine/simulate';
import { dateOfDay, timelineOf } from '../../engine/timeline';

/** One stacked series: a funding source, keyed `s0`, `s1`… (ids may hold characters a dataKey cannot). */
export type HeadroomSeries = { key: string; id: string; name: string; group: PlatformGroup };

/** One day of the headroom chart: `day`, `date` and one yuan value per series key. */
export type HeadroomRow = { day: number; date: IsoDate } & Record<string, number | string>;

export function headroomSeries(plan: Plan): HeadroomSeries[] {
  return plan.fundingSources.map((s, i) => ({
    key: `s${i}`,
    id: s.id,
    name: s.name,
    group: s.platformGroup,
  }));
}

/** Usable headroom of every source on every day of `run`, in yuan. */
export function headroomRows(plan: Plan, run: Projection): HeadroomRow[] {
  const t = timelineOf(plan.business.startDate, run.days);
  const rows: HeadroomRow[] = new Array(run.days);
  for (let d = 0; d < run.days; d++) {
    const row: HeadroomRow = { day: d, date: dateOfDay(t, d) };
    run.sources.forEach((s, i) => {
      row[`s${i}`] = yuanFromFen(s.headroom[d]!);
    });
    rows[d] = row;
  }
  return rows;
}

/** Rows for the table: the first and last day and every day some source's headroom changes. */
export function headroomChangeRows(rows: HeadroomRow[], series: HeadroomSeries[]): HeadroomRow[] {
  return rows.filter((row, d) => {
    if (d === 0 || d === rows.length - 1) return true;
    const prev = rows[d - 1]!;
    return series.some((s) => row[s.key] !== prev[s.key]);
  });
}

/**
 * What happens to one source's headroom, as the summary tells it. Amounts in yuan.
 * `drops.reason`: `closed` when the line itself is shut (frozen, down, cut to zero), `drawn` when
 * it is open but fully used. `later`: the line is not open today; `limit` is its size when it opens
 * and `usable` what can be drawn on it then (the limit less what is still owed on it that morning).
 */
export type HeadroomStory =
  | { kind: 'always'; name: string; today: number }
  | {
      kind: 'drops';
      name: string;
      today: number;
      from: IsoDate;
      reason: 'closed' | 'drawn';
      backOn: IsoDate | null;
    }
  | { kind: 'later'; name: string; from: IsoDate; limit: number; usable: number }
  | { kind: 'never'; name: string };

function firstDay(values: Float64Array, from: number, test: (x: number) => boolean): number | null {
  for (let d = from; d < values.length; d++) if (test(values[d]!)) return d;
  return null;
}

/** Each source's headroom today and the first time it runs out or comes back. */
export function headroomStories(plan: Plan, run: Projection): HeadroomStory[] {
  const t = timelineOf(plan.business.startDate, run.days);
  return run.sources.map((s, i): HeadroomStory => {
    const name = plan.fundingSources[i]?.name ?? s.id;
    const h = s.headroom;
    const today = h[0] ?? 0;
    if (today > 0) {
      const out = firstDay(h, 1, (x) => x <= 0);
      if (out === null) return { kind: 'always', name, today: yuanFromFen(today) };
      const back = firstDay(h, out + 1, (x) => x > 0);
      return {
        kind: 'drops',
        name,
        today: yuanFromFen(today),
        from: dateOfDay(t, out),
        reason: s.limit[out]! > 0 ? 'drawn' : 'closed',
        backOn: back === null ? null : dateOfDay(t, back),
      };
    }
    const open = firstDay(s.limit, 0, (x) => x > 0);
    if (open === null) return { kind: 'never', name };
    // What is still owed coming into that day (before its repayments and the day's own draws,
    // which the end-of-day headroom already counts): the line less that is what can be drawn.
    const owed =
      open > 0
        ? s.balance[open - 1]!
        : (plan.fundingSources[i]?.outstanding.reduce((sum, o) => sum + o.principal, 0) ?? 0);
    return {
      kind: 'later',
      name,
      from: dateOfDay(t, open),
      limit: yuanFromFen(s.limit[open]!),
      usable: yuanFromFen(Math.max(0, s.limit[open]! - owed)),
    };
  });
}

/** Total headroom on day 0 of one run and the lowest total (with its date) of another. */
export function headroomTotals(
  plan: Plan,
  before: Projection,
  run: Projection,
): { before: number; lowest: number; lowestDate: IsoDate } {
  const t = timelineOf(plan.business.startDate, run.days);
  const total = (p: Projection, d: number) => p.sources.reduce((sum, s) => sum + s.headroom[d]!, 0);
  let lowest = Infinity;
  let lowestDay = 0;
  for (let d = 0; d < run.days; d++) {
    const x = total(run, d);
    if (x < lowest) {
      lowest = x;
      lowestDay = d;
    }
  }
  return {
    before: yuanFromFen(run.days > 0 ? total(before, 0) : 0),
    lowest: yuanFromFen(lowest === Infinity ? 0 : lowest),
    lowestDate: dateOfDay(t, lowestDay),
  };
}
