import { addMonths, epochDay } from '../calendar';
import { M, U, W, type Sourced } from '../citations';
import type {
  CashFlow,
  Fen,
  FundingSource,
  Plan,
  PlatformGroup,
  Price,
  RepaymentMethod,
  SourceKind,
} from '../model';
import { annualRate } from '../rates';
import { dateOfDay } from '../timeline';
import type { AdviceContext } from './context';
import { occurrences } from './flowEdits';
import type { Action, ActionKind, Basis, BlockReason, Prerequisite } from './types';

/**
 * China's channels for a small business outside the Ant group, each with its defaults, their
 * grades and sources (docs/domain.md "Channels"), its prerequisites and how it pays out. A
 * lead time or rate the plan already states for the same kind of lender wins over a default.
 */

const yuan = (y: number): Fen => y * 100;

type Channel = {
  kind: ActionKind;
  /** The funding source the channel adds to the plan. */
  sourceKind: SourceKind;
  /** A plan source of this kind states the lender's own lead time and price. */
  planKind?: SourceKind;
  /** A line is drawn as needed (interest on what is drawn); a term loan pays out in full. */
  payout: 'line' | 'term';
  price: Price;
  rateBasis: Sourced;
  repayment: RepaymentMethod;
  termMonths: number;
  leadTimeDays: number;
  leadBasis: Sourced;
  /** Fee a year on the whole amount (guarantee fee), fraction. */
  feeRate?: number;
  feeBasis?: Sourced;
  min: Fen;
  cap: (ctx: AdviceContext) => Fen;
  platformGroup: PlatformGroup;
  prerequisites: readonly Prerequisite[];
  /** The plan already holding one of these kinds rules a second one out. */
  onePerBusiness?: readonly SourceKind[];
  exclusive?: string;
  counterparty?: (ctx: AdviceContext) => string | undefined;
  /** The channel applies to this plan at all (e.g. a renewal needs a bank loan falling due). */
  applies?: (ctx: AdviceContext) => boolean;
  /** First day the cash can be used whatever the lead time (a renewal: the day the old loan is due). */
  usableFrom?: (ctx: AdviceContext) => number;
};

const share = (ctx: AdviceContext, fraction: number, ceiling: Fen) =>
  Math.min(ceiling, Math.round(ctx.yearlyInflows * fraction));

/** Inflows from business customers over `days` from the plan start (fen). */
function receivables(ctx: AdviceContext, days: number): Fen {
  return ctx.plan.cashFlows
    .filter((f) => f.direction === 'inflow' && f.fromBusinessCustomers)
    .reduce((s, f) => s + occurrences(f, ctx.t, 0, Math.min(days, ctx.n)).length * f.amount, 0);
}

/** The business customer who pays the most over 90 days: the buyer a factor looks at first. */
function largestBuyer(ctx: AdviceContext): string | undefined {
  let best: { flow: CashFlow; total: Fen } | undefined;
  for (const f of ctx.plan.cashFlows) {
    if (f.direction !== 'inflow' || !f.fromBusinessCustomers) continue;
    const total = occurrences(f, ctx.t, 0, Math.min(90, ctx.n)).length * f.amount;
    if (!best || total > best.total) best = { flow: f, total };
  }
  return best?.flow.name;
}

/** Stock the business buys over 30 days (supplier and discretionary purchases), fen. */
function stockBought(ctx: AdviceContext): Fen {
  return ctx.plan.cashFlows
    .filter(
      (f) =>
        f.direction === 'outflow' && (f.category === 'supplier' || f.category === 'discretionary'),
    )
    .reduce((s, f) => s + occurrences(f, ctx.t, 0, Math.min(30, ctx.n)).length * f.amount, 0);
}

/** Principal of the plan's bank loans that falls due or is called in within the horizon. */
function bankLoanDue(ctx: AdviceContext): { principal: Fen; dueDay: number; lead: number } | null {
  let found: { principal: Fen; dueDay: number; lead: number } | null = null;
  ctx.plan.fundingSources.forEach((s) => {
    if (s.kind !== 'bank_loan') return;
    for (const o of s.outstanding) {
      if (o.principal <= 0) continue;
      const last = addMonths(epochDay(o.nextDueDate), Math.max(0, o.remainingInstalments - 1));
      let dueDay = last - ctx.t.startEpoch;
      for (const k of ctx.scenario?.shocks ?? []) {
        if (k.type !== 'recall') continue;
        const hit =
          (k.target.type === 'sources' && k.target.sourceIds.includes(s.id)) ||
          (k.target.type === 'kinds' && k.target.kinds.includes('bank_loan')) ||
          (k.target.type === 'group' && k.target.group === s.platformGroup);
        if (hit) dueDay = Math.min(dueDay, k.startDay + k.dueWithinDays);
      }
      if (dueDay < 0 || dueDay >= ctx.n) continue;
      if (!found || dueDay < found.dueDay)
        found = { principal: o.principal, dueDay, lead: s.leadTimeDays };
    }
  });
  return found;
}

