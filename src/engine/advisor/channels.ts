import { W, type Sourced } from '../citations';
import type { CashFlow, FundingSource, Plan, SourceKind } from '../model';
import { annualRate } from '../rates';
import { dateOfDay } from '../timeline';
import { CHANNELS, type Channel } from './channelCatalogue';
import type { AdviceContext } from './context';
import type { Action, ActionKind, Basis, BlockReason } from './types';

/**
 * Which of China's channels (channelCatalogue.ts) apply to the plan, as actions: a lead time or
 * rate the plan already states for the same kind of lender wins over the catalogue's default,
 * and a channel out of reach says why.
 */

const ID = (kind: ActionKind) => `advice-${kind}`;

function planTerms(plan: Plan, channel: Channel): FundingSource | undefined {
  return channel.planKind
    ? plan.fundingSources.find((s) => s.kind === channel.planKind)
    : undefined;
}

function channelAction(ctx: AdviceContext, c: Channel): Action {
  const stated = planTerms(ctx.plan, c);
  const price = stated ? stated.price : c.price;
  const lead = stated ? stated.leadTimeDays : c.leadTimeDays;
  const basis = (fallback: Sourced): Basis =>
    stated ? { from: 'plan', sourceName: stated.name } : { from: 'default', ...fallback };
  const usableFrom = c.usableFrom?.(ctx);
  const id = ID(c.kind);
  const feeRate = c.feeRate ?? 0;
  return {
    kind: c.kind,
    category: 'financing',
    sized: c.kind !== 'loan_renewal',
    amount: c.kind === 'loan_renewal' ? c.cap(ctx) : 0,
    min: c.min,
    cap: c.cap(ctx),
    leadTimeDays: lead,
    leadBasis: basis(c.leadBasis),
    startDay: 0,
    annualRate: annualRate(price),
    rateBasis: basis(c.rateBasis),
    feeRate,
    feeBasis: c.feeBasis ?? null,
    cost: c.payout === 'term' ? 'full_interest' : 'drawn_interest',
    platformGroup: c.platformGroup,
    prerequisites: c.prerequisites,
    ...(c.exclusive ? { exclusive: c.exclusive } : {}),
    ...(c.counterparty?.(ctx) ? { counterparty: c.counterparty(ctx)! } : {}),
    ...(usableFrom === undefined ? {} : { usableFrom }),
    ...(c.payout === 'line' && c.repayment === 'equal_instalment'
      ? { instalmentMonths: c.termMonths }
      : {}),
    sourceId: id,
    apply: (plan, amount, timing) => {
      const ready = timing.readyDay;
      if (amount <= 0 || ready >= ctx.n) return plan;
      // A term loan is paid out in full and charged on all of it (see cost.ts); the simulation
      // draws it as needed, which leaves no more cash than the full payout would, so "closes
      // the gap" stays true for the loan as taken.
      const source: FundingSource = {
        kind: c.sourceKind as Exclude<SourceKind, 'huabei'>,
        id,
        name: id,
        platformGroup: c.platformGroup,
        limit: amount,
        price: { ...price },
        repayment: c.repayment,
        termMonths: c.termMonths,
        leadTimeDays: ready,
        interestDay: 20,
        penaltyMultiplier: 1.5,
        outstanding: [],
      };
      const flows: CashFlow[] = [];
      // A guarantee fee is paid up front for each year the guarantee runs.
      for (let d = ready; feeRate > 0 && d < ctx.n; d += 365) {
        flows.push({
          id: `${id}-fee-${d}`,
          name: `${id}-fee`,
          direction: 'outflow',
          amount: Math.round(amount * feeRate),
          frequency: { type: 'once', date: dateOfDay(ctx.t, d) },
        });
      }
      return {
        ...plan,
        cashFlows: flows.length > 0 ? [...plan.cashFlows, ...flows] : plan.cashFlows,
        fundingSources: [...plan.fundingSources, source],
      };
    },
  };
}

/** Every channel that applies to the plan, with the reasons any of them is out of reach. */
export function channelActions(ctx: AdviceContext): {
  actions: { action: Action; blocked: BlockReason[] }[];
} {
  const out: { action: Action; blocked: BlockReason[] }[] = [];
  for (const c of CHANNELS) {
    if (c.applies && !c.applies(ctx)) continue;
    const action = channelAction(ctx, c);
    const blocked: BlockReason[] = [];
    if (c.onePerBusiness?.some((k) => ctx.plan.fundingSources.some((s) => s.kind === k)))
      blocked.push('already_in_plan');
    if (action.cap < Math.max(1, action.min)) blocked.push('no_room');
    out.push({ action, blocked });
  }
  out.push({ action: creditCardAdvance(), blocked: ['card_rules'] });
  return { actions: out };
}

/** A card cash advance: listed only to say why it is not advice for a business. */
function creditCardAdvance(): Action {
  return {
    kind: 'credit_card',
    category: 'financing',
    sized: false,
    amount: 0,
    min: 0,
    cap: 0,
    leadTimeDays: 0,
    leadBasis: null,
    startDay: 0,
    annualRate: annualRate({ type: 'daily', rate: 0.0005 }),
    rateBasis: null,
    feeRate: 0,
    feeBasis: W('card_rules_2022'),
    cost: 'drawn_interest',
    platformGroup: 'bank',
    prerequisites: [],
    apply: (plan) => plan,
  };
}
