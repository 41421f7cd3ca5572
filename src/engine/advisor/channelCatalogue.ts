import { M, U, W, type Sourced } from '../citations';
import type { Fen, PlatformGroup, Price, RepaymentMethod, SourceKind } from '../model';
import { bankLoanDue, largestBuyer, receivables, share, stockBought } from './channelMeasures';
import type { AdviceContext } from './context';
import type { ActionKind, Prerequisite } from './types';

/**
 * China's channels for a small business outside the Ant group, each with its defaults, their
 * grades and sources (docs/domain.md "Channels"), its prerequisites and how it pays out.
 * channels.ts turns the ones that apply into actions, where a lead time or rate the plan already
 * states for the same kind of lender wins over a default.
 */

const yuan = (y: number): Fen => y * 100;

export type Channel = {
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

export const CHANNELS: readonly Channel[] = [
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
