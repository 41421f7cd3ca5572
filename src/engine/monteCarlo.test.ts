import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleValid } from '../io/exampleFixtures';
import type { Scenario } from './model';
import {
  createAccumulator,
  drawPath,
  pathScenario,
  prepareMonteCarlo,
  runPaths,
} from './monteCarlo';
import {
  defaultAssumptions,
  sampleDuration,
  type MonteCarloAssumptions,
} from './monteCarloAssumptions';
import { runMonteCarlo } from './monteCarloRun';
import { histogram, nearestRank, selectPercentiles, summarize } from './monteCarloSummary';
import { findPreset } from './presets';
import { pathRandom } from './random';
import { simulate } from './simulate';
import { account, credit, inflow, outflow, planWith, scenario, yuan } from './testPlans';

const freeze = findPreset('risk_control_freeze_30d')!;
const shop = exampleValid('online-shop').plan;

/** ¥3,000 in the bank, ¥100 in and ¥300 out a day, Jiebei ¥10,000 at 0 %: cash hits 0 after day 14. */
const simplePlan = planWith({
  horizonDays: 60,
  cashAccounts: [account('bank', yuan(3_000))],
  cashFlows: [inflow('sales', yuan(100)), outflow('costs', yuan(300))],
  fundingSources: [credit('jiebei', 'jiebei', yuan(10_000))],
});
const jiebeiFreeze: Scenario = scenario({
  type: 'freeze',
  target: { type: 'kinds', kinds: ['jiebei'] },
  startDay: 0,
  durationDays: 10,
});

const still = (
  duration: MonteCarloAssumptions['duration'],
  startDay = 0,
): MonteCarloAssumptions => ({
  startDay: { min: startDay, max: startDay },
  duration,
  revenueVariationPercent: 0,
  paymentDelayDays: { min: 0, max: 0 },
});

describe('seeded randomness', () => {
  it('gives each (seed, path) its own reproducible stream', () => {
    const a = pathRandom(42, 7);
    const b = pathRandom(42, 7);
    const xs = Array.from({ length: 5 }, () => a.next01());
    expect(Array.from({ length: 5 }, () => b.next01())).toEqual(xs);
    expect(pathRandom(42, 8).next01()).not.toBe(xs[0]);
    expect(pathRandom(43, 7).next01()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('draws outage lengths inside the stated bounds', () => {
    const r = pathRandom(1, 1);
    for (let i = 0; i < 500; i++) {
      const t = sampleDuration(
        { type: 'triangular', minDays: 7, modeDays: 30, maxDays: 90 },
        r,
        365,
      );
      expect(t).toBeGreaterThanOrEqual(7);
      expect(t).toBeLessThanOrEqual(90);
      const l = sampleDuration(
        { type: 'lognormal', medianDays: 30, sigma: 1, maxDays: 120 },
        r,
        365,
      );
      expect(l).toBeGreaterThanOrEqual(1);
      expect(l).toBeLessThanOrEqual(120);
      expect(sampleDuration({ type: 'uniform', minDays: 3, maxDays: 5 }, r, 4)).toBeLessThanOrEqual(
        4,
      );
    }
    expect(sampleDuration({ type: 'fixed', days: 0 }, r, 365)).toBe(1);
  });
});

describe('percentiles and histograms (hand-checked)', () => {
  it('uses the nearest rank: 1…20 gives 1, 5, 10, 15, 19', () => {
    const sorted = Float64Array.from({ length: 20 }, (_, i) => i + 1);
    expect([5, 25, 50, 75, 95].map((p) => nearestRank(sorted, p))).toEqual([1, 5, 10, 15, 19]);
    const shuffled = Float64Array.from([
      13, 2, 20, 7, 1, 19, 5, 11, 3, 17, 8, 15, 4, 12, 6, 18, 9, 16, 10, 14,
    ]);
    expect(selectPercentiles(shuffled)).toEqual({ p5: 1, p25: 5, p50: 10, p75: 15, p95: 19 });
  });

  it('selection agrees with a full sort on any column', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 300 }),
        (xs) => {
          const sorted = Float64Array.from(xs).sort();
          const want = [5, 25, 50, 75, 95].map((p) => nearestRank(sorted, p));
          const got = selectPercentiles(Float64Array.from(xs));
          expect([got.p5, got.p25, got.p50, got.p75, got.p95]).toEqual(want);
        },
      ),
      { seed: 5, numRuns: 200 },
    );
  });

  it('bins whole numbers into equal bins that hold every value once', () => {
    expect(histogram(Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), 5)).toEqual([
      { from: 0, to: 2, count: 2 },
      { from: 2, to: 4, count: 2 },
      { from: 4, to: 6, count: 2 },
      { from: 6, to: 8, count: 2 },
      { from: 8, to: 10, count: 2 },
    ]);
    expect(histogram(Float64Array.from([15, 15, 15]))).toEqual([{ from: 15, to: 16, count: 3 }]);
    expect(histogram(new Float64Array(0))).toEqual([]);
  });
});

