import { GROUP_INDEX } from './cashFlows';
import type { FundingSource, Plan, Scenario, Shock, ShockTarget } from './model';
import { PLATFORM_GROUPS } from './model';
import { roundFen } from './money';
import { assertNever } from './rates';

/**
 * A scenario resolved against one plan: per source and per day, what the source can still do.
 * Computed once per run so the daily loop only reads typed arrays.
 */
export type SourceConditions = {
  /**
   * Limit in force each day after cuts (fen); 0 on days no draw (or Huabei payment) is possible:
   * before the source is arranged (its lead time), and in an outage, a freeze or after a recall.
   */
  limit: Float64Array;
  /** 1 where repayments cannot be made. */
  repaymentBlocked: Uint8Array;
  /** Day the whole balance falls due after a recall, or -1. */
  recallDueDay: number;
};

export type ScenarioConditions = {
  sources: SourceConditions[];
  /**
   * 1 for each source whose columns may differ from its terms alone (a shock wrote into them, or
   * nothing has been written yet): the only ones `applyScenario` must rewrite. A Monte Carlo
   * path resolves a new scenario into the same arrays, and most shocks touch a few sources.
   */
  stale: Uint8Array;
  /** Per day, a bit per platform group (bit i = PLATFORM_GROUPS[i]) whose cash is locked. */
  lockedGroups: Uint8Array;
  /** Day the first shock starts, or null for a scenario without shocks. */
  firstShockDay: number | null;
};

export function targets(target: ShockTarget, source: FundingSource): boolean {
  switch (target.type) {
    case 'sources':
      return target.sourceIds.includes(source.id);
    case 'kinds':
      return target.kinds.includes(source.kind);
    case 'group':
      return target.group === source.platformGroup;
    default:
      return assertNever(target);
  }
}

/** First and one-past-last day a shock is active, clamped to the horizon. */
export function shockWindow(shock: Shock, days: number): [number, number] {
  const start = Math.max(0, Math.min(days, shock.startDay));
  if (shock.type === 'recall') return [start, days];
  const end = shock.durationDays === null ? days : Math.min(days, start + shock.durationDays);
  return [start, Math.max(start, end)];
}

/**
 * Memory a caller running many scenarios on one plan lends to `resolveScenario` so each run does
 * not allocate (and the collector free) its typed arrays. Its contents are overwritten per run.
 */
export type ConditionsScratch = { limits: Float64Array; blocked: Uint8Array; locked: Uint8Array };

export function conditionsScratch(sources: number, days: number): ConditionsScratch {
  return {
    limits: new Float64Array(days * sources),
    blocked: new Uint8Array(days * sources),
    locked: new Uint8Array(days),
  };
}

/**
 * Resolve `scenario`'s credit and platform shocks into per-day arrays. `limitColumns`, when
 * given, receive each source's limit in force (the projection's own `limit` columns, so they
 * are written once, not day by day); otherwise the scratch or new memory holds them.
 */
export function resolveScenario(
  plan: Plan,
  scenario: Scenario,
  days: number,
  scratch?: ConditionsScratch,
  limitColumns?: readonly Float64Array[],
): ScenarioConditions {
  return applyScenario(plan, scenario, days, openConditions(plan, days, scratch, limitColumns));
}

/**
 * The arrays `applyScenario` fills, laid out once (in `scratch` if it fits, else new memory):
 * a caller resolving many scenarios on one plan (the Monte Carlo, a path at a time) keeps them.
 */
export function openConditions(
  plan: Plan,
  days: number,
  scratch?: ConditionsScratch,
  limitColumns?: readonly Float64Array[],
): ScenarioConditions {
  const count = plan.fundingSources.length;
  const fits =
    scratch !== undefined &&
    scratch.limits.length >= days * count &&
    scratch.blocked.length >= days * count &&
    scratch.locked.length >= days;
  const limits = limitColumns ? null : fits ? scratch.limits : new Float64Array(days * count);
  const blocked = fits ? scratch.blocked.subarray(0, days * count) : new Uint8Array(days * count);
  const sources = plan.fundingSources.map((_, i): SourceConditions => ({
    limit: limitColumns?.[i] ?? limits!.subarray(days * i, days * (i + 1)),
    repaymentBlocked: blocked.subarray(days * i, days * (i + 1)),
    recallDueDay: -1,
  }));
  const lockedGroups = fits ? scratch.locked.subarray(0, days) : new Uint8Array(days);
  return { sources, stale: new Uint8Array(count).fill(1), lockedGroups, firstShockDay: null };
}

