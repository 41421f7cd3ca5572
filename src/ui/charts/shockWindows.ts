import type { Scenario, ShockType } from '../../engine/model';

/** A span of days some shocks cover, for shading the chart. `to` is the last day covered. */
export type ShockWindow = { from: number; to: number; types: ShockType[]; toEnd: boolean };

/** Where a window's shading ends, in days: a one-day window still shows as a band. */
export function shadedEnd(w: ShockWindow): number {
  return Math.max(w.to, w.from + 0.6);
}

/**
 * The scenario's shock windows on a horizon of `days`, one per distinct span (an outage and a
 * repayment block over the same days share one), in start order. Permanent shocks and recalls
 * (the line is closed for good) run to the end.
 */
export function shockWindows(scenario: Scenario, days: number): ShockWindow[] {
  const byKey = new Map<string, ShockWindow>();
  for (const shock of scenario.shocks) {
    if (shock.startDay >= days) continue;
    const from = Math.max(0, shock.startDay);
    const length = shock.type === 'recall' ? null : shock.durationDays;
    if (length !== null && length <= 0) continue;
    const toEnd = length === null || from + length >= days;
    const to = toEnd ? days - 1 : from + length - 1;
    const key = `${from}-${to}`;
    const hit = byKey.get(key);
    if (hit) {
      if (!hit.types.includes(shock.type)) hit.types.push(shock.type);
    } else {
      byKey.set(key, { from, to, types: [shock.type], toEnd });
    }
  }
  return [...byKey.values()].sort((a, b) => a.from - b.from || b.to - a.to);
}
