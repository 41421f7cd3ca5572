import fc from 'fast-check';
import { it } from 'vitest';
import { referenceDay, runMetrics } from './metrics';
import type { Plan, Scenario } from './model';
import { outageWithCut } from './reverseStress';
import { simulate, type Projection } from './simulate';
import { arbPlanAndScenario } from './testPlans';
import { appendFileSync } from 'node:fs';
let last = '';

const RUNS = Number(process.env.RUNS ?? 3000);
const SEED = Number(process.env.SEED ?? 1);
const fees = process.env.FEES === '1';
const pas = arbPlanAndScenario({ drawFees: fees, freeCredit: process.env.FREE === '1' });
const MODE = process.env.MODE ?? 'all';
const bad = (a: { deepest: number; daysShort: number; survival: number }, b: typeof a) => MODE === 'survival' ? b.survival > a.survival : b.deepest < a.deepest || b.daysShort < a.daysShort || b.survival > a.survival;
function gapFrom(run: Projection, from: number) {
  let deepest = 0, daysShort = 0; let first: number | null = null;
  for (let d = from; d < run.days; d++) { const s = run.shortfall[d]!; if (s > 0) { daysShort++; if (s > deepest) deepest = s; if (first === null) first = d; } }
  return { deepest, daysShort, survival: first === null ? Infinity : first - from };
}
const show = (e: unknown) => { const err = e as Error & { cause?: unknown }; console.log("FAIL:", String(err.cause ?? "").slice(0, 400)); console.log("CE:", /Counterexample: (.*)/.exec(String(err))?.[1]); };
it('cash', { timeout: 600_000 }, () => {
  try { fc.assert(fc.property(pas, fc.nat(), fc.integer({ min: 1, max: 2_000_000 }), ({ plan, scenario }, which, extra) => {
    const i = which % plan.cashAccounts.length;
    const richer: Plan = { ...plan, cashAccounts: plan.cashAccounts.map((a, k) => (k === i ? { ...a, balance: a.balance + extra } : a)) };
    for (const s of [null, scenario] as (Scenario | null)[]) {
      const base = simulate(plan); const m = runMetrics(plan, s, s ? simulate(plan, s) : base, base);
      const rb = simulate(richer); const r = runMetrics(richer, s, s ? simulate(richer, s) : rb, rb);
      if ((r.survivalDays ?? Infinity) < (m.survivalDays ?? Infinity) || (MODE !== 'survival' && r.deepestShortfall > m.deepestShortfall)) last = JSON.stringify([{ plan, scenario }, which, extra]);
      if ((r.survivalDays ?? Infinity) < (m.survivalDays ?? Infinity) || (MODE !== 'survival' && r.deepestShortfall > m.deepestShortfall)) throw new Error(`scen ${s ? 'stressed' : 'base'} poor ${m.survivalDays}/${m.deepestShortfall} rich ${r.survivalDays}/${r.deepestShortfall}`);
    }
  }), { seed: SEED, numRuns: RUNS }); } catch (e) { show(e); appendFileSync('/tmp/scratch/last_cash.jsonl', last + '\n'); }
});
it('outage', { timeout: 600_000 }, () => {
  try { fc.assert(fc.property(pas, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 60 }), fc.constantFrom(0, 0, 25, 50, 100), ({ plan, scenario }, d1, more, cut) => {
    const n = plan.business.horizonDays; const from = referenceDay(scenario, n);
    const a = gapFrom(simulate(plan, outageWithCut(scenario, n, d1, cut)), from);
    const b = gapFrom(simulate(plan, outageWithCut(scenario, n, d1 + more, cut)), from);
    if (bad(a, b)) { last = JSON.stringify([{ plan, scenario }, d1, more, cut]); throw new Error(JSON.stringify({ a, b })); }
  }), { seed: SEED, numRuns: RUNS }); } catch (e) { show(e); appendFileSync('/tmp/scratch/last_outage.jsonl', last + '\n'); }
});
it('cut', { timeout: 600_000 }, () => {
  try { fc.assert(fc.property(pas, fc.constantFrom(0, 0, 1, 7, 30), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 100 }), ({ plan, scenario }, duration, c1, more) => {
    const n = plan.business.horizonDays; const from = referenceDay(scenario, n); const c2 = Math.min(100, c1 + more);
    const a = gapFrom(simulate(plan, outageWithCut(scenario, n, duration, c1)), from);
    const b = gapFrom(simulate(plan, outageWithCut(scenario, n, duration, c2)), from);
    if (bad(a, b)) { last = JSON.stringify([{ plan, scenario }, duration, c1, more]); throw new Error(JSON.stringify({ a, b })); }
  }), { seed: SEED, numRuns: RUNS }); } catch (e) { show(e); appendFileSync('/tmp/scratch/last_cut.jsonl', last + '\n'); }
});