/** Overwrite `conditions` (from `openConditions`, for this plan and horizon) with `scenario`'s. */
export function applyScenario(
  plan: Plan,
  scenario: Scenario,
  days: number,
  conditions: ScenarioConditions,
): ScenarioConditions {
  const { sources, stale, lockedGroups } = conditions;
  const funding = plan.fundingSources;
  for (let i = 0; i < funding.length; i++) {
    const c = sources[i]!;
    c.recallDueDay = -1;
    if (stale[i] === 0) continue;
    const source = funding[i]!;
    const from = Math.min(days, Math.max(0, source.leadTimeDays));
    c.limit.fill(0, 0, from).fill(source.limit, from, days);
    c.repaymentBlocked.fill(0);
    stale[i] = 0;
  }
  lockedGroups.fill(0);
  let firstShockDay: number | null = null;

  for (const shock of scenario.shocks) {
    firstShockDay =
      firstShockDay === null ? shock.startDay : Math.min(firstShockDay, shock.startDay);
    if (shock.type === 'limit_cut') cutLimits(plan, shock, days, conditions);
  }
  conditions.firstShockDay = firstShockDay;
  for (const shock of scenario.shocks) {
    const [from, to] = shockWindow(shock, days);
    if (shock.type === 'revenue_drop' || shock.type === 'payment_delay') continue;
    if (shock.type === 'outage' && shock.target.type === 'group') {
      const bit = 1 << GROUP_INDEX[shock.target.group];
      for (let d = from; d < to; d++) lockedGroups[d]! |= bit;
    }
    for (let i = 0; i < funding.length; i++) {
      if (!targets(shock.target, funding[i]!)) continue;
      stale[i] = 1;
      const c = sources[i]!;
      switch (shock.type) {
        case 'outage':
        case 'freeze':
          c.limit.fill(0, from, to);
          break;
        case 'limit_cut':
          break;
        case 'repayment_blocked':
          c.repaymentBlocked.fill(1, from, to);
          break;
        case 'recall': {
          c.limit.fill(0, from, to);
          const due = from + Math.max(0, shock.dueWithinDays);
          if (due < days) c.recallDueDay = c.recallDueDay < 0 ? due : Math.min(c.recallDueDay, due);
          break;
        }
        default:
          assertNever(shock);
      }
    }
  }
  return conditions;
}

/**
 * A limit cut: the limit falls to ⌊limit × (1 − cut)⌋ inside the window; where cuts overlap the
 * deepest holds. Applied before the days without draws are zeroed, whatever the shocks' order.
 */
function cutLimits(
  plan: Plan,
  shock: Extract<Shock, { type: 'limit_cut' }>,
  days: number,
  conditions: ScenarioConditions,
): void {
  const [from, to] = shockWindow(shock, days);
  const keep = 1 - shock.cutPercent / 100;
  plan.fundingSources.forEach((source, i) => {
    if (!targets(shock.target, source)) return;
    conditions.stale[i] = 1;
    const limit = conditions.sources[i]!.limit;
    const cut = Math.floor(source.limit * Math.min(1, keep));
    for (let d = from; d < to; d++) if (cut < limit[d]!) limit[d] = cut;
  });
}

/**
 * Inflows as the scenario's business shocks leave them: a revenue drop scales inflows inside
 * its window; a payment delay moves them later (past the horizon they are simply not received).
 * `scratch` (rows like `inflowsByGroup`, and one more `days` long) receives them instead of new
 * memory: a Monte Carlo path with a payment delay would otherwise allocate every row.
 */
export function shockedInflows(
  inflowsByGroup: readonly Float64Array[],
  scenario: Scenario,
  days: number,
  scratch?: InflowScratch,
): readonly Float64Array[] {
  const business = scenario.shocks.filter(isBusinessShock);
  if (business.length === 0) return inflowsByGroup;
  const groups = scratch
    ? scratch.rows.map((row, g) => {
        row.set(inflowsByGroup[g]!);
        return row;
      })
    : inflowsByGroup.map((a) => Float64Array.from(a));
  const moved = scratch?.moved ?? new Float64Array(days);
  for (const shock of business) {
    const [from, to] = shockWindow(shock, days);
    for (let g = 0; g < PLATFORM_GROUPS.length; g++) {
      const row = groups[g]!;
      if (shock.type === 'revenue_drop') {
        const keep = 1 - shock.dropPercent / 100;
        for (let d = from; d < to; d++) row[d] = roundFen(row[d]! * keep);
      } else if (shock.type === 'payment_delay') {
        for (let d = from; d < to; d++) {
          moved[d - from] = row[d]!;
          row[d] = 0;
        }
        for (let d = from; d < to; d++) {
          const when = d + shock.delayDays;
          if (when < days) row[when]! += moved[d - from]!;
        }
      }
    }
  }
  return groups;
}

/** A shock to the business's own inflows rather than to its credit or accounts. */
export const isBusinessShock = (s: Shock): boolean =>
  s.type === 'revenue_drop' || s.type === 'payment_delay';

/** Memory `shockedInflows` may write into: a row per platform group and one more, each `days` long. */
export type InflowScratch = { rows: Float64Array[]; moved: Float64Array };

export const inflowScratch = (days: number): InflowScratch => ({
  rows: PLATFORM_GROUPS.map(() => new Float64Array(days)),
  moved: new Float64Array(days),
});
