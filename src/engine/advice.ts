import { dayIndex, dateOfDay } from './timeline';
import { averageDailyOutflows } from './metrics';
import type { RunMetrics } from './metrics';
import type { Plan, PlatformGroup, Scenario, Yuan } from './model';
import { fenFromYuan, yuanFromFen } from './money';
import { targets } from './shocks';
import { catalogue } from './advisor/catalogue';
import { bestCombination, type Combination } from './advisor/combination';
import { adviceContext } from './advisor/context';
import { creditMark, type CreditMark } from './advisor/creditRecord';
import { noGapNote, type NoGapNote } from './advisor/noGap';
import { outcome } from './advisor/outcome';
import { keptPerMonth } from './advisor/reserves';
import {
  rank,
  suggest,
  worthShowing,
  type Sized,
  type Suggestion,
  type SuggestEnv,
} from './advisor/suggest';
import type { ActionKind, Unavailable } from './advisor/types';

/**
 * The advisor: every action this business can take is sized with its real lead time, applied
 * to a copy of the plan and re-simulated under the scenario, so each number it states is a
 * simulation result. Pure and deterministic, like the rest of the engine (docs/advice.md).
 */

export type { ActionKind, Unavailable } from './advisor/types';
export { ACTION_KINDS } from './advisor/types';
export type { Suggestion } from './advisor/suggest';
export type { Combination, CombinationStep } from './advisor/combination';
export type { CreditMark } from './advisor/creditRecord';
export type { NoGapNote } from './advisor/noGap';
export { rank } from './advisor/suggest';

export type Advice = {
  /** The scenario's gap before any action. */
  before: RunMetrics;
  /** Today's funding mix before any action, to compare with each suggestion's "after". */
  mixBefore: { antGroupShare: number | null; hhiHeadroom: number | null };
  hasGap: boolean;
  gapStartDate: string | null;
  /** Ranked: what arrives before the gap first, then cost per ¥ of gap closed. */
  suggestions: Suggestion[];
  combination: Combination | null;
  /** Day 0 of the scenario (its first shock). */
  shockDate: string;
  /**
   * The reserve to hold on top of today's cash, as advisors say it: N days of average outflows
   * (¥X) — the smallest owner's injection that closes the gap if it were already in place.
   */
  reserveTarget: { amount: Yuan; days: number } | null;
  /** Actions this plan cannot take, and why (shown greyed). */
  unavailable: Unavailable[];
  /** A repayment the scenario blocks long enough to be reported overdue, or null. */
  creditMark: CreditMark | null;
  /**
   * With no gap: how close the cash comes to the buffer, and the credit not yet in place the
   * run counts on (applied for today), with what happens without it. Null when there is a gap.
   */
  noGap: NoGapNote | null;
};

/** A term loan more than this many times the gap (or reserve target) is left out (see below). */
const TERM_LOAN_OVERSIZE = 3;

/** Groups a scenario's credit shocks hit in this plan. */
function shockedGroups(plan: Plan, scenario: Scenario): Set<PlatformGroup> {
  const groups = new Set<PlatformGroup>();
  for (const shock of scenario.shocks) {
    if (!('target' in shock)) continue;
    if (shock.target.type === 'group') groups.add(shock.target.group);
    for (const s of plan.fundingSources) if (targets(shock.target, s)) groups.add(s.platformGroup);
  }
  return groups;
}

/**
 * Ranked, quantified suggestions for a plan under a scenario, what it cannot do and why, the
 * reserve target, and the cheapest combination found that closes the gap.
 * @example const advice = advise(plan, findPreset('risk_control_freeze_30d')!); advice.suggestions[0]
 */
export function advise(plan: Plan, scenario: Scenario): Advice {
  const ctx = adviceContext(plan, scenario);
  const before = outcome(plan, scenario);
  const mixBefore = {
    antGroupShare: before.baseline.antGroupShare,
    hhiHeadroom: before.baseline.hhiHeadroom,
  };
  const { feasible, unavailable } = catalogue(ctx);
  const mark = creditMark(plan, scenario);
  const common = {
    before: before.stressed,
    mixBefore,
    shockDate: dateOfDay(ctx.t, ctx.shockDay),
    unavailable,
    creditMark: mark,
  };
  if (before.gapDay === null) {
    return {
      ...common,
      hasGap: false,
      gapStartDate: null,
      suggestions: [],
      combination: null,
      reserveTarget: null,
      noGap: noGapNote(ctx, scenario, before),
    };
  }
  const env: SuggestEnv = {
    ctx,
    scenario,
    before,
    gapDay: before.gapDay,
    deepest: fenFromYuan(before.stressed.deepestShortfall),
    hitGroups: shockedGroups(plan, scenario),
    markDay: mark?.markDay ?? null,
    reserveTarget: null,
    keptPerMonth: keptPerMonth(ctx),
  };
  // The owner's injection first: its amount is the reserve target the others are measured by.
  const ordered = [...feasible].sort(
    (a, b) => Number(b.action.kind === 'raise_reserve') - Number(a.action.kind === 'raise_reserve'),
  );
  const sized: Sized[] = [];
  for (const f of ordered) {
    const x = suggest(env, f);
    if (
      x.action.kind === 'raise_reserve' &&
      (x.suggestion.closesGap || x.suggestion.sizedFor === 'next_outage')
    )
      env.reserveTarget = x.amount;
    sized.push(x);
  }
  // A renewal concerns one loan's due date, not the next outage: shown only when it helps now.
  // A term loan is charged on all of it: one far larger than the gap (its minimum, say ¥100,000
  // for a ¥3,000 gap) is not advice anyone would sign, while a standby line of that size is.
  const scale = Math.max(env.deepest, env.reserveTarget ?? 0);
  const shown = sized.filter(
    (x) =>
      worthShowing(x.suggestion) &&
      (x.action.usableFrom === undefined || x.suggestion.shortfallClosed > 0) &&
      !(x.action.cost === 'full_interest' && x.amount > TERM_LOAN_OVERSIZE * scale),
  );
  const suggestions = shown.map((x) => x.suggestion).sort(rank);
  const daily = averageDailyOutflows(before.base);
  return {
    ...common,
    hasGap: true,
    gapStartDate: dateOfDay(ctx.t, before.gapDay),
    suggestions,
    combination: bestCombination(env, shown),
    reserveTarget:
      env.reserveTarget !== null && daily > 0
        ? { amount: yuanFromFen(env.reserveTarget), days: Math.ceil(env.reserveTarget / daily) }
        : null,
    noGap: null,
  };
}

/**
 * The plan with one suggestion (or combination step) applied, at the stated amount and dates:
 * what "try it" and "keep" use, and what re-simulating a suggestion checks.
 */
export function applySuggestion(
  plan: Plan,
  suggestion: Pick<Suggestion, 'action' | 'amount' | 'startDate' | 'readyDate'>,
): Plan {
  const n = plan.business.horizonDays;
  const ctx = adviceContext(
    plan,
    null,
    dayIndex(adviceContext(plan, null).t, suggestion.startDate),
  );
  const start = dayIndex(ctx.t, suggestion.startDate);
  const ready = suggestion.readyDate === null ? n : dayIndex(ctx.t, suggestion.readyDate);
  const found = catalogue(ctx).feasible.find((f) => f.action.kind === suggestion.action);
  if (!found) return plan;
  return found.action.apply(plan, fenFromYuan(suggestion.amount), {
    startDay: start,
    readyDay: ready,
  });
}

/** Every action kind the advisor knows, in the catalogue's order. */
export type { ActionKind as AdviceActionKind };