describe('Monte Carlo', () => {
  it('with zero variance every path is the deterministic run', () => {
    const s = runMonteCarlo(shop, freeze, still({ type: 'fixed', days: 30 }), {
      paths: 40,
      seed: 3,
    });
    const run = simulate(shop, freeze);
    const cash = Array.from(run.accessibleCash);
    for (const key of ['p5', 'p25', 'p50', 'p75', 'p95'] as const)
      expect(s.cash[key]).toEqual(cash);
    const short = run.shortfall.some((x) => x > 0);
    expect(s.shortfallShare).toBe(short ? 1 : 0);
  });

  it('a path runs short exactly when its freeze covers day 15, by ¥200 a day past it (hand-worked)', () => {
    const setup = prepareMonteCarlo(
      simplePlan,
      jiebeiFreeze,
      still({ type: 'uniform', minDays: 1, maxDays: 30 }),
      { paths: 200, seed: 9 },
    );
    const acc = createAccumulator(setup.paths, setup.days);
    runPaths(setup, 0, setup.paths, acc);
    let short = 0;
    for (let p = 0; p < setup.paths; p++) {
      const { durationDays } = drawPath(setup, p);
      if (durationDays >= 16) {
        short++;
        expect(acc.survivalDays[p]).toBe(15);
        expect(acc.deepestShortfall[p]).toBe(yuan(200 * (durationDays - 15)));
      } else {
        expect(acc.survivalDays[p]).toBe(-1);
        expect(acc.deepestShortfall[p]).toBe(0);
      }
    }
    const summary = summarize(acc);
    expect(summary.shortPaths).toBe(short);
    expect(summary.shortfallShare).toBe(short / 200);
    expect(summary.survivalDays.percentiles).toEqual({
      p5: 15,
      p25: 15,
      p50: 15,
      p75: 15,
      p95: 15,
    });
    // Uniform 1–30: about half the lengths are 16 or more.
    expect(short).toBeGreaterThan(70);
    expect(short).toBeLessThan(130);
  });

  it('moves every shock with the drawn start and gives credit shocks the drawn length', () => {
    const moved = pathScenario(findPreset('ant_wide_event_revenue_drop')!, 0, {
      startDay: 12,
      durationDays: 40,
      paymentDelayDays: 5,
    });
    expect(moved.shocks).toEqual([
      { type: 'outage', target: { type: 'group', group: 'ant' }, startDay: 12, durationDays: 40 },
      {
        type: 'repayment_blocked',
        target: { type: 'group', group: 'ant' },
        startDay: 12,
        durationDays: 40,
      },
      { type: 'revenue_drop', startDay: 12, durationDays: 30, dropPercent: 30 },
      { type: 'payment_delay', startDay: 12, durationDays: 40, delayDays: 5 },
    ]);
  });

  it('same seed, same output; another seed, other output', () => {
    const a = defaultAssumptions();
    const one = runMonteCarlo(shop, freeze, a, { paths: 300, seed: 42 });
    expect(runMonteCarlo(shop, freeze, a, { paths: 300, seed: 42 })).toEqual(one);
    expect(runMonteCarlo(shop, freeze, a, { paths: 300, seed: 43 }).cash.p50).not.toEqual(
      one.cash.p50,
    );
  });

  it('the batch size does not change the output', () => {
    const a = { ...defaultAssumptions(), paymentDelayDays: { min: 0, max: 20 } };
    const whole = runMonteCarlo(shop, freeze, a, { paths: 120, seed: 7, batch: 120 });
    for (const batch of [1, 7, 50])
      expect(runMonteCarlo(shop, freeze, a, { paths: 120, seed: 7, batch })).toEqual(whole);
    // Batches run out of order land in the same places.
    const setup = prepareMonteCarlo(shop, freeze, a, { paths: 120, seed: 7 });
    const acc = createAccumulator(120, setup.days);
    for (const [from, to] of [
      [100, 120],
      [0, 33],
      [60, 100],
      [33, 60],
    ] as const)
      runPaths(setup, from, to, acc);
    expect(summarize(acc)).toEqual(whole);
  });

  it('percentiles are ordered every day, the share is a share, nothing is NaN', () => {
    const duration = fc.oneof(
      fc.record({ type: fc.constant('fixed' as const), days: fc.integer({ min: 0, max: 400 }) }),
      fc.record({
        type: fc.constant('uniform' as const),
        minDays: fc.integer({ min: 1, max: 60 }),
        maxDays: fc.integer({ min: 1, max: 200 }),
      }),
      fc.record({
        type: fc.constant('triangular' as const),
        minDays: fc.integer({ min: 1, max: 30 }),
        modeDays: fc.integer({ min: 1, max: 60 }),
        maxDays: fc.integer({ min: 30, max: 120 }),
      }),
      fc.record({
        type: fc.constant('lognormal' as const),
        medianDays: fc.integer({ min: 1, max: 60 }),
        sigma: fc.double({ min: 0, max: 2, noNaN: true }),
        maxDays: fc.integer({ min: 1, max: 365 }),
      }),
    );
    const assumptions = fc.record({
      startDay: fc.record({
        min: fc.integer({ min: 0, max: 200 }),
        max: fc.integer({ min: 0, max: 400 }),
      }),
      duration,
      revenueVariationPercent: fc.integer({ min: 0, max: 100 }),
      paymentDelayDays: fc.record({
        min: fc.integer({ min: 0, max: 30 }),
        max: fc.integer({ min: 0, max: 90 }),
      }),
    });
    fc.assert(
      fc.property(assumptions, fc.integer(), (a, seed) => {
        const s = runMonteCarlo(shop, freeze, a, { paths: 12, seed });
        expect(s.shortfallShare).toBeGreaterThanOrEqual(0);
        expect(s.shortfallShare).toBeLessThanOrEqual(1);
        for (let d = 0; d < s.days; d++) {
          const row = [
            s.cash.p5[d]!,
            s.cash.p25[d]!,
            s.cash.p50[d]!,
            s.cash.p75[d]!,
            s.cash.p95[d]!,
          ];
          for (const x of row) expect(Number.isFinite(x)).toBe(true);
          for (let i = 1; i < row.length; i++) expect(row[i]!).toBeGreaterThanOrEqual(row[i - 1]!);
        }
        for (const dist of [s.survivalDays, s.deepestShortfall]) {
          const total = dist.histogram.reduce((n, b) => n + b.count, 0);
          expect(total).toBe(s.shortPaths);
        }
      }),
      { seed: 11, numRuns: 12 },
    );
  });
});
