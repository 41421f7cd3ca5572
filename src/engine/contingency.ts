import type { Advice, Suggestion } from './advice';
import type { ActionKind } from './adviceActions';
import type { Analysis } from './analyze';
import { METRIC_THRESHOLDS, type Sourced } from './defaults';
import { referenceDay } from './metrics';
import type { IsoDate, Plan, Scenario } from './model';
import { shockWindow, targets } from './shocks';
import { dateOfDay, timelineOf } from './timeline';

/**
 * The contingency plan: early-warning triggers with their thresholds, whether each fires under
 * the selected scenario, what to do when it fires (an action the advisor priced and
 * re-simulated), and the order of actions during an outage. Pure: built only from the plan, the
 * scenario, its analysis and the advice, so every number is one the engine already stated.
 */

export type TriggerId = 'limit_drop' | 'buffer_days' | 'coverage_30d' | 'concentration';

/** What to do when a trigger fires: one of the advisor's suggestions, with its numbers (yuan). */
export type TriggerResponse = {
  action: ActionKind;
  /** Cash made reachable: reserve added, limit arranged or cash moved. */
  cashEffect: number;
  shortfallClosed: number;
  costPerYear: number;
  leadTimeDays: number;
  closesGap: boolean;
  counterparty?: string;
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

export type OutagePhase = 'day0' | 'days1to3' | 'week1' | 'week2' | 'weeks3to4' | 'later';

export type OutageStepKind =
  /** Confirm the outage and stop new spending on the failing credit. */
  | 'confirm'
  /** Pay suppliers Huabei paid from the bank account instead. */
  | 'pay_suppliers_from_bank'
  /** Start arranging an action whose lead time is more than zero. */
  | 'start_action'
  /** An action's cash is usable from this day. */
  | 'use_action'
  /** Without the actions, the liquidity gap opens this day. */
  | 'gap_opens'
  /** Re-check the triggers each week while the outage lasts. */
  | 'review'
  /** The scenario's outage ends: repay what was blocked, rebuild the reserve. */
  | 'outage_ends';

export type OutageStep = {
  kind: OutageStepKind;
  /** Days from the first shock. */
  offset: number;
  phase: OutagePhase;
  /** Calendar date on the plan's timeline (null past the horizon). */
  date: IsoDate | null;
  action?: ActionKind;
  /** Yuan: the action's amount, or the gap's depth for `gap_opens`. */
  amount?: number;
  /** Days the action takes to arrange (action steps). */
  leadTimeDays?: number;
  counterparty?: string;
};

export type ContingencyPlan = {
  triggers: Trigger[];
  steps: OutageStep[];
  /** The date of the first shock (day 0 of the steps). */
  shockDate: IsoDate;
};

/** Actions that suit each trigger; among them the advisor's best-ranked timely one is chosen. */
const RESPONSES: Record<TriggerId, readonly ActionKind[]> = {
  limit_drop: [
    'non_ant_online_lender',
    'bank_credit_line',
    'bank_loan',
    'guaranteed_loan',
    'factoring',
    'credit_card',
  ],
  buffer_days: ['raise_reserve', 'reduce_alipay_cash'],
  coverage_30d: ['factoring', 'reduce_alipay_cash', 'raise_reserve', 'credit_card'],
  concentration: [
    'move_off_huabei',
    'stagger_jiebei',
    'non_ant_online_lender',
    'bank_credit_line',
    'bank_loan',
    'guaranteed_loan',
  ],
};

function responseFor(id: TriggerId, advice: Advice | null): TriggerResponse | null {
  const wanted = RESPONSES[id];
  const candidates = (advice?.suggestions ?? []).filter((s) => wanted.includes(s.action));
  // The advisor's order already puts timely actions first and the best value per ¥ next.
  const pick = candidates.find((s) => !s.tooLate) ?? candidates[0];
  if (!pick) return null;
  return {
    action: pick.action,
    cashEffect: pick.amount,
    shortfallClosed: pick.shortfallClosed,
    costPerYear: pick.costPerYear,
    leadTimeDays: pick.leadTimeDays,
    closesGap: pick.closesGap,
    ...(pick.counterparty ? { counterparty: pick.counterparty } : {}),
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

function triggersOf(
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

export function phaseOf(offset: number): OutagePhase {
  if (offset <= 0) return 'day0';
  if (offset <= 3) return 'days1to3';
  if (offset <= 7) return 'week1';
  if (offset <= 14) return 'week2';
  if (offset <= 30) return 'weeks3to4';
  return 'later';
}

const STEP_ORDER: readonly OutageStepKind[] = [
  'confirm',
  'pay_suppliers_from_bank',
  'use_action',
  'start_action',
  'gap_opens',
  'review',
  'outage_ends',
];

/** The timely suggestions to act on: the best combination's, then the next best as a fallback. */
function chosenActions(advice: Advice | null): Suggestion[] {
  if (!advice) return [];
  const timely = advice.suggestions.filter((s) => !s.tooLate);
  const inCombination = timely.filter((s) => advice.combination?.actions.includes(s.action));
  const backups = timely
    .filter((s) => !inCombination.includes(s))
    .slice(0, Math.max(0, 3 - inCombination.length));
  return [...inCombination, ...backups];
}

function stepsOf(
  plan: Plan,
  scenario: Scenario,
  analysis: Analysis,
  advice: Advice | null,
): OutageStep[] {
  const days = analysis.stressed.projection.days;
  const t = timelineOf(plan.business.startDate, days);
  const ref = referenceDay(scenario, days);
  const step = (
    kind: OutageStepKind,
    offset: number,
    extra: Partial<OutageStep> = {},
  ): OutageStep => ({
    kind,
    offset,
    phase: phaseOf(offset),
    date: ref + offset < days ? dateOfDay(t, ref + offset) : null,
    ...extra,
  });
  const steps: OutageStep[] = [step('confirm', 0)];

  const hitsHuabei = plan.fundingSources.some(
    (s) =>
      s.kind === 'huabei' && scenario.shocks.some((k) => 'target' in k && targets(k.target, s)),
  );
  if (
    hitsHuabei &&
    plan.cashFlows.some((f) => f.direction === 'outflow' && (f.huabeiShare ?? 0) > 0)
  ) {
    steps.push(step('pay_suppliers_from_bank', 1));
  }

  for (const s of chosenActions(advice)) {
    const extra = {
      action: s.action,
      amount: s.amount,
      leadTimeDays: s.leadTimeDays,
      ...(s.counterparty ? { counterparty: s.counterparty } : {}),
    };
    if (s.leadTimeDays > 0) steps.push(step('start_action', 0, extra));
    steps.push(step('use_action', s.leadTimeDays, extra));
  }

  const survival = analysis.stressed.metrics.survivalDays;
  if (survival !== null)
    steps.push(step('gap_opens', survival, { amount: analysis.stressed.metrics.deepestShortfall }));

  // The outage lasts as long as its longest credit shock; open-ended shocks never end.
  const ends = scenario.shocks.filter((k) => 'target' in k).map((k) => shockWindow(k, days)[1]);
  const openEnded = scenario.shocks.some((k) => 'durationDays' in k && k.durationDays === null);
  const end = ends.length > 0 && !openEnded ? Math.max(...ends) - ref : null;
  const reviewUntil = Math.min(end ?? 28, 28);
  for (let week = 7; week < reviewUntil; week += 7) steps.push(step('review', week));
  if (end !== null && end > 0) steps.push(step('outage_ends', end));

  return steps.sort(
    (a, b) => a.offset - b.offset || STEP_ORDER.indexOf(a.kind) - STEP_ORDER.indexOf(b.kind),
  );
}

/**
 * The contingency plan for a plan under a scenario. `advice` is the advisor's output for the
 * same pair (null while it is not computed: triggers then have no priced response).
 * @example contingencyPlan(plan, preset, analyze(plan, preset), advise(plan, preset)).triggers
 */
export function contingencyPlan(
  plan: Plan,
  scenario: Scenario,
  analysis: Analysis,
  advice: Advice | null,
): ContingencyPlan {
  const days = analysis.stressed.projection.days;
  const t = timelineOf(plan.business.startDate, days);
  return {
    triggers: triggersOf(plan, scenario, analysis, advice),
    steps: stepsOf(plan, scenario, analysis, advice),
    shockDate: dateOfDay(t, referenceDay(scenario, days)),
  };
}
