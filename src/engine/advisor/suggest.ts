import type { Sourced } from '../citations';
import type { RunMetrics } from '../metrics';
import type { Fen, IsoDate, LeverAssumptions, PlatformGroup, Scenario, Yuan } from '../model';
import { yuanFromFen } from '../money';
import { dateOfDay } from '../timeline';
import type { Feasible } from './catalogue';
import type { AdviceContext } from './context';
import { costOf, type Cost } from './cost';
import { closesGap, outcome, type Outcome } from './outcome';
import { roundDownAsSaid, smallestClosing } from './sizing';
import type {
  Action,
  ActionCategory,
  ActionKind,
  Basis,
  CashSource,
  CostStructure,
  Prerequisite,
  Timing,
} from './types';

/**
 * One ranked, quantified suggestion (a documented JSON interface: docs/cli.md). Money in
 * yuan, rates in percent a year, dates ISO. Every figure is the re-simulated plan's own.
 */
export type Suggestion = {
  action: ActionKind;
  /** Yuan, as people say it: cash added, limit arranged, cash moved, or (levers) cash freed at most. */
  amount: Yuan;
  leadTimeDays: number;
  /** Last day to start so the cash is usable when the gap opens; null when that day has passed. */
  latestStartDate: string | null;
  /** Its cash arrives after the gap opens: arrange it now for the next outage. */
  tooLate: boolean;
  /** Interest or opportunity rate, % a year. */
  annualRate: number;
  /** Yuan a year (see `cost`). */
  costPerYear: Yuan;
  survivalDaysGained: number;
  /** Yuan of the deepest gap this closes. */
  shortfallClosed: Yuan;
  closesGap: boolean;
  antGroupShareAfter: number | null;
  hhiAfter: number | null;
  /** Adds credit in a platform group the scenario hits. */
  sameGroupAsShock: boolean;
  platformGroup: PlatformGroup;
  /** Factoring and order financing: the business customer whose invoices are financed. */
  counterparty?: string;
  metricsAfter: RunMetrics;
  category: ActionCategory;
  /** Day it starts in the simulation: today, or (levers) the day the shock starts. */
  startDate: IsoDate;
  /** Day its cash is usable (a reserve built monthly: the day it reaches its target); null past the horizon. */
  readyDate: IsoDate | null;
  /** With it, no gap within the horizon ("survives the horizon" rather than a day count). */
  survivesHorizon: boolean;
  /** Sized to close this outage's gap, or (arriving too late) as if already in place, for the next. */
  sizedFor: 'this_outage' | 'next_outage';
  /** A line whose draws are repaid in equal monthly instalments: how many (absent otherwise). */
  instalmentMonths?: number;
  /**
   * Cash moved off a platform that this outage locks: the day the lock starts. Present only
   * when it is too late for that reason (the move cannot be made while the platform is down).
   */
  lockedFromDate?: IsoDate;
  costStructure: CostStructure;
  /** Yuan over the horizon: interest on what is drawn, fees, opportunity cost; and per year if never used. */
  cost: { interest: Yuan; fees: Yuan; opportunity: Yuan; ifUnusedPerYear: Yuan };
  /** Guarantee fee, % a year of the whole amount. */
  feeRate: number;
  /** Yuan a year per yuan of gap closed; null when it closes none. */
  costPerYuanClosed: number | null;
  leadBasis: Basis | null;
  rateBasis: Basis | null;
  feeBasis: Sourced | null;
  /** Prerequisites the plan does not say it meets: confirm before relying on it. */
  toConfirm: Prerequisite[];
  /** Needs a clean credit record and would be decided after the scenario marks it. */
  creditRisk: boolean;
  /** Reserves: where the cash comes from; a reserve built from the draw says how much a month and by when. */
  cashSource?: { kind: CashSource; perMonth?: number; targetDate?: IsoDate | null };
  /** Levers (and the reserve from the draw): the assumptions used. */
  assumptions?: Partial<LeverAssumptions>;
  /** Levers: the names of the cash flows they change. */
  appliesTo?: string[];
};

/** A suggestion with what the combination search needs to re-apply it. */
export type Sized = {
  suggestion: Suggestion;
  action: Action;
  amount: Fen;
  timing: Timing;
  cost: Cost;
  after: Outcome;
};

