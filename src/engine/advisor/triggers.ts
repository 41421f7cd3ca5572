import type { Advice, Suggestion } from '../advice';
import type { Analysis } from '../analyze';
import { METRIC_THRESHOLDS } from '../defaults';
import { type Sourced } from '../citations';
import { referenceDay } from '../metrics';
import type { IsoDate, Plan, Scenario } from '../model';
import { targets } from '../shocks';
import type { ActionKind } from './types';

/**
 * The contingency plan's early warnings: four measured from the simulation (with thresholds),
 * and the signals an owner can see for themselves — what to look at, where, how often — each
 * with the response the advisor priced (the recommended combination's step where one fits).
 */

export type TriggerId = 'limit_drop' | 'buffer_days' | 'coverage_30d' | 'concentration';

/** What to do when a trigger fires: one of the advisor's priced actions (yuan). */
export type TriggerResponse = {
  action: ActionKind;
  /** Cash made reachable: reserve added, limit arranged, cash moved or freed. */
  cashEffect: number;
  shortfallClosed: number;
  costPerYear: number;
  leadTimeDays: number;
  closesGap: boolean;
  counterparty?: string;
  /** Day its cash is usable; null past the horizon. */
  readyDate?: IsoDate | null;
  /** Arrives after the gap opens: arrange it now for the next outage. */
  tooLate?: boolean;
  /** A lever's assumptions and the flows it changes, to say it in full. */
  assumptions?: Suggestion['assumptions'];
  appliesTo?: string[];
  category?: Suggestion['category'];
};

export type Trigger = {
  id: TriggerId;
  /** `above`: fires when the measure exceeds the threshold; `below`: when it falls under it. */
  direction: 'above' | 'below';
  threshold: number;
  unit: 'percent' | 'days';
  basis: Sourced;
  /** The measure under the selected scenario; null when it does not apply. */
  measured: number | null;
  fires: boolean;
  /** The funding source the measure is about (limit drop, concentration). */
  sourceName?: string;
  response: TriggerResponse | null;
};

