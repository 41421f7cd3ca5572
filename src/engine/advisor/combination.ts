import type { RunMetrics } from '../metrics';
import { referenceDay } from '../metrics';
import type { Fen, IsoDate, LeverAssumptions, Plan, Scenario, Yuan } from '../model';
import { yuanFromFen } from '../money';
import { simulate } from '../simulate';
import { dateOfDay } from '../timeline';
import { costOf } from './cost';
import { closesGap, outcome, type Outcome } from './outcome';
import { smallestClosing } from './sizing';
import { timingOf, type Sized, type Suggestion, type SuggestEnv } from './suggest';
import type { Action, ActionCategory, ActionKind, Timing } from './types';

/** One action of the recommended combination, with the amount the combined plan needs. */
export type CombinationStep = {
  action: ActionKind;
  category: ActionCategory;
  /** Yuan, as people say it. */
  amount: Yuan;
  leadTimeDays: number;
  startDate: IsoDate;
  readyDate: IsoDate | null;
  /** Yuan a year, priced on the combined plan's own run. */
  costPerYear: Yuan;
  counterparty?: string;
  assumptions?: Partial<LeverAssumptions>;
  /** A reserve's source of cash, as on its suggestion. */
  cashSource?: Suggestion['cashSource'];
  appliesTo?: string[];
};

export type Combination = {
  actions: ActionKind[];
  costPerYear: Yuan;
  survivalDays: number | null;
  closesGap: boolean;
  metrics: RunMetrics;
  /** `single`: one action closes the gap and nothing found is cheaper; `greedy`: built step by step. */
  method: 'single' | 'greedy';
  steps: CombinationStep[];
};

type Pick = { action: Action; amount: Fen; timing: Timing; cashSource?: Suggestion['cashSource'] };

/** Σ daily shortfall from the shock on (fen): one run, cash columns only. */
function shortfallSum(plan: Plan, scenario: Scenario): number {
  const run = simulate(plan, scenario, { sourceSeries: false });
  let sum = 0;
  for (let d = referenceDay(scenario, run.days); d < run.days; d++) sum += run.shortfall[d]!;
  return sum;
}

const withSource = (x: Sized) =>
  x.suggestion.cashSource ? { cashSource: x.suggestion.cashSource } : {};

function applyAll(plan: Plan, picks: Pick[]): Plan {
  return picks.reduce((p, x) => x.action.apply(p, x.amount, x.timing), plan);
}

function described(
  env: SuggestEnv,
  picks: Pick[],
  final: Outcome,
  method: Combination['method'],
): Combination {
  const n = env.ctx.n;
  const steps = picks.map((x): CombinationStep => {
    const cost = costOf(x.action, x.amount, x.timing, final);
    return {
      action: x.action.kind,
      category: x.action.category,
      amount: yuanFromFen(x.amount),
      leadTimeDays: x.timing.readyDay - x.timing.startDay,
      startDate: dateOfDay(env.ctx.t, x.timing.startDay),
      readyDate: x.timing.readyDay < n ? dateOfDay(env.ctx.t, x.timing.readyDay) : null,
      costPerYear: yuanFromFen(cost.perYear),
      ...(x.action.counterparty ? { counterparty: x.action.counterparty } : {}),
      ...(x.action.assumptions ? { assumptions: x.action.assumptions } : {}),
      ...(x.action.flowNames ? { appliesTo: x.action.flowNames } : {}),
      ...(x.cashSource
        ? {
            cashSource:
              x.cashSource.kind === 'retained_draw'
                ? {
                    ...x.cashSource,
                    targetDate:
                      x.timing.readyDay < n ? dateOfDay(env.ctx.t, x.timing.readyDay) : null,
                  }
                : x.cashSource,
          }
        : {}),
    };
  });
  return {
    actions: steps.map((s) => s.action),
    costPerYear: Math.round(steps.reduce((s, x) => s + x.costPerYear, 0) * 100) / 100,
    survivalDays: final.stressed.survivalDays,
    closesGap: final.gapDay === null,
    metrics: final.stressed,
    method,
    steps,
  };
}

/**
 * The cheapest set of actions found that closes the gap, on the re-simulated plan with every
 * lead time. Levers first (no financing cost), each kept only if it closes more of the gap;
 * then the cheapest financing or reserve that closes what is left, sized again on the plan
 * with those levers; when none does alone, the one that closes the most per ¥ is added and the
 * search repeats. Greedy, because subsets grow as 2ⁿ; but the answer is never dearer than the
 * cheapest single action that closes the gap, which is kept when the steps cost more.
 */