const CHANNELS: readonly Channel[] = [
  {
    // 税贷 / 发票贷 (银税互动): unsecured, online, sized on taxes paid.
    kind: 'tax_loan',
    sourceKind: 'bank_credit_line',
    payout: 'line',
    price: { type: 'annual', rate: 0.04 },
    rateBasis: M('tax_loans_2021'),
    repayment: 'revolving',
    termMonths: 12,
    leadTimeDays: 3,
    leadBasis: U('consumer_qa'),
    min: yuan(10_000),
    cap: (ctx) => share(ctx, 0.2, yuan(3_000_000)),
    platformGroup: 'bank',
    prerequisites: ['registered_business', 'tax_record', 'clean_credit'],
  },
  {
    // 普惠小微信用贷款: the bank channel that replaces Jiebei for a registered business.
    kind: 'inclusive_credit_loan',
    sourceKind: 'bank_credit_line',
    payout: 'line',
    price: { type: 'annual', rate: 0.04 },
    rateBasis: U('pboc_inclusive_2025'),
    repayment: 'revolving',
    termMonths: 12,
    leadTimeDays: 7,
    leadBasis: U('consumer_qa'),
    min: yuan(10_000),
    cap: (ctx) => share(ctx, 0.2, yuan(1_000_000)),
    platformGroup: 'bank',
    prerequisites: ['registered_business', 'clean_credit'],
  },
  {
    kind: 'bank_credit_line',
    sourceKind: 'bank_credit_line',
    planKind: 'bank_credit_line',
    payout: 'line',
    price: { type: 'annual', rate: 0.05 },
    rateBasis: U('consumer_qa'),
    repayment: 'revolving',
    termMonths: 12,
    leadTimeDays: 28,
    leadBasis: U('consumer_qa'),
    min: yuan(100_000),
    cap: (ctx) => share(ctx, 0.2, yuan(10_000_000)),
    platformGroup: 'bank',
    prerequisites: ['company', 'business_account', 'clean_credit', 'collateral_or_guarantor'],
  },
  {
    // 流动资金贷款: paid out in full, interest-only, principal at the end.
    kind: 'bank_loan',
    sourceKind: 'bank_loan',
    planKind: 'bank_loan',
    payout: 'term',
    price: { type: 'annual', rate: 0.045 },
    rateBasis: U('pboc_inclusive_2025'),
    repayment: 'interest_only',
    termMonths: 12,
    leadTimeDays: 21,
    leadBasis: U('consumer_qa'),
    min: yuan(50_000),
    cap: (ctx) => share(ctx, 0.25, yuan(10_000_000)),
    platformGroup: 'bank',
    prerequisites: ['registered_business', 'clean_credit', 'collateral_or_guarantor'],
  },
  {
    // 政府性融资担保: the agency guarantees, so no own collateral; fee ≤ 1 % a year (target).
    kind: 'guaranteed_loan',
    sourceKind: 'guaranteed_loan',
    payout: 'term',
    price: { type: 'annual', rate: 0.04 },
    rateBasis: U('consumer_qa'),
    repayment: 'interest_only',
    termMonths: 12,
    leadTimeDays: 30,
    leadBasis: U('consumer_qa'),
    feeRate: 0.01,
    feeBasis: W('gov_2019_6'),
    min: yuan(100_000),
    cap: (ctx) => share(ctx, 0.2, yuan(10_000_000)),
    platformGroup: 'bank',
    prerequisites: ['registered_business', 'clean_credit'],
    onePerBusiness: ['guaranteed_loan'],
  },
  {
    // 创业担保贷款: interest subsidised down to about LPR − 1.5 pp; named groups only.
    kind: 'startup_guarantee_loan',
    sourceKind: 'guaranteed_loan',
    payout: 'term',
    price: { type: 'annual', rate: 0.015 },
    rateBasis: U('startup_loans_2024'),
    repayment: 'interest_only',
    termMonths: 24,
    leadTimeDays: 45,
    leadBasis: U('domain_assumption'),
    min: yuan(10_000),
    cap: (ctx) =>
      Math.min(
        Math.round(ctx.yearlyInflows * 0.25),
        ctx.plan.business.profile?.legalForm === 'company' ? yuan(4_000_000) : yuan(300_000),
      ),
    platformGroup: 'bank',
    prerequisites: ['registered_business', 'clean_credit', 'startup_eligible'],
    onePerBusiness: ['guaranteed_loan'],
  },
  {
    // 无还本续贷: a due working-capital loan renewed by a contract signed before it falls due.
    kind: 'loan_renewal',
    sourceKind: 'bank_loan',
    planKind: 'bank_loan',
    payout: 'line',
    price: { type: 'annual', rate: 0.045 },
    rateBasis: U('pboc_inclusive_2025'),
    repayment: 'interest_only',
    termMonths: 12,
    leadTimeDays: 30,
    leadBasis: W('nfra_2024_13'),
    min: 0,
    cap: (ctx) => bankLoanDue(ctx)?.principal ?? 0,
    platformGroup: 'bank',
    prerequisites: ['registered_business', 'clean_credit'],
    applies: (ctx) => bankLoanDue(ctx) !== null,
    usableFrom: (ctx) => bankLoanDue(ctx)?.dueDay ?? 0,
  },
  {
    // 应收账款保理: advances of 70–90 % against invoices to creditworthy business buyers.
    kind: 'factoring',
    sourceKind: 'factoring',
    planKind: 'factoring',
    payout: 'line',
    price: { type: 'annual', rate: 0.06 },
    rateBasis: U('consumer_qa'),
    repayment: 'interest_only',
    termMonths: 3,
    leadTimeDays: 10,
    leadBasis: U('consumer_qa'),
    min: yuan(50_000),
    cap: (ctx) =>
      Math.max(
        0,
        Math.round(receivables(ctx, 90) * 0.8) -
          ctx.plan.fundingSources
            .filter((s) => s.kind === 'factoring')
            .reduce((sum, s) => sum + s.limit, 0),
      ),
    platformGroup: 'bank',
    prerequisites: ['business_receivables', 'registered_business', 'business_account'],
    exclusive: 'receivables',
    counterparty: largestBuyer,
  },
  {
    // 订单融资: a loan against confirmed purchase orders from business buyers.
    kind: 'order_financing',
    sourceKind: 'other',
    payout: 'line',
    price: { type: 'annual', rate: 0.065 },
    rateBasis: U('domain_assumption'),
    repayment: 'interest_only',
    termMonths: 3,
    leadTimeDays: 14,
    leadBasis: U('domain_assumption'),
    min: yuan(50_000),
    cap: (ctx) => Math.round(receivables(ctx, 60) * 0.5),
    platformGroup: 'bank',
    prerequisites: [
      'business_receivables',
      'registered_business',
      'business_account',
      'clean_credit',
    ],
    exclusive: 'receivables',
    counterparty: largestBuyer,
  },
  {
    // 存货质押融资: stock pledged under a warehouse's supervision.
    kind: 'inventory_financing',
    sourceKind: 'other',
    payout: 'line',
    price: { type: 'annual', rate: 0.06 },
    rateBasis: U('domain_assumption'),
    repayment: 'interest_only',
    termMonths: 6,
    leadTimeDays: 21,
    leadBasis: U('domain_assumption'),
    min: yuan(100_000),
    cap: (ctx) => Math.round(stockBought(ctx) * 0.5),
    platformGroup: 'bank',
    prerequisites: ['registered_business', 'business_account', 'clean_credit'],
    applies: (ctx) => stockBought(ctx) > 0,
  },
  {
    // 微业贷 (WeBank, Tencent): a business line outside the Ant group, for companies.
    kind: 'non_ant_online_lender',
    sourceKind: 'webank',
    planKind: 'webank',
    payout: 'line',
    price: { type: 'daily', rate: 0.00035 },
    rateBasis: U('consumer_qa'),
    repayment: 'equal_instalment',
    termMonths: 12,
    leadTimeDays: 3,
    leadBasis: U('consumer_qa'),
    min: yuan(10_000),
    cap: () => yuan(200_000),
    platformGroup: 'tencent',
    prerequisites: ['company', 'clean_credit'],
    onePerBusiness: ['webank'],
  },
];

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
