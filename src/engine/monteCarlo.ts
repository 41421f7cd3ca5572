import type { Fen, Plan, Scenario, Shock } from './model';
import { referenceDay } from './metrics';
import { roundFen } from './money';
import { sampleDuration, type MonteCarloAssumptions } from './monteCarloAssumptions';
import { pathRandom, uniformInt } from './random';
import { plannedInflows, simulate, simulationScratch, type SimulationScratch } from './simulate';

/**
 * Monte Carlo over explicit assumptions (see `monteCarloAssumptions.ts`): each path draws an
 * outage start, an outage length, weekly revenue factors and a customer payment delay, then runs
 * the ordinary deterministic `simulate`. Built for batching: `runPaths(setup, from, to, acc)` runs
 * any slice of paths into an accumulator indexed by path, so a Worker can stop or report between
 * batches and the numbers never depend on the batch size.
 */

export type MonteCarloSetup = {
  plan: Plan;
  scenario: Scenario;
  assumptions: MonteCarloAssumptions;
  seed: number;
  paths: number;
  days: number;
  /** The scenario's first shock day: its shocks keep their offsets from it when moved. */
  scenarioStart: number;
  base: readonly Float64Array[];
  /** Groups that receive any inflow, and on which days: the only cells revenue variation touches. */
  inflowDays: { group: number; days: Int32Array }[];
  /** Scratch inflows reused by every path (simulate reads them and keeps nothing). */
  scratch: Float64Array[];
  /** Scratch for each path's run (read before the next path runs). */
  simulation: SimulationScratch;
};

export const MAX_PATHS = 20_000;

export function prepareMonteCarlo(
  plan: Plan,
  scenario: Scenario,
  assumptions: MonteCarloAssumptions,
  options: { paths: number; seed: number },
): MonteCarloSetup {
  const days = plan.business.horizonDays;
  const base = plannedInflows(plan);
  const inflowDays = base
    .map((row, group) => ({
      group,
      days: Int32Array.from(row.keys()).filter((d) => row[d]! !== 0),
    }))
    .filter((g) => g.days.length > 0);
  return {
    plan,
    scenario,
    assumptions,
    seed: options.seed | 0,
    paths: Math.max(1, Math.min(MAX_PATHS, Math.floor(options.paths))),
    days,
    scenarioStart: referenceDay(scenario, days),
    base,
    inflowDays,
    scratch: base.map((row) => Float64Array.from(row)),
    simulation: simulationScratch(plan, false),
  };
}

/** What one path drew (kept small so a path can be replayed and explained). */
export type PathDraw = { startDay: number; durationDays: number; paymentDelayDays: number };

const CREDIT_SHOCKS = new Set<Shock['type']>([
  'outage',
  'freeze',
  'repayment_blocked',
  'limit_cut',
]);

/**
 * The scenario as one path sees it: every shock moves so the first starts on `startDay`; credit
 * shocks (outage, freeze, repayment block, limit cut) last `durationDays`; a recall and the
 * business shocks keep their own terms; a payment delay is added for the outage's length.
 */
export function pathScenario(scenario: Scenario, scenarioStart: number, draw: PathDraw): Scenario {
  const shift = draw.startDay - scenarioStart;
  const shocks: Shock[] = scenario.shocks.map((s): Shock => {
    const startDay = Math.max(0, s.startDay + shift);
    if (s.type !== 'recall' && CREDIT_SHOCKS.has(s.type))
      return { ...s, startDay, durationDays: draw.durationDays } as Shock;
    return { ...s, startDay };
  });
  if (draw.paymentDelayDays > 0) {
    shocks.push({
      type: 'payment_delay',
      startDay: draw.startDay,
      durationDays: draw.durationDays,
      delayDays: draw.paymentDelayDays,
    });
  }
  return { id: `${scenario.id}~mc`, name: scenario.name, shocks };
}

/**
 * Per-path results, stored by path index so batches can arrive in any order or size.
 * `cash` is day-major (all paths of day 0, then day 1, …) so each day's column sorts in place.
 */
export type MonteCarloAccumulator = {
  paths: number;
  days: number;
  /** Reachable cash at the end of each day, fen: cash[day * paths + path]. */
  cash: Float64Array;
  /** Days from the path's outage start to its first shortfall; -1 = no shortfall. */
  survivalDays: Int32Array;
  /** Deepest shortfall from the outage start on, fen (0 = none). */
  deepestShortfall: Float64Array;
  /** Paths finished so far. */
  completed: number;
};

export function createAccumulator(paths: number, days: number): MonteCarloAccumulator {
  return {
    paths,
    days,
    cash: new Float64Array(paths * days),
    survivalDays: new Int32Array(paths).fill(-1),
    deepestShortfall: new Float64Array(paths),
    completed: 0,
  };
}

/** Draws of path `index`: start, length, delay, then one revenue factor per week, in that order. */
export function drawPath(setup: MonteCarloSetup, index: number, weekly?: Float64Array): PathDraw {
  const a = setup.assumptions;
  const r = pathRandom(setup.seed, index);
  const last = setup.days - 1;
  const startDay = uniformInt(
    r,
    clampDay(a.startDay.min, last),
    clampDay(Math.max(a.startDay.min, a.startDay.max), last),
  );
  const durationDays = sampleDuration(a.duration, r, setup.days);
  const paymentDelayDays = uniformInt(
    r,
    Math.max(0, Math.round(a.paymentDelayDays.min)),
    Math.max(0, Math.round(Math.max(a.paymentDelayDays.min, a.paymentDelayDays.max))),
  );
  if (weekly) {
    const v = a.revenueVariationPercent / 100;
    for (let w = 0; w < weekly.length; w++) weekly[w] = v > 0 ? 1 + v * (2 * r.next01() - 1) : 1;
  }
  return { startDay, durationDays, paymentDelayDays };
}

const clampDay = (d: number, last: number) => Math.min(last, Math.max(0, Math.round(d)));

/** Run paths [from, to) into `acc`. Deterministic per path: any batching gives the same accumulator. */
export function runPaths(
  setup: MonteCarloSetup,
  from: number,
  to: number,
  acc: MonteCarloAccumulator,
): void {
  const { days, paths } = setup;
  const weekly = new Float64Array(Math.ceil(days / 7));
  const varies = setup.assumptions.revenueVariationPercent > 0;
  for (let p = Math.max(0, from); p < Math.min(to, paths); p++) {
    const draw = drawPath(setup, p, weekly);
    let inflows: Float64Array[] | undefined;
    if (varies) {
      for (const { group, days: on } of setup.inflowDays) {
        const base = setup.base[group]!;
        const row = setup.scratch[group]!;
        for (let i = 0; i < on.length; i++) {
          const d = on[i]!;
          row[d] = roundFen(base[d]! * weekly[(d / 7) | 0]!);
        }
      }
      inflows = setup.scratch;
    }
    const scenario = pathScenario(setup.scenario, setup.scenarioStart, draw);
    const run = simulate(setup.plan, scenario, {
      inflows,
      sourceSeries: false,
      scratch: setup.simulation,
    });
    let first = -1;
    let deepest: Fen = 0;
    for (let d = 0; d < days; d++) {
      acc.cash[d * paths + p] = run.accessibleCash[d]!;
      if (d < draw.startDay) continue;
      const s = run.shortfall[d]!;
      if (s > 0) {
        if (first < 0) first = d;
        if (s > deepest) deepest = s;
      }
    }
    acc.survivalDays[p] = first < 0 ? -1 : first - draw.startDay;
    acc.deepestShortfall[p] = deepest;
    acc.completed++;
  }
}
