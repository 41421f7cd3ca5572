import type { CashFlow, Plan, PlatformGroup } from './model';
import { PLATFORM_GROUPS } from './model';
import { assertNever } from './rates';
import { seasonalFactors } from './seasonality';
import { dayIndex, isMonthlyAnchor, type Timeline } from './timeline';

/**
 * Recurring flows expanded into per-day totals, once per plan. Shocks then reshape these
 * arrays (revenue drop, payment delay) without touching the plan.
 */
export type FlowCalendar = {
  /** Inflows per day, one array per platform group (index in PLATFORM_GROUPS). */
  inflowsByGroup: Float64Array[];
  /** Outflows per day that must be paid in cash whatever happens. */
  cashOutflows: Float64Array;
  /** Outflows per day a Huabei line may pay on credit. */
  huabeiEligibleOutflows: Float64Array;
  /**
   * The part of those outflows whose flows name the platform that pays them first (suppliers paid
   * from Alipay), one entry per named platform group; empty when no outflow names one.
   */
  payers: PayerOutflows[];
};

/** Outflows paid first from one platform group's accounts (a part of the calendar's totals). */
export type PayerOutflows = {
  /** Index in PLATFORM_GROUPS. */
  group: number;
  cash: Float64Array;
  huabeiEligible: Float64Array;
};

export const GROUP_INDEX: Record<PlatformGroup, number> = Object.fromEntries(
  PLATFORM_GROUPS.map((g, i) => [g, i]),
) as Record<PlatformGroup, number>;

export function occursOn(flow: CashFlow, t: Timeline, d: number, firstDay: number): boolean {
  const f = flow.frequency;
  switch (f.type) {
    case 'daily':
      return true;
    case 'weekly':
      return t.weekday[d] === f.weekday;
    case 'monthly':
      return isMonthlyAnchor(t, d, f.dayOfMonth);
    case 'quarterly': {
      const firstMonth = t.monthIndex[Math.max(0, Math.min(firstDay, t.days - 1))]!;
      return (t.monthIndex[d]! - firstMonth) % 3 === 0 && isMonthlyAnchor(t, d, f.dayOfMonth);
    }
    case 'once':
      return dayIndex(t, f.date) === d;
    default:
      return assertNever(f);
  }
}

export function expandCashFlows(plan: Plan, t: Timeline): FlowCalendar {
  const n = t.days;
  const cal: FlowCalendar = {
    inflowsByGroup: PLATFORM_GROUPS.map(() => new Float64Array(n)),
    cashOutflows: new Float64Array(n),
    huabeiEligibleOutflows: new Float64Array(n),
    payers: [],
  };
  for (const flow of plan.cashFlows) {
    const first = flow.startDate ? Math.max(0, dayIndex(t, flow.startDate)) : 0;
    const last = flow.endDate ? Math.min(n - 1, dayIndex(t, flow.endDate)) : n - 1;
    const seasons = seasonalFactors(flow.seasonality, t);
    const target =
      flow.direction === 'inflow'
        ? cal.inflowsByGroup[GROUP_INDEX[flow.platformGroup ?? 'bank']]!
        : cal.cashOutflows;
    const payer =
      flow.direction === 'outflow' && flow.platformGroup !== undefined
        ? payerOf(cal, GROUP_INDEX[flow.platformGroup], n)
        : null;
    for (let d = first; d <= last; d++) {
      if (!occursOn(flow, t, d, first)) continue;
      // A seasonal amount is rounded to the fen once, where it is posted.
      const amount = seasons ? Math.round(flow.amount * seasons[d]!) : flow.amount;
      if (flow.direction === 'inflow') {
        target[d]! += amount;
      } else {
        const onHuabei = Math.round(amount * (flow.huabeiShare ?? 0));
        cal.cashOutflows[d]! += amount - onHuabei;
        cal.huabeiEligibleOutflows[d]! += onHuabei;
        if (payer) {
          payer.cash[d]! += amount - onHuabei;
          payer.huabeiEligible[d]! += onHuabei;
        }
      }
    }
  }
  return cal;
}

/** The calendar's columns for outflows paid first from `group`, made on first use. */
function payerOf(cal: FlowCalendar, group: number, n: number): PayerOutflows {
  let payer = cal.payers.find((p) => p.group === group);
  if (!payer) {
    payer = { group, cash: new Float64Array(n), huabeiEligible: new Float64Array(n) };
    cal.payers.push(payer);
    cal.payers.sort((a, b) => a.group - b.group);
  }
  return payer;
}
