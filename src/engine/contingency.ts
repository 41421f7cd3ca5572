import type { Advice, CombinationStep, Suggestion } from './advice';
import type { ActionKind } from './advisor/types';
import { roundGapAsSaid, roundUpAsSaid } from './advisor/sizing';
import { signalsOf, triggersOf, type Signal, type Trigger } from './advisor/triggers';
import type { Analysis } from './analyze';
import { referenceDay } from './metrics';
import type { IsoDate, Plan, Scenario } from './model';
import { fenFromYuan, yuanFromFen } from './money';
import { shockWindow, targets } from './shocks';
import { dateOfDay, dayIndex, timelineOf } from './timeline';

export type {
  Signal,
  SignalFrequency,
  SignalId,
  Trigger,
  TriggerId,
  TriggerResponse,
} from './advisor/triggers';

/**
 * The contingency plan: early-warning triggers and the signals to watch, then the steps in
 * date order — each dated so its lead time ends before the gap opens, or marked too late for
 * this outage (arrange it now for the next). Pure: built from the plan, the scenario, its
 * analysis and the advice, so every number is one the engine already stated.
 */

/** `before`: steps to take now, ahead of an outage that starts later. */
export type OutagePhase =
  'before' | 'day0' | 'days1to3' | 'week1' | 'week2' | 'weeks3to4' | 'later';

export type OutageStepKind =
  /** Confirm the outage and stop new spending on the failing credit. */
  | 'confirm'
  /** Pay suppliers Huabei paid from the bank account instead. */
  | 'pay_suppliers_from_bank'
  /** Start arranging an action (apply, sign, move money). */
  | 'start_action'
  /** An action's cash is usable from this day. */
  | 'use_action'
  /** Put an operating lever into effect (the owner's draw, purchases, terms, deposits). */
  | 'apply_lever'
  /** A repayment falls due while repayments are blocked: protect the credit record. */
  | 'protect_credit'
  /** Without the actions, the liquidity gap opens this day. */
  | 'gap_opens'
  /** Re-check the triggers each week while the outage lasts. */
  | 'review'
  /** The scenario's outage ends: repay what was blocked, rebuild the reserve. */
  | 'outage_ends';

export type OutageStep = {
  kind: OutageStepKind;
  /** Days from the first shock (negative: before it). */
  offset: number;
  phase: OutagePhase;
  /** Calendar date on the plan's timeline (null past the horizon). */
  date: IsoDate | null;
  action?: ActionKind;
  /** Yuan, as people say it: the action's amount, or the gap's depth for `gap_opens`. */
  amount?: number;
  /** Days the action takes to arrange (action steps). */
  leadTimeDays?: number;
  counterparty?: string;
  /** Action steps: the day its cash is usable (null past the horizon). */
  readyDate?: IsoDate | null;
  /** Its lead time ends after the gap opens: too late for this outage, arrange now for the next. */
  tooLate?: boolean;
  /** Action steps: what kind of measure, the lever's assumptions, a reserve's source. */
  category?: Suggestion['category'];
  assumptions?: Suggestion['assumptions'];
  cashSource?: Suggestion['cashSource'];
  appliesTo?: string[];
  /**
   * A backstop: the combination rests on operating levers only (each an assumption the owner
   * must get agreed), so the cheapest financing that closes the gap alone is arranged as well.
   */
  fallback?: boolean;
};

export type ContingencyPlan = {
  triggers: Trigger[];
  /** What the owner can see for themselves: what, where (in the texts), how often. */
  signals: Signal[];
  steps: OutageStep[];
  /** The date of the first shock (day 0 of the steps). */
  shockDate: IsoDate;
  /** The day the gap opens without any action, or null. */
  gapDate: IsoDate | null;
};

export function phaseOf(offset: number): OutagePhase {
  if (offset < 0) return 'before';
  if (offset === 0) return 'day0';
  if (offset <= 3) return 'days1to3';
  if (offset <= 7) return 'week1';
  if (offset <= 14) return 'week2';
  if (offset <= 30) return 'weeks3to4';
  return 'later';
}

const STEP_ORDER: readonly OutageStepKind[] = [
  'confirm',
  'protect_credit',
  'pay_suppliers_from_bank',
  'apply_lever',
  'start_action',
  'use_action',
  'gap_opens',
  'review',
  'outage_ends',
];

type Planned = Pick<
  CombinationStep,
  | 'action'
  | 'amount'
  | 'leadTimeDays'
  | 'startDate'
  | 'readyDate'
  | 'counterparty'
  | 'assumptions'
  | 'appliesTo'
> & { category: Suggestion['category']; cashSource?: Suggestion['cashSource'] };

/**
 * The actions to act on, one per need: the recommended combination (with one financing backstop
 * when it rests on levers alone, each an assumption the owner must get agreed). Only when nothing
 * in time closes the gap is one more measure arranged now for the next outage — when the
 * combination closes it, the same measures serve the next one too.
 */
