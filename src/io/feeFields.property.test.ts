import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine/model';
import { simulate } from '../engine/simulate';
import { arbPlan } from '../engine/testRandomPlans';
import { fileFromPlan } from './planConvert';
import { parsePlanValue } from './planFile';
import type { PlanFile, PlanFileSource } from './planSchema';

/**
 * Property (issue 15): no fee or penalty field that validates is ignored by the engine. For a
 * random plan, one source and one of its fee or penalty fields, two files differing only in that
 * field either are refused (the refusal names the field), or project different financing costs.
 *
 * A field can only cost something when it has something to act on (a draw for a draw fee, an
 * overdue repayment for a penalty), so each probe adds that to the random plan: the source under
 * test is drawn first (priority −1000, lead time 0, a limit that covers the need) by a one-off
 * payment on day 1 larger than all the cash, over a horizon long enough for interest to fall
 * due. The rest of the random plan stays around it. Not probed: `interestDay` only moves when
 * revolving interest is paid, not how much (it is refused wherever it would be ignored).
 */

const RUNS = Number(process.env.PROPERTY_RUNS ?? 120);

/** Changes one source; `due` is a date a few days into the plan. */
type Version = (s: PlanFileSource, due: string) => PlanFileSource;

type Probe = {
  field: string;
  /** The two versions of the source, differing only in `field` (and what makes it valid). */
  a: Version;
  b: Version;
  /** The scenario that gives the field something to act on. */
  scenario?: (sourceId: string, horizon: number) => Scenario;
};

const bump = (x: number, by: number, max: number) =>
  Math.min(max, Math.round((x + by) * 1e4) / 1e4);

/** The same price costing more: a higher rate or fee, same form. */
function dearer(s: PlanFileSource): PlanFileSource {
  const p = s.price;
  if (p.type === 'instalment_fee')
    return { ...s, price: { ...p, totalFeePercent: bump(p.totalFeePercent * 2, 1, 100) } };
  return {
    ...s,
    price: { ...p, ratePercent: bump(p.ratePercent * 2, p.type === 'daily' ? 0.01 : 1, 100) },
  };
}

const blockFrom2 = (sourceId: string, horizon: number): Scenario => ({
  id: 'probe',
  name: 'probe',
  shocks: [
    {
      type: 'repayment_blocked',
      target: { type: 'sources', sourceIds: [sourceId] },
      startDay: 2,
      durationDays: horizon - 3,
    },
  ],
});

/** A price with something to multiply: 0.05 % a day. */
const priced = (s: PlanFileSource): PlanFileSource => ({
  ...s,
  price: { type: 'daily', ratePercent: 0.05 },
});

/** Probes of a source other than Huabei. */
const CREDIT_PROBES: Probe[] = [
  { field: 'price', a: (s) => s, b: dearer },
  {
    field: 'drawFeePercent',
    a: (s) => ({ ...s, drawFeePercent: s.drawFeePercent ?? 0, drawFeeMin: 0 }),
    b: (s) => ({ ...s, drawFeePercent: bump(s.drawFeePercent ?? 0, 1, 100), drawFeeMin: 0 }),
  },
  {
    field: 'drawFeeMin',
    a: (s) => ({ ...s, drawFeePercent: 0, drawFeeMin: 0 }),
    b: (s) => ({ ...s, drawFeePercent: 0, drawFeeMin: 10 }),
  },
  {
    // The random price may be too small for a penalty to reach a fen, so the probe sets one;
    // a multiple of a 0 % rate is 0 %, the one case a multiplier cannot show.
    field: 'penaltyMultiplier',
    a: (s) => ({ ...priced(s), penaltyMultiplier: 1 }),
    b: (s) => ({ ...priced(s), penaltyMultiplier: 5 }),
    scenario: blockFrom2,
  },
];