export type SuggestEnv = {
  ctx: AdviceContext;
  scenario: Scenario;
  before: Outcome;
  gapDay: number;
  /** Deepest shortfall before any action (fen): where the amount search starts. */
  deepest: Fen;
  hitGroups: Set<PlatformGroup>;
  /** Day the scenario marks the credit record, or null. */
  markDay: number | null;
  /** The reserve target (fen), once known: a reserve built too slowly is sized to it. */
  reserveTarget: Fen | null;
  /** The plan's monthly kept draw (fen), for the reserve built from it. */
  keptPerMonth: Fen;
};

/** Day the cash would be usable were no platform lock in the way. */
function unlockedReadyDay(action: Action, amount: Fen, n: number): number {
  return action.readyFor
    ? (action.readyFor(amount) ?? n)
    : Math.max(action.startDay + action.leadTimeDays, action.usableFrom ?? 0);
}

/** The outage locks the platform before the action can be done (see `Action.doneBefore`). */
function lockedOut(action: Action, amount: Fen, n: number): boolean {
  return (
    action.doneBefore !== undefined && unlockedReadyDay(action, amount, n) >= action.doneBefore
  );
}

/** Day the action's cash is usable for a given amount. */
export function readyDayOf(action: Action, amount: Fen, n: number): number {
  return lockedOut(action, amount, n) ? n : unlockedReadyDay(action, amount, n);
}

export function timingOf(action: Action, amount: Fen, n: number): Timing {
  return { startDay: action.startDay, readyDay: readyDayOf(action, amount, n) };
}

/** The amount to state: the smallest that closes the gap with the real lead time, or else for the next outage. */
function size(env: SuggestEnv, action: Action): { amount: Fen; sizedFor: Suggestion['sizedFor'] } {
  const { ctx, scenario } = env;
  if (!action.sized)
    return {
      amount: action.amount,
      sizedFor:
        readyDayOf(action, action.amount, ctx.n) > env.gapDay ? 'next_outage' : 'this_outage',
    };
  const closes = (timingFor: (a: Fen) => Timing) => (a: Fen) =>
    closesGap(action.apply(ctx.plan, a, timingFor(a)), scenario);
  const late = !action.readyFor && readyDayOf(action, action.min, ctx.n) > env.gapDay;
  if (!late) {
    // In time means usable by the day the gap opens: a reserve built month by month must have
    // reached its target by then, not merely have closed the gap with what it held so far.
    const cap = action.reachableBy
      ? Math.min(action.cap, action.reachableBy(env.gapDay))
      : action.cap;
    const found = smallestClosing(
      closes((a) => timingOf(action, a, ctx.n)),
      action.min,
      cap,
      env.deepest,
    );
    if (found !== null) return { amount: found, sizedFor: 'this_outage' };
    if (action.readyFor)
      return {
        amount: roundDownAsSaid(Math.min(action.cap, env.reserveTarget ?? action.cap)),
        sizedFor: 'next_outage',
      };
    return { amount: roundDownAsSaid(action.cap), sizedFor: 'this_outage' };
  }
  // Too late for this outage: how much to have in place for the next one.
  const inPlace = smallestClosing(
    closes(() => ({ startDay: action.startDay, readyDay: action.startDay })),
    action.min,
    action.cap,
    env.deepest,
  );
  return { amount: inPlace ?? roundDownAsSaid(action.cap), sizedFor: 'next_outage' };
}

const pct = (fraction: number) => Math.round(fraction * 1_000_000) / 10_000;

