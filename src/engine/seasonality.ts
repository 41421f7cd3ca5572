import { epochDay } from './calendar';
import type { Seasonality } from './model';
import { eventWindow } from './seasonCalendar';
import type { Timeline } from './timeline';

/**
 * A flow's seasonal factor for every day of a horizon: the calendar month's factor times the
 * factor of each event covering the day. Null when the flow has no profile (factor 1 every day),
 * so plans without seasons cost nothing.
 * @example seasonalFactors({ events: [{ event: 'spring_festival', factor: 0 }] }, t)?.[d] // 0 on 2027-02-04 … 02-11
 */
export function seasonalFactors(season: Seasonality | undefined, t: Timeline): Float64Array | null {
  if (!season) return null;
  const monthly = season.monthly;
  const events = season.events ?? [];
  if (!monthly && events.length === 0) return null;
  const factors = new Float64Array(t.days).fill(1);
  if (monthly) {
    for (let d = 0; d < t.days; d++) factors[d] = monthly[t.monthIndex[d]! % 12] ?? 1;
  }
  if (events.length > 0 && t.days > 0) {
    const firstYear = Math.floor(t.monthIndex[0]! / 12);
    const lastYear = Math.floor(t.monthIndex[t.days - 1]! / 12);
    for (const { event, factor } of events) {
      for (let year = firstYear; year <= lastYear; year++) {
        const window = eventWindow(event, year);
        if (!window) continue;
        const from = Math.max(0, epochDay(window.from) - t.startEpoch);
        const to = Math.min(t.days - 1, epochDay(window.to) - t.startEpoch);
        for (let d = from; d <= to; d++) factors[d]! *= factor;
      }
    }
  }
  return factors;
}
