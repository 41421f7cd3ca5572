import { addMonths } from '../calendar';
import { expandCashFlows } from '../cashFlows';
import type { CashFlow, Fen, LeverAssumptions, Plan } from '../model';
import type { AdviceContext } from './context';
import { scaled, shifted, splitFlow, withAmount } from './flowEdits';
import { roundAsSaid } from './sizing';
import { NEGOTIATION_DAYS } from './terms';
import type { Action, ActionKind, Timing } from './types';

/**
 * Operating levers: changes to the business's own cash flows that cost no financing — the
 * owner takes less, purchases that can wait do wait, suppliers and the landlord are paid
 * later, business customers pay a deposit. Each rests on a stated assumption (editable,
 * `LeverAssumptions`) and is simulated like any other action, from the day the shock starts.
 */

/** Day index `months` calendar months after `day` (clamped to the horizon's end + 1). */
export function monthsAfter(ctx: AdviceContext, day: number, months: number): number {
  return addMonths(ctx.t.startEpoch + day, months) - ctx.t.startEpoch;
}

/** The plan with every flow `pick` selects replaced by what `edit` makes of it. */
function editFlows(
  plan: Plan,
  pick: (f: CashFlow) => boolean,
  edit: (f: CashFlow) => CashFlow[],
): Plan {
  let changed = false;
  const cashFlows = plan.cashFlows.flatMap((f) => {
    if (!pick(f)) return [f];
    changed = true;
    return edit(f);
  });
  return changed ? { ...plan, cashFlows } : plan;
}

const isOut = (category: CashFlow['category']) => (f: CashFlow) =>
  f.direction === 'outflow' && f.category === category;
const isReceivable = (f: CashFlow) => f.direction === 'inflow' && f.fromBusinessCustomers === true;

/** Occurrences in [from, to) moved `days` later (earlier when negative); the rest kept. */
function moveWindow(ctx: AdviceContext, f: CashFlow, from: number, to: number, days: number) {
  const parts = splitFlow(f, ctx.t, from, to);
  return [...parts.before, ...parts.inside.map((x) => shifted(x, days)), ...parts.after];
}

type LeverSpec = {
  kind: ActionKind;
  leadTimeDays: number;
  uses: readonly (keyof LeverAssumptions)[];
  applies: (f: CashFlow) => boolean;
  apply: (ctx: AdviceContext, plan: Plan, timing: Timing) => Plan;
};

const LEVERS: readonly LeverSpec[] = [
  {
    kind: 'cut_owner_draw',
    leadTimeDays: 0,
    uses: ['ownerDrawCut', 'ownerDrawMonths'],
    applies: isOut('owner_draw'),
    apply: (ctx, plan, { readyDay }) => {
      const end = monthsAfter(ctx, readyDay, ctx.levers.ownerDrawMonths);
      return editFlows(plan, isOut('owner_draw'), (f) => {
        const p = splitFlow(f, ctx.t, readyDay, end);
        const keep = 1 - ctx.levers.ownerDrawCut;
        return [...p.before, ...p.inside.map((x) => scaled(x, keep)), ...p.after];
      });
    },
  },
  {
    kind: 'defer_purchases',
    leadTimeDays: 0,
    uses: ['purchaseDeferralDays'],
    applies: isOut('discretionary'),
    apply: (ctx, plan, { readyDay }) =>
      editFlows(plan, isOut('discretionary'), (f) =>
        moveWindow(ctx, f, readyDay, ctx.n, ctx.levers.purchaseDeferralDays),
      ),
  },
  {
    kind: 'supplier_terms',
    leadTimeDays: NEGOTIATION_DAYS.value,
    uses: ['supplierTermsDays'],
    applies: isOut('supplier'),
    apply: (ctx, plan, { readyDay }) =>
      editFlows(plan, isOut('supplier'), (f) =>
        moveWindow(ctx, f, readyDay, ctx.n, ctx.levers.supplierTermsDays),
      ),
  },
  {
    kind: 'defer_rent',
    leadTimeDays: NEGOTIATION_DAYS.value,
    uses: ['rentDeferralDays', 'rentDeferralMonths'],
    applies: isOut('rent'),
    apply: (ctx, plan, { readyDay }) => {
      const end = monthsAfter(ctx, readyDay, ctx.levers.rentDeferralMonths);
      return editFlows(plan, isOut('rent'), (f) =>
        moveWindow(ctx, f, readyDay, end, ctx.levers.rentDeferralDays),
      );
    },
  },
  {
    kind: 'customer_deposits',
    leadTimeDays: 0,
    uses: ['depositShare', 'depositDays'],
    applies: isReceivable,
    apply: (ctx, plan, { readyDay }) => {
      const { depositShare, depositDays } = ctx.levers;
      // Orders paid from `readyDay + depositDays` on had their deposit taken `depositDays` earlier.
      return editFlows(plan, isReceivable, (f) => {
        const p = splitFlow(f, ctx.t, readyDay + depositDays, ctx.n);
        const rest = p.inside.map((x) => scaled(x, 1 - depositShare));
        const deposits = p.inside.map((x, i) =>
          shifted(withAmount(x, x.amount - rest[i]!.amount, '-deposit'), -depositDays),
        );
        return [...p.before, ...rest, ...deposits];
      });
    },
  },
];