/** Size, apply, re-simulate and price one feasible action. */
export function suggest(env: SuggestEnv, { action, toConfirm }: Feasible): Sized {
  const { ctx, scenario, before } = env;
  const n = ctx.n;
  const { amount, sizedFor } = size(env, action);
  const timing = timingOf(action, amount, n);
  const after = outcome(action.apply(ctx.plan, amount, timing), scenario);
  const cost = costOf(action, amount, timing, after);
  const horizonLeft = n - ctx.shockDay;
  const survival = (m: RunMetrics) => m.survivalDays ?? horizonLeft;
  const closed = Math.max(0, before.stressed.deepestShortfall - after.stressed.deepestShortfall);
  // Too late because the platform locks first: its lead time is still its own, not the horizon.
  const locked = lockedOut(action, amount, n);
  const leadSpan = locked ? action.leadTimeDays : timing.readyDay - timing.startDay;
  // Started by this day it is ready when the gap opens — or, for cash moved off a platform,
  // the day before the outage locks it.
  const readyBy = Math.min(env.gapDay, (action.doneBefore ?? Infinity) - 1);
  const latest = readyBy - leadSpan;
  const needsClean = action.prerequisites.includes('clean_credit');
  const suggestion: Suggestion = {
    action: action.kind,
    amount: yuanFromFen(amount),
    leadTimeDays: leadSpan,
    latestStartDate: latest >= 0 ? dateOfDay(ctx.t, latest) : null,
    tooLate: timing.readyDay > env.gapDay,
    annualRate: pct(action.annualRate),
    costPerYear: yuanFromFen(cost.perYear),
    survivalDaysGained: survival(after.stressed) - survival(before.stressed),
    shortfallClosed: Math.round(closed * 100) / 100,
    closesGap: after.gapDay === null,
    antGroupShareAfter: after.baseline.antGroupShare,
    hhiAfter: after.baseline.hhiHeadroom,
    sameGroupAsShock: action.category === 'financing' && env.hitGroups.has(action.platformGroup),
    platformGroup: action.platformGroup,
    ...(action.counterparty ? { counterparty: action.counterparty } : {}),
    metricsAfter: after.stressed,
    category: action.category,
    startDate: dateOfDay(ctx.t, timing.startDay),
    readyDate: timing.readyDay < n ? dateOfDay(ctx.t, timing.readyDay) : null,
    survivesHorizon: after.gapDay === null,
    sizedFor,
    costStructure: action.cost,
    ...(action.instalmentMonths === undefined ? {} : { instalmentMonths: action.instalmentMonths }),
    ...(locked ? { lockedFromDate: dateOfDay(ctx.t, action.doneBefore!) } : {}),
    cost: {
      interest: yuanFromFen(cost.interest),
      fees: yuanFromFen(cost.fees),
      opportunity: yuanFromFen(cost.opportunity),
      ifUnusedPerYear: yuanFromFen(cost.ifUnusedPerYear),
    },
    feeRate: pct(action.feeRate),
    costPerYuanClosed: closed > 0 ? yuanFromFen(cost.perYear) / closed : null,
    leadBasis: action.leadBasis,
    rateBasis: action.rateBasis,
    feeBasis: action.feeBasis,
    toConfirm,
    creditRisk: needsClean && env.markDay !== null && timing.readyDay >= env.markDay,
    ...(action.cashSource
      ? {
          cashSource: {
            kind: action.cashSource,
            ...(action.cashSource === 'retained_draw'
              ? {
                  perMonth: yuanFromFen(Math.min(env.keptPerMonth, amount)),
                  targetDate: timing.readyDay < n ? dateOfDay(ctx.t, timing.readyDay) : null,
                }
              : {}),
          },
        }
      : {}),
    ...(action.assumptions ? { assumptions: action.assumptions } : {}),
    ...(action.flowNames ? { appliesTo: action.flowNames } : {}),
  };
  return { suggestion, action, amount, timing, cost, after };
}

/** Whether a suggestion is worth showing: it closes some of this gap, or is sized for the next outage. */
export function worthShowing(s: Suggestion): boolean {
  return s.shortfallClosed > 0 || s.closesGap || s.tooLate || s.sizedFor === 'next_outage';
}

/**
 * Ranking: what arrives before the gap opens first; then what a fresh overdue will not put at
 * risk; then the cost per ¥ of gap closed (levers, at no financing cost, come first); then the
 * one that closes the whole gap, closes more, costs less.
 */
export function rank(a: Suggestion, b: Suggestion): number {
  if (a.tooLate !== b.tooLate) return a.tooLate ? 1 : -1;
  if (a.creditRisk !== b.creditRisk) return a.creditRisk ? 1 : -1;
  const ca = a.costPerYuanClosed;
  const cb = b.costPerYuanClosed;
  if ((ca === null) !== (cb === null)) return ca === null ? 1 : -1;
  if (ca !== null && cb !== null && ca !== cb) return ca - cb;
  if (a.closesGap !== b.closesGap) return a.closesGap ? -1 : 1;
  if (a.shortfallClosed !== b.shortfallClosed) return b.shortfallClosed - a.shortfallClosed;
  return a.costPerYear - b.costPerYear;
}