/** Signals an owner sees without FundGap (the source articles' list). */
export const SIGNAL_IDS = [
  'limit_notice',
  'rate_rise',
  'repayment_failed',
  'service_unavailable',
  'risk_notice',
  'credit_report',
  'regulatory_news',
  'bank_notice',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export type SignalFrequency =
  'daily' | 'weekly' | 'monthly' | 'quarterly' | 'before_due' | 'as_received';

export type Signal = {
  id: SignalId;
  frequency: SignalFrequency;
  /** The selected scenario would show this signal. */
  expected: boolean;
  response: TriggerResponse | null;
};

/** Actions that suit each warning, best first; the combination's own step wins when it fits. */
const RESPONSES: Record<TriggerId, readonly ActionKind[]> = {
  limit_drop: [
    'tax_loan',
    'inclusive_credit_loan',
    'bank_credit_line',
    'non_ant_online_lender',
    'loan_renewal',
    'bank_loan',
    'guaranteed_loan',
    'startup_guarantee_loan',
    'factoring',
    'order_financing',
    'inventory_financing',
  ],
  buffer_days: [
    'cut_owner_draw',
    'defer_purchases',
    'raise_reserve',
    'reserve_from_profit',
    'reduce_alipay_cash',
  ],
  coverage_30d: [
    'supplier_terms',
    'customer_deposits',
    'defer_rent',
    'defer_purchases',
    'cut_owner_draw',
    'factoring',
    'raise_reserve',
  ],
  concentration: [
    'move_off_huabei',
    'tax_loan',
    'inclusive_credit_loan',
    'bank_credit_line',
    'non_ant_online_lender',
    'bank_loan',
    'guaranteed_loan',
  ],
};

export function responseFor(id: TriggerId, advice: Advice | null): TriggerResponse | null {
  if (!advice) return null;
  const wanted = RESPONSES[id];
  const inCombination = new Set(advice.combination?.actions ?? []);
  const candidates = advice.suggestions.filter((s) => wanted.includes(s.action));
  // The combination's step first, then the advisor's order (timely first, then value per ¥).
  const pick =
    candidates.find((s) => inCombination.has(s.action)) ??
    candidates.find((s) => !s.tooLate && !s.creditRisk) ??
    candidates[0];
  if (!pick) return null;
  const step = advice.combination?.steps.find((x) => x.action === pick.action);
  return {
    action: pick.action,
    cashEffect: step?.amount ?? pick.amount,
    shortfallClosed: pick.shortfallClosed,
    costPerYear: step?.costPerYear ?? pick.costPerYear,
    leadTimeDays: pick.leadTimeDays,
    closesGap: pick.closesGap,
    ...(pick.counterparty ? { counterparty: pick.counterparty } : {}),
    readyDate: step?.readyDate ?? pick.readyDate,
    tooLate: pick.tooLate,
    ...(pick.assumptions ? { assumptions: pick.assumptions } : {}),
    ...(pick.appliesTo ? { appliesTo: pick.appliesTo } : {}),
    category: pick.category,
  };
}

/** Largest drop (%) of any source's usable limit during the scenario, against the baseline run. */
function limitDrop(plan: Plan, analysis: Analysis): { drop: number; source: string } | null {
  const base = analysis.baseline.projection.sources;
  const run = analysis.stressed.projection.sources;
  let best: { drop: number; source: string } | null = null;
  plan.fundingSources.forEach((source, i) => {
    const b = base[i]?.limit;
    const s = run[i]?.limit;
    if (!b || !s) return;
    for (let d = 0; d < b.length; d++) {
      if (!(b[d]! > 0)) continue;
      const drop = ((b[d]! - s[d]!) / b[d]!) * 100;
      if (!best || drop > best.drop) best = { drop, source: source.name };
    }
  });
  return best;
}

/** Largest share (%) of today's usable headroom held by a source the scenario shocks. */
function shockedShare(
  plan: Plan,
  scenario: Scenario,
  analysis: Analysis,
): { share: number; source: string } | null {
  const base = analysis.baseline.projection.sources;
  const day = referenceDay(scenario, analysis.baseline.projection.days);
  const total = base.reduce((sum, s) => sum + (s.headroom[day] ?? 0), 0);
  if (total <= 0) return null;
  let best: { share: number; source: string } | null = null;
  plan.fundingSources.forEach((source, i) => {
    const hit = scenario.shocks.some((k) => 'target' in k && targets(k.target, source));
    if (!hit) return;
    const share = ((base[i]?.headroom[day] ?? 0) / total) * 100;
    if (!best || share > best.share) best = { share, source: source.name };
  });
  return best;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function triggersOf(
  plan: Plan,
  scenario: Scenario,
  analysis: Analysis,
  advice: Advice | null,
): Trigger[] {
  const t = METRIC_THRESHOLDS;
  const m = analysis.stressed.metrics;
  const drop = limitDrop(plan, analysis);
  const share = shockedShare(plan, scenario, analysis);
  const basis = ({ grade, citation }: Sourced): Sourced => ({ grade, citation });
  const below = (x: number | null, limit: number) => x !== null && x < limit;
  const above = (x: number | null, limit: number) => x !== null && x > limit;
  return [
    {
      id: 'limit_drop',
      direction: 'above',
      threshold: t.limitDropTrigger.value,
      unit: 'percent',
      basis: basis(t.limitDropTrigger),
      measured: drop ? round1(drop.drop) : null,
      fires: above(drop?.drop ?? null, t.limitDropTrigger.value),
      ...(drop && drop.drop > 0 ? { sourceName: drop.source } : {}),
      response: responseFor('limit_drop', advice),
    },
    {
      id: 'buffer_days',
      direction: 'below',
      threshold: t.bufferDaysTrigger.value,
      unit: 'days',
      basis: basis(t.bufferDaysTrigger),
      measured: m.cashBufferDays,
      fires: below(m.cashBufferDays, t.bufferDaysTrigger.value),
      response: responseFor('buffer_days', advice),
    },
    {
      id: 'coverage_30d',
      direction: 'below',
      threshold: t.stressCoverageFloor.value,
      unit: 'percent',
      basis: basis(t.stressCoverageFloor),
      measured: m.stressCoverageRatio30d,
      fires: below(m.stressCoverageRatio30d, t.stressCoverageFloor.value),
      response: responseFor('coverage_30d', advice),
    },
    {
      id: 'concentration',
      direction: 'above',
      threshold: t.concentrationTrigger.value,
      unit: 'percent',
      basis: basis(t.concentrationTrigger),
      measured: share ? round1(share.share) : null,
      fires: above(share?.share ?? null, t.concentrationTrigger.value),
      ...(share ? { sourceName: share.source } : {}),
      response: responseFor('concentration', advice),
    },
  ];
}

const FREQUENCY: Record<SignalId, SignalFrequency> = {
  limit_notice: 'weekly',
  rate_rise: 'monthly',
  repayment_failed: 'before_due',
  service_unavailable: 'daily',
  risk_notice: 'as_received',
  credit_report: 'quarterly',
  regulatory_news: 'monthly',
  bank_notice: 'monthly',
};

/** The observable signals, whether this scenario would show each, and the priced response. */
export function signalsOf(plan: Plan, scenario: Scenario, advice: Advice | null): Signal[] {
  const has = (type: Scenario['shocks'][number]['type']) =>
    scenario.shocks.some((s) => s.type === type);
  const lasting = scenario.shocks.some((s) => s.type === 'freeze' && s.durationDays === null);
  const temporaryFreeze = scenario.shocks.some(
    (s) => s.type === 'freeze' && s.durationDays !== null,
  );
  const bankLoans = plan.fundingSources.some((s) => s.kind === 'bank_loan');
  const renewal = advice?.suggestions.find((s) => s.action === 'loan_renewal');
  const credit = responseFor('limit_drop', advice);
  const diversify = responseFor('concentration', advice);
  const expected: Record<SignalId, boolean> = {
    limit_notice: has('limit_cut'),
    rate_rise: false,
    repayment_failed: has('repayment_blocked'),
    service_unavailable: has('outage'),
    risk_notice: temporaryFreeze,
    credit_report: advice?.creditMark != null,
    regulatory_news: lasting,
    bank_notice: has('recall'),
  };
  const response: Record<SignalId, TriggerResponse | null> = {
    limit_notice: credit,
    rate_rise: diversify,
    repayment_failed: null,
    service_unavailable: credit,
    risk_notice: credit,
    credit_report: null,
    regulatory_news: diversify,
    bank_notice: renewal
      ? {
          action: renewal.action,
          cashEffect: renewal.amount,
          shortfallClosed: renewal.shortfallClosed,
          costPerYear: renewal.costPerYear,
          leadTimeDays: renewal.leadTimeDays,
          closesGap: renewal.closesGap,
          readyDate: renewal.readyDate,
          tooLate: renewal.tooLate,
        }
      : credit,
  };
  return SIGNAL_IDS.filter((id) => id !== 'bank_notice' || bankLoans).map((id) => ({
    id,
    frequency: FREQUENCY[id],
    expected: expected[id],
    response: response[id],
  }));
}
