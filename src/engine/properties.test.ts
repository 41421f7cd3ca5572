/**
 * Property tests of the engine over arbitrary small valid plans and scenarios (fast-check,
 * fixed seeds so a failure reproduces). Each property states an invariant the model promises:
 * exact conservation, clean numbers, and the monotonicity the reverse-stress search relies on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceDay, runMetrics } from './metrics';
import type { Plan, Scenario } from './model';
import { outageWithCut } from './reverseStress';
import { simulate, type Projection } from './simulate';
import { arbPlan, arbPlanAndScenario, columnsOf, conservationBreak } from './testPlans';

/** `FUNDGAP_PROP_RUNS=5000 FUNDGAP_PROP_SEED=1 npx vitest run src/engine/properties` explores deeper. */
const RUNS = Number(process.env.FUNDGAP_PROP_RUNS ?? 200);
const SEED = Number(process.env.FUNDGAP_PROP_SEED ?? 20_260_301);
const params = (seed: number) => ({ seed, numRuns: RUNS });

const planArb = arbPlan();
const planAndScenario = arbPlanAndScenario();

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Shortfall measures on days ≥ `from`. */
function gapFrom(run: Projection, from: number) {
  let deepest = 0;
  let daysShort = 0;
  let first: number | null = null;
  for (let d = from; d < run.days; d++) {
    const s = run.shortfall[d]!;
    if (s > 0) {
      daysShort++;
      if (s > deepest) deepest = s;
      if (first === null) first = d;
    }
  }
  return { deepest, daysShort, survival: first === null ? Infinity : first - from };
}