/** Sum of a calendar's inflows minus outflows per day (fen). */
function netByDay(plan: Plan, ctx: AdviceContext): Float64Array {
  const cal = expandCashFlows(plan, ctx.t);
  const net = new Float64Array(ctx.n);
  for (let d = 0; d < ctx.n; d++) {
    let x = -cal.cashOutflows[d]! - cal.huabeiEligibleOutflows[d]!;
    for (const g of cal.inflowsByGroup) x += g[d]!;
    net[d] = x;
  }
  return net;
}

/** The plan's own net flows, once per plan (every lever is measured against them). */
const planNet = new WeakMap<Plan, Float64Array>();

/** The most cash a change of flows puts in hand at any point, against the plan (fen). */
export function cashFreed(ctx: AdviceContext, changed: Plan): Fen {
  let before = planNet.get(ctx.plan);
  if (!before) {
    before = netByDay(ctx.plan, ctx);
    planNet.set(ctx.plan, before);
  }
  const after = netByDay(changed, ctx);
  let cumulative = 0;
  let peak = 0;
  for (let d = 0; d < ctx.n; d++) {
    cumulative += after[d]! - before[d]!;
    if (cumulative > peak) peak = cumulative;
  }
  return Math.round(peak);
}

/** The levers that have a flow to act on in this plan. */
export function leverActions(ctx: AdviceContext): Action[] {
  const out: Action[] = [];
  for (const spec of LEVERS) {
    if (!ctx.plan.cashFlows.some(spec.applies)) continue;
    const apply = (plan: Plan, _amount: Fen, timing: Timing) => spec.apply(ctx, plan, timing);
    const ready = ctx.shockDay + spec.leadTimeDays;
    const freed = cashFreed(ctx, apply(ctx.plan, 0, { startDay: ctx.shockDay, readyDay: ready }));
    // An estimate, not a commitment: said to two figures.
    const amount = roundAsSaid(freed);
    out.push({
      kind: spec.kind,
      category: 'lever',
      sized: false,
      amount,
      min: 0,
      cap: amount,
      leadTimeDays: spec.leadTimeDays,
      leadBasis:
        spec.leadTimeDays > 0
          ? { from: 'default', grade: NEGOTIATION_DAYS.grade, citation: NEGOTIATION_DAYS.citation }
          : null,
      startDay: ctx.shockDay,
      annualRate: 0,
      rateBasis: null,
      feeRate: 0,
      feeBasis: null,
      cost: 'none',
      platformGroup: 'bank',
      prerequisites: [],
      assumptions: Object.fromEntries(spec.uses.map((k) => [k, ctx.levers[k]])),
      flowNames: ctx.plan.cashFlows.filter(spec.applies).map((f) => f.name),
      apply,
    });
  }
  return out;
}