function plannedActions(advice: Advice | null): {
  now: Planned[];
  backstop: Planned[];
  next: Planned[];
} {
  if (!advice || !advice.hasGap) return { now: [], backstop: [], next: [] };
  const safe = advice.suggestions.filter((s) => !s.tooLate && !s.creditRisk);
  const now: Planned[] = advice.combination?.steps ?? safe.slice(0, 1);
  const leversOnly = now.length > 0 && now.every((s) => s.category === 'lever');
  const backstop = leversOnly
    ? safe.filter((s) => s.category !== 'lever' && s.closesGap).slice(0, 1)
    : [];
  if (advice.combination?.closesGap) return { now, backstop, next: [] };
  const chosen = new Set([...now, ...backstop].map((s) => s.action));
  const later = advice.suggestions.filter((s) => s.tooLate && !chosen.has(s.action));
  const next: Planned | undefined = later.find((s) => s.sizedFor === 'next_outage') ?? later[0];
  return { now, backstop, next: next ? [next] : [] };
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
  const survival = analysis.stressed.metrics.survivalDays;
  const gapDay = survival === null ? null : ref + survival;
  const at = (day: number, kind: OutageStepKind, extra: Partial<OutageStep> = {}): OutageStep => ({
    kind,
    offset: day - ref,
    phase: phaseOf(day - ref),
    date: day >= 0 && day < days ? dateOfDay(t, day) : null,
    ...extra,
  });
  const steps: OutageStep[] = [at(ref, 'confirm')];

  if (advice?.creditMark) steps.push(at(advice.creditMark.dueDay, 'protect_credit'));

  const hitsHuabei = plan.fundingSources.some(
    (s) =>
      s.kind === 'huabei' && scenario.shocks.some((k) => 'target' in k && targets(k.target, s)),
  );
  if (
    hitsHuabei &&
    plan.cashFlows.some((f) => f.direction === 'outflow' && (f.huabeiShare ?? 0) > 0)
  )
    steps.push(at(ref + 1, 'pay_suppliers_from_bank'));

  const { now, backstop, next } = plannedActions(advice);
  const add = (s: Planned, nextOutage: boolean, fallback = false) => {
    const start = dayIndex(t, s.startDate);
    const ready = s.readyDate === null ? days : dayIndex(t, s.readyDate);
    const tooLate = nextOutage || (gapDay !== null && ready > gapDay);
    const extra: Partial<OutageStep> = {
      action: s.action,
      // Said as people say it: rounded up, so the step never asks for less than the plan needs.
      amount: yuanFromFen(roundUpAsSaid(fenFromYuan(s.amount))),
      leadTimeDays: s.leadTimeDays,
      readyDate: s.readyDate,
      tooLate,
      category: s.category,
      ...(s.assumptions ? { assumptions: s.assumptions } : {}),
      ...(s.cashSource ? { cashSource: s.cashSource } : {}),
      ...(s.appliesTo ? { appliesTo: s.appliesTo } : {}),
      ...(fallback ? { fallback } : {}),
      ...(s.counterparty ? { counterparty: s.counterparty } : {}),
    };
    const lever = s.category === 'lever';
    steps.push(at(start, lever ? 'apply_lever' : 'start_action', extra));
    // For the next outage the step says when it will be ready; no later step is needed.
    if (!nextOutage && s.leadTimeDays > 0 && ready < days)
      steps.push(at(ready, 'use_action', extra));
  };
  now.forEach((s) => add(s, false));
  backstop.forEach((s) => add(s, false, true));
  next.forEach((s) => add(s, true));

  if (gapDay !== null)
    steps.push(
      at(gapDay, 'gap_opens', {
        // Said as the advice's header says it (roundGapAsSaid): the two never disagree.
        amount: yuanFromFen(
          roundGapAsSaid(fenFromYuan(analysis.stressed.metrics.deepestShortfall)),
        ),
      }),
    );

  // The outage lasts as long as its longest credit shock; open-ended shocks never end.
  const ends = scenario.shocks.filter((k) => 'target' in k).map((k) => shockWindow(k, days)[1]);
  const openEnded = scenario.shocks.some((k) => 'durationDays' in k && k.durationDays === null);
  const end = ends.length > 0 && !openEnded ? Math.max(...ends) - ref : null;
  const reviewUntil = Math.min(end ?? 28, 28);
  for (let week = 7; week < reviewUntil; week += 7) steps.push(at(ref + week, 'review'));
  // A shock that runs to the horizon has no end inside the plan to announce.
  if (end !== null && end > 0 && ref + end < days) steps.push(at(ref + end, 'outage_ends'));

  return steps.sort(
    (a, b) => a.offset - b.offset || STEP_ORDER.indexOf(a.kind) - STEP_ORDER.indexOf(b.kind),
  );
}

/**
 * The contingency plan for a plan under a scenario. `advice` is the advisor's output for the
 * same pair (null while it is not computed: triggers then have no priced response).
 * @example contingencyPlan(plan, preset, analyze(plan, preset), advise(plan, preset)).steps
 */
export function contingencyPlan(
  plan: Plan,
  scenario: Scenario,
  analysis: Analysis,
  advice: Advice | null,
): ContingencyPlan {
  const days = analysis.stressed.projection.days;
  const t = timelineOf(plan.business.startDate, days);
  const ref = referenceDay(scenario, days);
  const survival = analysis.stressed.metrics.survivalDays;
  return {
    triggers: triggersOf(plan, scenario, analysis, advice),
    signals: signalsOf(plan, scenario, advice),
    steps: stepsOf(plan, scenario, analysis, advice),
    shockDate: dateOfDay(t, ref),
    gapDate: survival === null ? null : dateOfDay(t, Math.min(days - 1, ref + survival)),
  };
}