export function bestCombination(env: SuggestEnv, sized: Sized[]): Combination | null {
  const { ctx, scenario } = env;
  const usable = sized.filter(
    (x) =>
      !x.suggestion.tooLate &&
      !x.suggestion.creditRisk &&
      x.suggestion.sizedFor === 'this_outage' &&
      x.suggestion.shortfallClosed > 0,
  );
  const single = usable
    .filter((x) => x.suggestion.closesGap)
    .sort((a, b) => a.cost.perYear - b.cost.perYear)[0];
  const singleResult = single
    ? described(
        env,
        [
          {
            action: single.action,
            amount: single.amount,
            timing: single.timing,
            ...(single.suggestion.cashSource ? { cashSource: single.suggestion.cashSource } : {}),
          },
        ],
        single.after,
        'single',
      )
    : null;

  const picks: Pick[] = [];
  let current = ctx.plan;
  let left = shortfallSum(current, scenario);
  const levers = usable
    .filter((x) => x.action.category === 'lever')
    .sort((a, b) => b.suggestion.shortfallClosed - a.suggestion.shortfallClosed);
  for (const x of levers) {
    if (left <= 0) break;
    const next = x.action.apply(current, x.amount, x.timing);
    const after = shortfallSum(next, scenario);
    if (after < left) {
      picks.push({ action: x.action, amount: x.amount, timing: x.timing, ...withSource(x) });
      current = next;
      left = after;
    }
  }

  const others = usable
    .filter((x) => x.action.category !== 'lever')
    .sort(
      (a, b) =>
        (a.suggestion.costPerYuanClosed ?? Infinity) - (b.suggestion.costPerYuanClosed ?? Infinity),
    )
    .slice(0, 6);
  const taken = (a: Action) =>
    picks.some(
      (p) => p.action.kind === a.kind || (a.exclusive && p.action.exclusive === a.exclusive),
    );
  for (let round = 0; left > 0 && round < 3; round++) {
    // The cheapest action that closes what is left, sized again on the plan as it now stands.
    let best: { pick: Pick; after: Outcome; perYear: Fen } | null = null;
    for (const x of others) {
      if (taken(x.action)) continue;
      const base = current;
      const amount =
        picks.length === 0
          ? x.suggestion.closesGap
            ? x.amount
            : null
          : x.action.sized
            ? smallestClosing(
                (a) => closesGap(x.action.apply(base, a, timingOf(x.action, a, ctx.n)), scenario),
                x.action.min,
                x.action.cap,
                Math.min(env.deepest, x.amount),
              )
            : closesGap(x.action.apply(base, x.amount, x.timing), scenario)
              ? x.amount
              : null;
      if (amount === null) continue;
      const timing = timingOf(x.action, amount, ctx.n);
      const after = outcome(x.action.apply(base, amount, timing), scenario);
      const perYear = costOf(x.action, amount, timing, after).perYear;
      if (!best || perYear < best.perYear)
        best = { pick: { action: x.action, amount, timing, ...withSource(x) }, after, perYear };
    }
    if (best) {
      picks.push(best.pick);
      current = best.after.plan;
      left = 0;
      break;
    }
    // None closes it alone: add the one that closes the most of what is left per ¥, and go on.
    let partial: { pick: Pick; left: number; score: number } | null = null;
    for (const x of others) {
      if (taken(x.action)) continue;
      const next = x.action.apply(current, x.amount, x.timing);
      const after = shortfallSum(next, scenario);
      const score = (left - after) / Math.max(1, x.cost.perYear);
      if (after < left && (!partial || score > partial.score))
        partial = {
          pick: { action: x.action, amount: x.amount, timing: x.timing, ...withSource(x) },
          left: after,
          score,
        };
    }
    if (!partial) break;
    picks.push(partial.pick);
    current = applyPick(current, partial.pick);
    left = partial.left;
  }

  if (picks.length === 0) return singleResult;
  const final = outcome(applyAll(ctx.plan, picks), scenario);
  const greedy = described(env, picks, final, 'greedy');
  if (singleResult && (!greedy.closesGap || singleResult.costPerYear <= greedy.costPerYear))
    return singleResult;
  if (greedy.steps.length === 1 && greedy.closesGap) return { ...greedy, method: 'single' };
  return greedy;
}

function applyPick(plan: Plan, pick: Pick): Plan {
  return pick.action.apply(plan, pick.amount, pick.timing);
}
