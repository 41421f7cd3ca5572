import type { Fen, Plan, Scenario, Shock } from './model';
import { referenceDay } from './metrics';
import { roundFen } from './money';
import { sampleDuration, type MonteCarloAssumptions } from './monteCarloAssumptions';
import { pathRandom, uniformInt } from './random';
import { runDays } from './daily/days';
import { openRun, resetRun, type DailyRun } from './daily/run';
import { plannedInflows, simulationScratch } from './simulate';

/**
 * Monte Carlo over explicit assumptions (see `monteCarloAssumptions.ts`): each path draws an
 * outage start, an outage length, weekly revenue factors and a customer payment delay, then runs
 * the ordinary deterministic daily steps of `simulate` (on one run reused path after path). Built for batching: `runPaths(setup, from, to, acc)` runs
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
  /**
   * Groups that receive any inflow, on which days, how much (the plan's, fen) and in which week
   * of the horizon: the only cells revenue variation touches, laid out for one pass per path.
   */
  inflowDays: { group: number; days: Int32Array; amounts: Float64Array; weeks: Int32Array }[];
  /** The groups of `inflowDays`: the only rows a path's inflows can hold money in. */
  inflowGroups: number[];
  /** Scratch inflows reused by every path (simulate reads them and keeps nothing). */
  scratch: Float64Array[];
  /**
   * The run every path reuses (`resetRun` readies it for the next; its projection is read
   * before that): set up once, so a path allocates almost nothing and the engine sees one shape.
   */
  run: DailyRun;
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
    .map((row, group) => {
      const on = Int32Array.from(row.keys()).filter((d) => row[d]! !== 0);
      const amounts = Float64Array.from(on, (d) => row[d]!);
      return { group, days: on, amounts, weeks: on.map((d) => Math.floor(d / 7)) };
    })
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
    inflowGroups: inflowDays.map((g) => g.group),
    scratch: base.map((row) => Float64Array.from(row)),
    run: openRun(plan, false, simulationScratch(plan, false), true),
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
 * Per-path results of the paths [from, from + paths), stored by path index so batches can arrive
 * in any order or size. One accumulator holds a whole run, or one Worker's slice of it.
 * `cash` is path-major (every day of path 0, then of path 1, …): a path's run is one sequential
 * copy. Written day-major instead, each path touched 365 cache lines far apart (5–14 % of the
 * run in profiles); the bands read days in groups of eight lines' width instead.
 */
export type MonteCarloAccumulator = {
  /** First path index held. */
  from: number;
  /** Paths held. */
  paths: number;
  days: number;
  /** Reachable cash at the end of each day, fen: cash[(path - from) * days + day]. */
  cash: Float64Array;
  /** Days from the path's outage start to its first shortfall; -1 = no shortfall. */
  survivalDays: Int32Array;
  /** Deepest shortfall from the outage start on, fen (0 = none). */
  deepestShortfall: Float64Array;
  /** Paths finished so far. */
  completed: number;
};

/**
 * An accumulator for `paths` paths of `days` days, starting at path index `from` (0: a whole run).
 * `memory`, when large enough, is reused for the cash (every path's days are overwritten when it
 * runs): fresh memory costs a page fault per 4 KB on first touch, about a tenth of a 10,000-path
 * run's time in a Node profile; a Worker keeps the last run's for the next.
 */
export function createAccumulator(
  paths: number,
  days: number,
  from = 0,
  memory?: Float64Array,
): MonteCarloAccumulator {
  const size = paths * days;
  return {
    from,
    paths,
    days,
    cash: memory && memory.length >= size ? memory.subarray(0, size) : new Float64Array(size),
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

/**
 * Run paths [from, to) into `acc` (paths outside it are skipped). Deterministic per path: any
 * batching or split into slices gives the same values at the same path indices.
 */
export function runPaths(
  setup: MonteCarloSetup,
  from: number,
  to: number,
  acc: MonteCarloAccumulator,
): void {
  const { days } = setup;
  const first = Math.max(0, from, acc.from);
  const end = Math.min(to, setup.paths, acc.from + acc.paths);
  const weekly = new Float64Array(Math.ceil(days / 7));
  const varies = setup.assumptions.revenueVariationPercent > 0;
  for (let p = first; p < end; p++) {
    const draw = drawPath(setup, p, weekly);
    let inflows: Float64Array[] | undefined;
    if (varies) {
      for (const { group, days: on, amounts, weeks } of setup.inflowDays) {
        const row = setup.scratch[group]!;
        for (let i = 0; i < on.length; i++)
          row[on[i]!] = roundFen(amounts[i]! * weekly[weeks[i]!]!);
      }
      inflows = setup.scratch;
    }
    const scenario = pathScenario(setup.scenario, setup.scenarioStart, draw);
    const i = p - acc.from;
    const ready = resetRun(setup.run, scenario, inflows, setup.inflowGroups);
    // The path's reachable cash goes straight into its row: no copy of 365 days per path.
    ready.out.accessibleCash = acc.cash.subarray(i * days, (i + 1) * days);
    const run = runDays(ready);
    let short = -1;
    let deepest: Fen = 0;
    for (let d = draw.startDay; d < days; d++) {
      const s = run.shortfall[d]!;
      if (s > 0) {
        if (short < 0) short = d;
        if (s > deepest) deepest = s;
      }
    }
    acc.survivalDays[i] = short < 0 ? -1 : short - draw.startDay;
    acc.deepestShortfall[i] = deepest;
    acc.completed++;
  }
}
