/**
 * fast-check generators of scenarios for a generated plan: up to three shocks of any type, whose
 * `sources` targets name that plan's own sources. Test-only: nothing in the app imports this file.
 */
import fc from 'fast-check';
import type { Plan, Scenario, Shock, ShockTarget } from './model';
import { SOURCE_KINDS } from './model';
import { arbPlan, GROUPS, type ArbOptions } from './testRandomPlans';

const targetArb = (plan: Plan, opts: ArbOptions): fc.Arbitrary<ShockTarget> => {
  const ids = plan.fundingSources.map((s) => s.id);
  const options: fc.Arbitrary<ShockTarget>[] = [
    fc
      .subarray([...SOURCE_KINDS], { minLength: 1, maxLength: 4 })
      .map((kinds) => ({ type: 'kinds', kinds }) as const),
    fc
      .constantFrom(...(opts.targetGroups ?? GROUPS))
      .map((group) => ({ type: 'group', group }) as const),
    fc.constant({ type: 'kinds', kinds: ['jiebei', 'huabei'] } as const),
  ];
  if (ids.length > 0) {
    options.push(
      fc
        .subarray(ids, { minLength: 1 })
        .map((sourceIds) => ({ type: 'sources', sourceIds }) as const),
    );
  }
  return fc.oneof(...options);
};

const shockArb = (plan: Plan, opts: ArbOptions): fc.Arbitrary<Shock> => {
  const n = plan.business.horizonDays;
  const startDay = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: n + 5 }));
  const durationDays = fc.option(fc.integer({ min: 1, max: n }), { nil: null });
  const target = targetArb(plan, opts);
  const percent = fc.integer({ min: 0, max: 100 });
  const byType: Record<Shock['type'], fc.Arbitrary<Shock>> = {
    outage: fc.record({ type: fc.constant('outage' as const), target, startDay, durationDays }),
    limit_cut: fc.record({
      type: fc.constant('limit_cut' as const),
      target,
      startDay,
      durationDays,
      cutPercent: percent,
    }),
    freeze: fc.record({ type: fc.constant('freeze' as const), target, startDay, durationDays }),
    repayment_blocked: fc.record({
      type: fc.constant('repayment_blocked' as const),
      target,
      startDay,
      durationDays,
    }),
    recall: fc.record({
      type: fc.constant('recall' as const),
      target,
      startDay,
      dueWithinDays: fc.integer({ min: 0, max: 40 }),
    }),
    revenue_drop: fc.record({
      type: fc.constant('revenue_drop' as const),
      startDay,
      durationDays,
      dropPercent: percent,
    }),
    payment_delay: fc.record({
      type: fc.constant('payment_delay' as const),
      startDay,
      durationDays,
      delayDays: fc.integer({ min: 1, max: 30 }),
    }),
  };
  const types = opts.shockTypes ?? (Object.keys(byType) as Shock['type'][]);
  return fc.oneof(...types.map((t) => byType[t]));
};

export const arbScenario = (plan: Plan, opts: ArbOptions = {}): fc.Arbitrary<Scenario> =>
  fc
    .array(shockArb(plan, opts), { maxLength: 3 })
    .map((shocks) => ({ id: 'generated', name: 'Generated', shocks }));

/** A plan and a scenario whose `sources` targets name that plan's sources. */
export const arbPlanAndScenario = (
  opts: ArbOptions = {},
): fc.Arbitrary<{ plan: Plan; scenario: Scenario }> =>
  arbPlan(opts).chain((plan) => arbScenario(plan, opts).map((scenario) => ({ plan, scenario })));
