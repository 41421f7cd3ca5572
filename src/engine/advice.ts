import { candidateActions, type Action, type ActionKind } from './adviceActions';
import { dateOfDay, timelineOf } from './timeline';
import { firstShortfallDay, referenceDay, runMetrics, type RunMetrics } from './metrics';
import type { Fen, Plan, PlatformGroup, Scenario } from './model';
import { yuanFromFen } from './money';
import { targets } from './shocks';
import { breaks } from './reverseStress';
import { simulate } from './simulate';

/**
 * The diversification advisor: every candidate action is applied to a copy of the plan and
 * re-simulated under the scenario, so each number it states is a simulation result, not a rule
 * of thumb. Pure and deterministic, like the rest of the engine.
 */

export type Suggestion = {
  action: ActionKind;
  /** Yuan: cash added, limit to arrange, float given up or cash moved. */
  amount: number;
  leadTimeDays: number;
  /** Last day to start arranging it so it is usable before the gap opens; null when there is no gap. */
  latestStartDate: string | null;
  /** The lead time ends after the gap begins: arrange now for the next event. */
  tooLate: boolean;
  /** Percent a year. */
  annualRate: number;
  /** Yuan a year: the amount priced at its annual rate. */
  costPerYear: number;
  survivalDaysGained: number;
  /** Yuan of the deepest gap this closes. */
  shortfallClosed: number;
  closesGap: boolean;
  /** Ant-group share of credit lines and HHI of headroom after the change (today's mix). */
  antGroupShareAfter: number | null;
  hhiAfter: number | null;
  /** The action adds credit in a platform group the scenario hits. */
  sameGroupAsShock: boolean;
  platformGroup: PlatformGroup;
  counterparty?: string;
  metricsAfter: RunMetrics;
};

export type Combination = {
  actions: ActionKind[];
  costPerYear: number;
  survivalDays: number | null;
  closesGap: boolean;
  metrics: RunMetrics;
  /** How it was found (see `bestCombination`). */
  method: 'single' | 'greedy';
};

export type Advice = {
  /** The scenario's gap before any action. */
  before: RunMetrics;
  /** Today's funding mix before any action, to compare with each suggestion's "after". */
  mixBefore: { antGroupShare: number | null; hhiHeadroom: number | null };
  hasGap: boolean;
  gapStartDate: string | null;
  suggestions: Suggestion[];
  combination: Combination | null;
};

type Outcome = {
  plan: Plan;
  stressed: RunMetrics;
  baseline: RunMetrics;
  /** First shortfall day from the shock on, or null. */
  gapDay: number | null;
  short: boolean;
};

function outcome(plan: Plan, scenario: Scenario): Outcome {
  const base = simulate(plan);
  const run = simulate(plan, scenario);
  const stressed = runMetrics(plan, scenario, run, base);
  const gapDay = firstShortfallDay(run, referenceDay(scenario, plan.business.horizonDays));
  return {
    plan,
    stressed,
    baseline: runMetrics(plan, null, base, base),
    gapDay,
    short: gapDay !== null,
  };
}

function mixOf(o: Outcome): Advice['mixBefore'] {
  return { antGroupShare: o.baseline.antGroupShare, hhiHeadroom: o.baseline.hhiHeadroom };
}

/** Survival as a number: a run with no gap survives the rest of the horizon. */
function survival(m: RunMetrics, plan: Plan, scenario: Scenario): number {
  const n = plan.business.horizonDays;
  return m.survivalDays ?? n - referenceDay(scenario, n);
}

/**
 * Smallest amount (fen) in [0, cap] that closes the gap, by bisection — valid because more
 * cash or more credit never leaves less cash (a property the engine's tests check). Null when
 * even the cap does not close it.
 */