/** Probes of Huabei: fields it refuses, and the fees it charges. */
const HUABEI_PROBES: Probe[] = [
  ...(['penaltyMultiplier', 'drawFeePercent', 'drawFeeMin', 'interestDay'] as const).map(
    (field): Probe => ({ field, a: (s) => s, b: (s) => ({ ...s, [field]: 2 }) }),
  ),
  {
    field: 'billInstalments',
    a: (s) => ({
      ...s,
      billInstalments: 3,
      price: { type: 'instalment_fee', totalFeePercent: 2.5, months: 3 },
    }),
    b: (s) => ({
      ...s,
      billInstalments: 12,
      price: { type: 'instalment_fee', totalFeePercent: 2.5, months: 3 },
    }),
  },
  {
    field: 'price',
    a: (s) => ({
      ...s,
      billInstalments: 6,
      price: { type: 'instalment_fee', totalFeePercent: 4.5, months: 6 },
    }),
    b: (s) => ({
      ...s,
      billInstalments: 6,
      price: { type: 'instalment_fee', totalFeePercent: 6, months: 6 },
    }),
  },
  {
    field: 'planMonths',
    a: (s, due) => withHuabeiPlan(s, due, 6),
    b: (s, due) => withHuabeiPlan(s, due, 12),
  },
];

/** An existing ¥12,000 Huabei plan with 6 instalments left, next due on `due`. */
function withHuabeiPlan(s: PlanFileSource, due: string, planMonths: 6 | 12): PlanFileSource {
  return {
    ...s,
    // The 12-month quote: the 6-month plan then pays the published 4.5 %, never the same fee.
    price: { type: 'instalment_fee', totalFeePercent: 8.8, months: 12 },
    billInstalments: 0,
    outstanding: [{ principal: 12000, nextDueDate: due, remainingInstalments: 6, planMonths }],
  } as PlanFileSource;
}

/** The random plan around the source under test, with the stimulus that makes the field act. */
function probeFile(file: PlanFile, index: number, version: Version): PlanFile {
  const f = structuredClone(file);
  f.business.horizonDays = Math.max(f.business.horizonDays, 100);
  const cash = f.cashAccounts.reduce((sum, a) => sum + a.balance, 0);
  const target = f.fundingSources[index]!;
  const source = { ...target, drawPriority: -1000, leadTimeDays: 0, limit: 1_000_000 };
  f.fundingSources[index] = version(source, addDay(f.business.startDate, 3));
  f.cashFlows.push({
    id: 'probe-payment',
    name: 'probe',
    direction: 'outflow',
    amount: Math.round(cash + 20_000),
    frequency: { type: 'once', date: addDay(f.business.startDate, 1) },
    ...(target.kind === 'huabei' ? { huabeiSharePercent: 100 } : {}),
  });
  return f;
}

function addDay(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const financingCost = (interest: Float64Array) => interest.reduce((a, b) => a + b, 0);

describe('fee and penalty fields', () => {
  it(`every one that validates changes the cost, or is refused (${RUNS} random plans)`, () => {
    fc.assert(
      fc.property(arbPlan(), fc.nat(), fc.nat(), (plan, pickSource, pickProbe) => {
        fc.pre(plan.fundingSources.length > 0);
        const file = fileFromPlan(plan);
        const index = pickSource % file.fundingSources.length;
        const source = file.fundingSources[index]!;
        const probes = source.kind === 'huabei' ? HUABEI_PROBES : CREDIT_PROBES;
        const probe = probes[pickProbe % probes.length]!;
        const fa = probeFile(file, index, probe.a);
        const fb = probeFile(file, index, probe.b);
        const ra = parsePlanValue(fa);
        const rb = parsePlanValue(fb);
        if (!ra.ok || !rb.ok) {
          // Refused: the refusal names the field under test on this source (at its path, or as
          // the other field of a pair, as price.months names billInstalments).
          const refused = [ra, rb].flatMap((r) =>
            r.ok || r.error.reason !== 'invalid' ? [] : r.error.issues,
          );
          const here = `fundingSources[${index}]`;
          expect(
            refused.some(
              (i) =>
                i.path.startsWith(here) &&
                (i.path.includes(probe.field) || i.params?.field === probe.field),
            ),
            JSON.stringify({ field: probe.field, refused }),
          ).toBe(true);
          return;
        }
        const scenario = probe.scenario?.(source.id, fa.business.horizonDays);
        const costA = financingCost(simulate(ra.plan, scenario).interest);
        const costB = financingCost(simulate(rb.plan, scenario).interest);
        expect(costB, `${probe.field} on ${source.kind}: ${costA} vs ${costB}`).not.toBe(costA);
      }),
      { seed: 15_015, numRuns: RUNS },
    );
  });
});
