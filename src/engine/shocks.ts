import { GROUP_INDEX, type FlowCalendar } from './cashFlows';
import type { FundingSource, Plan, Scenario, Shock, ShockTarget } from './model';
import { PLATFORM_GROUPS } from './model';
import { roundFen } from './money';
import { assertNever } from './rates';

/**
 * A scenario resolved against one plan: per source and per day, what the source can still do.
 * Computed once per run so the daily loop only reads flags.
 */
export type SourceConditions = {
  /** 1 where no new draw (or Huabei payment) is possible: outage, freeze, or a recalled line. */
  noDraw: Uint8Array;
  /** Remaining share of the limit after cuts (1 = untouched). */
  limitFactor: Float64Array;
  /** 1 where repayments cannot be made. */
  repaymentBlocked: Uint8Array;
  /** Day the whole balance falls due after a recall, or -1. */
  recallDueDay: number;
};

export type ScenarioConditions = {
  sources: SourceConditions[];
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
 * not allocate (and the collector free) three typed arrays. Its contents are overwritten per run.
 */
export type ConditionsScratch = { flags: Uint8Array; factors: Float64Array; locked: Uint8Array };

export function conditionsScratch(sources: number, days: number): ConditionsScratch {
  return {
    flags: new Uint8Array(days * 2 * sources),
    factors: new Float64Array(days * sources),
    locked: new Uint8Array(days),
  };
}

export function resolveScenario(
  plan: Plan,
  scenario: Scenario,
  days: number,
  scratch?: ConditionsScratch,
): ScenarioConditions {
  const count = plan.fundingSources.length;
  const fits =
    scratch !== undefined &&
    scratch.flags.length >= days * 2 * count &&
    scratch.factors.length >= days * count &&
    scratch.locked.length >= days;
  const flags = fits
    ? scratch.flags.subarray(0, days * 2 * count).fill(0)
    : new Uint8Array(days * 2 * count);
  const factors = (
    fits ? scratch.factors.subarray(0, days * count) : new Float64Array(days * count)
  ).fill(1);
  const sources = plan.fundingSources.map((_, i): SourceConditions => ({
    noDraw: flags.subarray(days * 2 * i, days * (2 * i + 1)),
    limitFactor: factors.subarray(days * i, days * (i + 1)),
    repaymentBlocked: flags.subarray(days * (2 * i + 1), days * (2 * i + 2)),
    recallDueDay: -1,
  }));
  const lockedGroups = fits ? scratch.locked.subarray(0, days).fill(0) : new Uint8Array(days);
  let firstShockDay: number | null = null;

  for (const shock of scenario.shocks) {
    const [from, to] = shockWindow(shock, days);
    firstShockDay =
      firstShockDay === null ? shock.startDay : Math.min(firstShockDay, shock.startDay);
    if (shock.type === 'revenue_drop' || shock.type === 'payment_delay') continue;
    if (shock.type === 'outage' && shock.target.type === 'group') {
      const bit = 1 << GROUP_INDEX[shock.target.group];
      for (let d = from; d < to; d++) lockedGroups[d]! |= bit;
    }
    plan.fundingSources.forEach((source, i) => {
      if (!targets(shock.target, source)) return;
      const c = sources[i]!;
      switch (shock.type) {
        case 'outage':
        case 'freeze':
          for (let d = from; d < to; d++) c.noDraw[d] = 1;
          break;
        case 'limit_cut': {
          const keep = 1 - shock.cutPercent / 100;
          for (let d = from; d < to; d++) c.limitFactor[d] = Math.min(c.limitFactor[d]!, keep);
          break;
        }
        case 'repayment_blocked':
          for (let d = from; d < to; d++) c.repaymentBlocked[d] = 1;
          break;
        case 'recall': {
          for (let d = from; d < to; d++) c.noDraw[d] = 1;
          const due = from + Math.max(0, shock.dueWithinDays);
          if (due < days) c.recallDueDay = c.recallDueDay < 0 ? due : Math.min(c.recallDueDay, due);
          break;
        }
        default:
          assertNever(shock);
      }
    });
  }
  return { sources, lockedGroups, firstShockDay };
}

/**
 * Inflows as the scenario's business shocks leave them: a revenue drop scales inflows inside
 * its window; a payment delay moves them later (past the horizon they are simply not received).
 */
export function shockedInflows(
  base: FlowCalendar,
  scenario: Scenario,
  days: number,
): Float64Array[] {
  const business = scenario.shocks.filter(
    (s) => s.type === 'revenue_drop' || s.type === 'payment_delay',
  );
  if (business.length === 0) return base.inflowsByGroup;
  const groups = base.inflowsByGroup.map((a) => Float64Array.from(a));
  for (const shock of business) {
    const [from, to] = shockWindow(shock, days);
    for (let g = 0; g < PLATFORM_GROUPS.length; g++) {
      const row = groups[g]!;
      if (shock.type === 'revenue_drop') {
        const keep = 1 - shock.dropPercent / 100;
        for (let d = from; d < to; d++) row[d] = roundFen(row[d]! * keep);
      } else if (shock.type === 'payment_delay') {
        const moved = row.slice(from, to);
        for (let d = from; d < to; d++) row[d] = 0;
        for (let d = from; d < to; d++) {
          const when = d + shock.delayDays;
          if (when < days) row[when]! += moved[d - from]!;
        }
      }
    }
  }
  return groups;
}