const describeCase = (plan: Plan, scenario: Scenario) => JSON.stringify({ plan, scenario });

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('engine properties', () => {
  it('cash is conserved to the fen every day (baseline and stressed)', () => {
    fc.assert(
      fc.property(planAndScenario, ({ plan, scenario }) => {
        expect(conservationBreak(simulate(plan))).toBeNull();
        expect(conservationBreak(simulate(plan, scenario))).toBeNull();
      }),
      params(SEED),
    );
  });

  it('every column is a finite integer (fen); every metric is finite or null', () => {
    fc.assert(
      fc.property(planAndScenario, ({ plan, scenario }) => {
        const base = simulate(plan);
        const run = simulate(plan, scenario);
        for (const r of [base, run]) {
          for (const [name, col] of columnsOf(r)) {
            for (let d = 0; d < col.length; d++) {
              if (!Number.isSafeInteger(col[d])) throw new Error(`${name}[${d}] = ${col[d]}`);
            }
          }
        }
        for (const m of [runMetrics(plan, null, base, base), runMetrics(plan, scenario, run, base)]) {
          for (const [key, value] of Object.entries(m)) {
            if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`metric ${key} = ${value}`);
          }
        }
      }),
      params(SEED + 1),
    );
  });

  it('a scenario without shocks gives exactly the baseline', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const base = simulate(plan);
        const same = simulate(plan, { id: 'none', name: 'No shocks', shocks: [] });
        expect(same.firstShockDay).toBeNull();
        const a = columnsOf(base);
        const b = columnsOf(same);
        expect(b.map(([n]) => n)).toEqual(a.map(([n]) => n));
        a.forEach(([name, col], i) => expect(Array.from(b[i]![1]), name).toEqual(Array.from(col)));
      }),
      params(SEED + 2),
    );
  });

  it('simulate is deterministic and does not mutate the plan', () => {
    fc.assert(
      fc.property(planAndScenario, ({ plan, scenario }) => {
        const before = JSON.stringify({ plan, scenario });
        const a = simulate(plan, scenario);
        const b = simulate(structuredClone(plan), structuredClone(scenario));
        expect(JSON.stringify({ plan, scenario })).toBe(before);
        expect(Array.from(b.cash)).toEqual(Array.from(a.cash));
        expect(Array.from(b.shortfall)).toEqual(Array.from(a.shortfall));
      }),
      { seed: SEED + 3, numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('more opening cash never shortens survival nor deepens the worst shortfall', () => {
    fc.assert(
      fc.property(planAndScenario, fc.nat(), fc.integer({ min: 1, max: 2_000_000 }), ({ plan, scenario }, which, extra) => {
        const i = which % plan.cashAccounts.length;
        const richer: Plan = {
          ...plan,
          cashAccounts: plan.cashAccounts.map((a, k) => (k === i ? { ...a, balance: a.balance + extra } : a)),
        };
        for (const s of [null, scenario]) {
          const base = simulate(plan);
          const m = runMetrics(plan, s, s ? simulate(plan, s) : base, base);
          const richBase = simulate(richer);
          const r = runMetrics(richer, s, s ? simulate(richer, s) : richBase, richBase);
          const info = `${describeCase(plan, s ?? scenario)}\n+${extra} fen on account ${i}`;
          expect(r.survivalDays ?? Infinity, info).toBeGreaterThanOrEqual(m.survivalDays ?? Infinity);
          expect(r.deepestShortfall, info).toBeLessThanOrEqual(m.deepestShortfall);
        }
      }),
      params(SEED + 4),
    );
  });

  it('a longer outage (same cut) never shrinks the gap after the shock starts', () => {
    fc.assert(
      fc.property(
        planAndScenario,
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom(0, 0, 25, 50, 100),
        ({ plan, scenario }, d1, more, cut) => {
          const n = plan.business.horizonDays;
          const from = referenceDay(scenario, n);
          const short = gapFrom(simulate(plan, outageWithCut(scenario, n, d1, cut)), from);
          const long = gapFrom(simulate(plan, outageWithCut(scenario, n, d1 + more, cut)), from);
          const info = `${describeCase(plan, scenario)}\noutage ${d1} vs ${d1 + more} days, cut ${cut} %: ${JSON.stringify({ short, long })}`;
          expect(long.deepest, info).toBeGreaterThanOrEqual(short.deepest);
          expect(long.daysShort, info).toBeGreaterThanOrEqual(short.daysShort);
          expect(long.survival, info).toBeLessThanOrEqual(short.survival);
        },
      ),
      params(SEED + 5),
    );
  });

  it('a deeper limit cut (same outage) never shrinks the gap after the shock starts', () => {
    fc.assert(
      fc.property(
        planAndScenario,
        fc.constantFrom(0, 0, 1, 7, 30),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 100 }),
        ({ plan, scenario }, duration, c1, more) => {
          const n = plan.business.horizonDays;
          const from = referenceDay(scenario, n);
          const c2 = Math.min(100, c1 + more);
          const mild = gapFrom(simulate(plan, outageWithCut(scenario, n, duration, c1)), from);
          const deep = gapFrom(simulate(plan, outageWithCut(scenario, n, duration, c2)), from);
          const info = `${describeCase(plan, scenario)}\noutage ${duration} days, cut ${c1} vs ${c2} %: ${JSON.stringify({ mild, deep })}`;
          expect(deep.deepest, info).toBeGreaterThanOrEqual(mild.deepest);
          expect(deep.daysShort, info).toBeGreaterThanOrEqual(mild.daysShort);
          expect(deep.survival, info).toBeLessThanOrEqual(mild.survival);
        },
      ),
      params(SEED + 6),
    );
  });

  it('no shortfall is left while a usable source still has headroom worth drawing', () => {
    fc.assert(
      fc.property(planAndScenario, ({ plan, scenario }) => {
        const run = simulate(plan, scenario);
        for (let d = 0; d < run.days; d++) {
          if (run.shortfall[d]! <= 0) continue;
          plan.fundingSources.forEach((s, i) => {
            if (s.kind === 'huabei') return;
            const room = run.sources[i]!.headroom[d]!;
            const rate = s.drawFeeRate ?? 0;
            const min = s.drawFeeMin ?? 0;
            const fee = rate > 0 || min > 0 ? Math.max(Math.round(room * rate), min) : 0;
            expect(
              room - fee,
              `${describeCase(plan, scenario)}\nday ${d}: short ${run.shortfall[d]} fen while ${s.id} has ${room} fen of headroom`,
            ).toBeLessThanOrEqual(0);
          });
        }
      }),
      params(SEED + 7),
    );
  });
});