export function smallestClosing(
  plan: Plan,
  scenario: Scenario,
  action: Action,
  step: Fen = 1,
  hint: Fen = step,
): Fen | null {
  const from = referenceDay(scenario, plan.business.horizonDays);
  const closes = (amount: Fen) => !breaks(action.apply(plan, amount), scenario, from);
  // Bracket from the gap's own size (usually enough) by doubling, then bisect.
  let lo = 0; // does not close (the plan has a gap)
  let hi = Math.min(action.cap, Math.max(step, Math.ceil(hint / step) * step));
  while (!closes(hi)) {
    if (hi >= action.cap) return null;
    lo = hi;
    hi = Math.min(action.cap, hi * 2);
  }
  while (hi - lo > step) {
    const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / step)) * step;
    if (closes(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

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
 * Ranked, quantified suggestions for a plan under a scenario, and the cheapest combination
 * that closes the gap. Ranking: survival days gained per ¥ of yearly cost; actions whose lead
 * time ends after the gap begins come after every timely one.
 * @example const advice = advise(plan, findPreset('risk_control_freeze_30d')!); advice.suggestions[0]
 */
export function advise(plan: Plan, scenario: Scenario): Advice {
  const n = plan.business.horizonDays;
  const t = timelineOf(plan.business.startDate, n);
  const before = outcome(plan, scenario);
  const gapDay = before.gapDay;
  if (gapDay === null) {
    return {
      before: before.stressed,
      mixBefore: mixOf(before),
      hasGap: false,
      gapStartDate: null,
      suggestions: [],
      combination: null,
    };
  }
  const hit = shockedGroups(plan, scenario);
  const beforeSurvival = survival(before.stressed, plan, scenario);

  const deepest = Math.round(before.stressed.deepestShortfall * 100);
  const sized: { action: Action; amount: Fen; after: Outcome }[] = [];
  for (const action of candidateActions(plan)) {
    // Sized as if it were in place today, so a line too late for this event still says how
    // much to arrange for the next. ¥100 steps for lines (nobody signs for ¥48,213.37);
    // the reserve to the fen.
    const inPlace: Action = {
      ...action,
      apply: (p, amount) => readyToday(action.apply(p, amount)),
    };
    const amount = action.sized
      ? (smallestClosing(
          plan,
          scenario,
          inPlace,
          action.kind === 'raise_reserve' ? 1 : 100_00,
          deepest,
        ) ?? action.cap)
      : action.amount;
    if (amount <= 0 && action.sized) continue;
    sized.push({ action, amount, after: outcome(action.apply(plan, amount), scenario) });
  }

  const suggestions: Suggestion[] = sized
    .map(({ action, amount, after }) => {
      const gained = survival(after.stressed, plan, scenario) - beforeSurvival;
      const closed = before.stressed.deepestShortfall - after.stressed.deepestShortfall;
      const latest = gapDay - action.leadTimeDays;
      return {
        action: action.kind,
        amount: yuanFromFen(amount),
        leadTimeDays: action.leadTimeDays,
        latestStartDate: latest >= 0 ? dateOfDay(t, latest) : null,
        tooLate: latest < 0,
        annualRate: Math.round(action.annualRate * 1_000_000) / 10_000,
        costPerYear: yuanFromFen(Math.round(amount * action.annualRate)),
        survivalDaysGained: gained,
        shortfallClosed: Math.round(closed * 100) / 100,
        closesGap: !after.short,
        antGroupShareAfter: after.baseline.antGroupShare,
        hhiAfter: after.baseline.hhiHeadroom,
        sameGroupAsShock:
          action.kind !== 'raise_reserve' &&
          action.kind !== 'reduce_alipay_cash' &&
          action.kind !== 'move_off_huabei' &&
          hit.has(action.platformGroup),
        platformGroup: action.platformGroup,
        ...(action.counterparty ? { counterparty: action.counterparty } : {}),
        metricsAfter: after.stressed,
      } satisfies Suggestion;
    })
    .filter((s) => s.survivalDaysGained > 0 || s.shortfallClosed > 0 || s.tooLate)
    .sort(rank);

  return {
    before: before.stressed,
    mixBefore: mixOf(before),
    hasGap: true,
    gapStartDate: dateOfDay(t, gapDay),
    suggestions,
    combination: bestCombination(plan, scenario, sized, suggestions),
  };
}

/** The same plan with every source the advisor added usable from day 0. */
function readyToday(plan: Plan): Plan {
  return {
    ...plan,
    fundingSources: plan.fundingSources.map((s) =>
      s.id.startsWith('advice-') ? { ...s, leadTimeDays: 0 } : s,
    ),
  };
}

function value(s: Suggestion): number {
  if (s.survivalDaysGained <= 0) return 0;
  return s.costPerYear <= 0 ? Number.MAX_VALUE : s.survivalDaysGained / s.costPerYear;
}

/** Timely before too late; then days gained per ¥; then more gap closed; then cheaper. */
export function rank(a: Suggestion, b: Suggestion): number {
  if (a.tooLate !== b.tooLate) return a.tooLate ? 1 : -1;
  const va = value(a);
  const vb = value(b);
  if (va !== vb) return vb - va;
  if (a.shortfallClosed !== b.shortfallClosed) return b.shortfallClosed - a.shortfallClosed;
  return a.costPerYear - b.costPerYear;
}

/**
 * The cheapest set of timely actions found that closes the gap. If one action alone closes it,
 * the cheapest such action is the answer (no set can be cheaper than a single that suffices,
 * since adding an action only adds cost). Otherwise greedy with re-simulation: add the action
 * that closes the most gap per ¥, re-simulate, repeat — at most one pass per action, each
 * step a fresh simulation, so the stated result is the combined plan's own. Greedy rather than
 * exhaustive because subsets grow as 2^n while each pass here costs n simulations.
 */
function bestCombination(
  plan: Plan,
  scenario: Scenario,
  sized: { action: Action; amount: Fen; after: Outcome }[],
  suggestions: Suggestion[],
): Combination | null {
  const timely = sized.filter((x) =>
    suggestions.some((s) => s.action === x.action.kind && !s.tooLate),
  );
  const cost = (x: { action: Action; amount: Fen }) => Math.round(x.amount * x.action.annualRate);
  const closers = timely.filter((x) => !x.after.short).sort((a, b) => cost(a) - cost(b));
  if (closers[0]) {
    const best = closers[0];
    return {
      actions: [best.action.kind],
      costPerYear: yuanFromFen(cost(best)),
      survivalDays: best.after.stressed.survivalDays,
      closesGap: true,
      metrics: best.after.stressed,
      method: 'single',
    };
  }
  let current = plan;
  let currentOutcome = outcome(plan, scenario);
  const chosen: typeof timely = [];
  const left = [...timely];
  while (currentOutcome.short && left.length > 0) {
    let bestIndex = -1;
    let bestScore = -Infinity;
    let bestOutcome: Outcome | null = null;
    left.forEach((x, i) => {
      const o = outcome(x.action.apply(current, x.amount), scenario);
      const closed = currentOutcome.stressed.cumulativeShortfall - o.stressed.cumulativeShortfall;
      const score = closed / Math.max(1, cost(x));
      if (closed > 0 && score > bestScore) {
        bestScore = score;
        bestIndex = i;
        bestOutcome = o;
      }
    });
    if (bestIndex < 0 || !bestOutcome) break;
    const [pick] = left.splice(bestIndex, 1);
    chosen.push(pick!);
    current = pick!.action.apply(current, pick!.amount);
    currentOutcome = bestOutcome;
  }
  if (chosen.length === 0) return null;
  return {
    actions: chosen.map((x) => x.action.kind),
    costPerYear: yuanFromFen(chosen.reduce((s, x) => s + cost(x), 0)),
    survivalDays: currentOutcome.stressed.survivalDays,
    closesGap: !currentOutcome.short,
    metrics: currentOutcome.stressed,
    method: 'greedy',
  };
}

/** The plan with one suggestion applied (what "try it" and "keep" use). */
export function applySuggestion(
  plan: Plan,
  suggestion: Pick<Suggestion, 'action' | 'amount'>,
): Plan {
  const action = candidateActions(plan).find((a) => a.kind === suggestion.action);
  if (!action) return plan;
  return action.apply(plan, Math.round(suggestion.amount * 100));
}
