import {
  HUABEI_INSTALMENT_FEES,
  HUABEI_OVERDUE_RATE_PER_DAY,
  JIEBEI_PENALTY_MULTIPLIER,
  RISK_FREEZE_DEFAULT_DAYS,
} from './terms';
import type {
  Fen,
  FundingSource,
  PlatformGroup,
  Price,
  RepaymentMethod,
  SourceKind,
} from './model';
import { M, U, W, type Sourced, type SourcedValue } from './citations';

/** Fen from whole yuan, for readable constants (the engine's `fenFromYuan` checks input; these are literals). */
const yuan = (y: number): Fen => y * 100;

export type DefaultBasisField = 'price' | 'leadTimeDays' | 'limit' | 'termMonths' | 'penalty';

export type SourceKindDefaults = {
  platformGroup: PlatformGroup;
  price: Price;
  repayment: RepaymentMethod;
  termMonths: number;
  leadTimeDays: number;
  /** A typical limit, a placeholder for the user's real one. */
  limit: Fen;
  drawFeeRate?: number;
  drawFeeMin?: Fen;
  interestDay?: number;
  /** Overdue interest as a multiple of the contract rate; none for Huabei, which has its own rate. */
  penaltyMultiplier?: number;
  /** Huabei only (see `HUABEI_BILL_DEFAULTS`). */
  statementDay?: number;
  dueDay?: number;
  billInstalments?: number;
  basis: Partial<Record<DefaultBasisField, Sourced>>;
};

/**
 * Huabei instalment fees: the total fee over the whole term as a fraction of the bill
 * (M, consumer Q&A sites). 12 months at 8.8 % ≈ 15.9 % simple APR, ≈ 17.1 % effective.
 * The table lives in `terms.ts` because the simulation charges it.
 */
export { HUABEI_INSTALMENT_FEES };

/** Where the Huabei fee table comes from. */
export const HUABEI_INSTALMENT_FEES_BASIS: Sourced = M('consumer_qa');

/** Huabei's billing cycle: statement on the 1st, repaid in full on the 10th (M). */
export const HUABEI_BILL_DEFAULTS = { statementDay: 1, dueDay: 10, billInstalments: 0 } as const;

/** Huabei overdue interest, 0.05 %/day = 18.25 % simple a year (M, consumer Q&A sites). */
export const HUABEI_OVERDUE_DAILY_RATE: SourcedValue = {
  value: HUABEI_OVERDUE_RATE_PER_DAY,
  ...M('consumer_qa'),
};

/**
 * Per-kind defaults. Prices are fractions (0.0004 = 0.04 %/day); limits are fen.
 * `basis` says which grade and source each number rests on; a field without a basis is a
 * FundGap placeholder (e.g. a typical limit) the user is expected to replace.
 */
export const SOURCE_DEFAULTS: Record<SourceKind, SourceKindDefaults> = {
  /**
   * 花呗: interest-free to the due date; bills converted to instalments pay the fee of the term
   * used (`HUABEI_INSTALMENT_FEES`); the price quotes the 12-month plan. It pays merchants, it
   * gives no cash. Its schedule comes from `statementDay`, `dueDay` and `billInstalments`;
   * `repayment`/`termMonths` describe a bill paid in full one month on. Overdue interest is its
   * own published 0.05 %/day (`HUABEI_OVERDUE_DAILY_RATE`), not a multiple of a contract rate,
   * so it has no `penaltyMultiplier`; `basis.penalty` grades that rate.
   */
  huabei: {
    platformGroup: 'ant',
    price: { type: 'instalment_fee', totalFee: HUABEI_INSTALMENT_FEES[12], months: 12 },
    repayment: 'equal_instalment',
    termMonths: 1,
    leadTimeDays: 0,
    limit: yuan(50_000),
    ...HUABEI_BILL_DEFAULTS,
    basis: {
      price: M('consumer_qa'),
      leadTimeDays: M('consumer_qa'),
      termMonths: M('consumer_qa'),
      limit: U('domain_assumption'),
      penalty: M('consumer_qa'),
    },
  },
  /** 借呗 / 信用贷: first loans often ~0.04 %/day (14.6 % simple), 12 equal instalments, instant. */
  jiebei: {
    platformGroup: 'ant',
    price: { type: 'daily', rate: 0.0004 },
    repayment: 'equal_instalment',
    termMonths: 12,
    leadTimeDays: 0,
    limit: yuan(100_000),
    penaltyMultiplier: JIEBEI_PENALTY_MULTIPLIER,
    basis: {
      price: U('consumer_qa'),
      leadTimeDays: M('consumer_qa'),
      termMonths: U('consumer_qa'),
      limit: U('consumer_qa'),
      penalty: U('domain_assumption'),
    },
  },
  /** 网商贷 (MYbank): 0.015 %–0.05 %/day; minutes to cash. */
  mybank: {
    platformGroup: 'ant',
    price: { type: 'daily', rate: 0.0003 },
    repayment: 'equal_instalment',
    termMonths: 12,
    leadTimeDays: 0,
    limit: yuan(100_000),
    penaltyMultiplier: 1.5,
    basis: {
      price: U('consumer_qa'),
      leadTimeDays: W('domain_brief'),
      termMonths: U('consumer_qa'),
      limit: U('domain_assumption'),
      penalty: U('domain_assumption'),
    },
  },
  /** 微业贷 / 微粒贷 (WeBank, Tencent): ~0.02 %–0.05 %/day; minutes to cash. */
  webank: {
    platformGroup: 'tencent',
    price: { type: 'daily', rate: 0.00035 },
    repayment: 'equal_instalment',
    termMonths: 12,
    leadTimeDays: 0,
    limit: yuan(100_000),
    penaltyMultiplier: 1.5,
    basis: {
      price: U('consumer_qa'),
      leadTimeDays: U('consumer_qa'),
      termMonths: U('consumer_qa'),
      limit: U('consumer_qa'),
      penalty: U('domain_assumption'),
    },
  },
  /** 经营贷: ~3.5 %–6 % a year (anchored on the 3.48 % inclusive-loan average); 1–4 weeks to arrange. */
  bank_loan: {
    platformGroup: 'bank',
    price: { type: 'annual', rate: 0.045 },
    repayment: 'interest_only',
    termMonths: 12,
    leadTimeDays: 21,
    limit: yuan(500_000),
    penaltyMultiplier: 1.5,
    basis: {
      price: U('pboc_inclusive_2025'),
      leadTimeDays: U('consumer_qa'),
      termMonths: U('consumer_qa'),
      limit: U('domain_assumption'),
      penalty: U('domain_assumption'),
    },
  },
  /** Revolving bank line: ~4 %–6 %; must be arranged weeks ahead, then draws are same-day. Interest settles on the 20th. */
  bank_credit_line: {
    platformGroup: 'bank',
    price: { type: 'annual', rate: 0.05 },
    repayment: 'revolving',
    termMonths: 12,
    leadTimeDays: 28,
    limit: yuan(300_000),
    interestDay: 20,
    penaltyMultiplier: 1.5,
    basis: {
      price: U('consumer_qa'),
      leadTimeDays: U('consumer_qa'),
      termMonths: U('domain_assumption'),
      limit: U('domain_assumption'),
      penalty: U('domain_assumption'),
    },
  },
  /**
   * 融资担保: ~4 % loan rate + ~1 % a year guarantee fee, folded into one 5 % annual price.
   * Guarantee fees for small firms were halved in 2020 (W); the ≤ 1 % target is unverified (U).
   */
  guaranteed_loan: {
    platformGroup: 'bank',
    price: { type: 'annual', rate: 0.05 },
    repayment: 'interest_only',
    termMonths: 12,
    leadTimeDays: 30,
    limit: yuan(500_000),
    penaltyMultiplier: 1.5,
    basis: {
      price: U('consumer_qa'),
      leadTimeDays: U('consumer_qa'),
      termMonths: U('domain_assumption'),
      limit: U('domain_assumption'),
      penalty: U('domain_assumption'),
    },
  },
  /**
   * Receivables factoring: banks 4.5 %–8 % (platforms 8 %–12 %); advances run 90–180 days, so
   * each draw is a 3-month interest-only advance. Needs a creditworthy buyer: ~10 days to set up.
   */
  factoring: {
    platformGroup: 'bank',
    price: { type: 'annual', rate: 0.06 },
    repayment: 'interest_only',
    termMonths: 3,
    leadTimeDays: 10,
    limit: yuan(500_000),
    penaltyMultiplier: 1.5,
    basis: {
      price: U('consumer_qa'),
      leadTimeDays: U('consumer_qa'),
      termMonths: U('consumer_qa'),
      limit: U('domain_assumption'),
      penalty: U('domain_assumption'),
    },
  },
  /**
   * 票据贴现: ~0.8 %–2.55 % a year, cash T+0–1; needs bank acceptance bills in hand.
   * Modelled as a 6-month interest-only draw (in reality the discount is taken up front).
   */
  bill_discount: {
    platformGroup: 'bank',
    price: { type: 'annual', rate: 0.018 },
    repayment: 'interest_only',
    termMonths: 6,
    leadTimeDays: 1,
    limit: yuan(300_000),
    penaltyMultiplier: 1.5,
    basis: {
      price: M('consumer_qa'),
      leadTimeDays: M('consumer_qa'),
      termMonths: U('domain_assumption'),
      limit: U('domain_assumption'),
      penalty: U('domain_assumption'),
    },
  },
  /**
   * Credit-card cash advance: 1 % fee (min ¥10) + 0.05 %/day from the withdrawal day; at most
   * 50 % of the card limit, so the default limit is half of a ¥40,000 card.
   */
  credit_card: {
    platformGroup: 'bank',
    price: { type: 'daily', rate: 0.0005 },
    repayment: 'revolving',
    termMonths: 1,
    leadTimeDays: 0,
    limit: yuan(20_000),
    drawFeeRate: 0.01,
    drawFeeMin: yuan(10),
    penaltyMultiplier: 1.5,
    basis: {
      price: M('consumer_qa'),
      leadTimeDays: M('consumer_qa'),
      termMonths: U('domain_assumption'),
      limit: M('consumer_qa'),
      penalty: U('domain_assumption'),
    },
  },
  /** Owner or family money: free, informal, a few days to move; repaid when the business can. */
  family: {
    platformGroup: 'private',
    price: { type: 'annual', rate: 0 },
    repayment: 'interest_only',
    termMonths: 12,
    leadTimeDays: 3,
    limit: yuan(100_000),
    penaltyMultiplier: 1,
    basis: {
      price: U('domain_assumption'),
      leadTimeDays: U('domain_assumption'),
      termMonths: U('domain_assumption'),
      limit: U('domain_assumption'),
    },
  },
  /** Anything else: a placeholder at 10 % a year, well under the 12 % private-lending cap. */
  other: {
    platformGroup: 'other',
    price: { type: 'annual', rate: 0.1 },
    repayment: 'equal_instalment',
    termMonths: 12,
    leadTimeDays: 7,
    limit: yuan(50_000),
    penaltyMultiplier: 1.5,
    basis: {
      price: U('domain_assumption'),
      leadTimeDays: U('domain_assumption'),
      termMonths: U('domain_assumption'),
      limit: U('domain_assumption'),
      penalty: U('domain_assumption'),
    },
  },
};

/** Reference rates as annual fractions (docs/domain.md §2). */
export const REFERENCE_RATES = {
  /** 1-year loan prime rate, 3.00 % since May 2025. */
  lpr1y: { value: 0.03, ...W('lpr_2025') },
  /** 5-year loan prime rate, 3.50 %. */
  lpr5y: { value: 0.035, ...W('lpr_2025') },
  /** New inclusive small-business loans averaged 3.48 % (Jun 2025). */
  inclusiveSmeLoanAvg: { value: 0.0348, ...W('pboc_inclusive_2025') },
  /** Courts protect private-lending interest only up to 4 × the 1-year LPR = 12.0 %. */
  privateLendingCap: { value: 0.12, ...W('lpr_2025') },
  /** Partner banks refuse loans above 24 % a year since Oct 2025. */
  partnerBankCap: { value: 0.24, ...W('domain_brief') },
} as const satisfies Record<string, SourcedValue>;

/** Marks the metrics are compared against (docs/domain.md §4–5). Percent values are in percent. */
export const METRIC_THRESHOLDS = {
  /** Banks are expected to survive ≥ 6 months under stress: the "strong" mark. */
  survivalDaysStrong: { value: 180, ...W('dnb_liquidity') },
  /** Median US small business cash buffer. */
  cashBufferDaysMedian: { value: 27, ...W('jpmci_cash_buffer') },
  cashBufferDaysRestaurants: { value: 16, ...W('jpmci_cash_buffer') },
  cashBufferDaysRetail: { value: 19, ...W('jpmci_cash_buffer') },
  /** Half of firms in a 25-city study held under 15 days. */
  cashBufferDaysWeak: { value: 15, ...W('jpmci_cash_buffer') },
  /** 30-day stress coverage ratio floor, %. */
  stressCoverageFloor: { value: 100, ...W('basel_lcr40') },
  /** HHI 1,000–1,800 moderately concentrated; above 1,800 highly. */
  hhiModerate: { value: 1000, ...W('merger_guidelines_2023') },
  hhiHigh: { value: 1800, ...W('merger_guidelines_2023') },
  /** Early-warning triggers for the contingency plan (FundGap's own choice). */
  limitDropTrigger: { value: 30, ...U('domain_assumption') },
  bufferDaysTrigger: { value: 15, ...U('domain_assumption') },
  concentrationTrigger: { value: 40, ...U('domain_assumption') },
} as const satisfies Record<string, SourcedValue>;

export type OutageDuration = {
  unit: 'hours' | 'days';
  min: number;
  max: number;
  /** Days a day-by-day simulation uses for this cause (partial days round up to one). */
  defaultDays: number;
  basis: readonly [Sourced, ...Sourced[]];
};

/** How long each cause of an outage lasts (docs/domain.md §1). */
export const OUTAGE_DURATIONS = {
  /** Alipay 2015-05-27 ~2.5 h; Alibaba Cloud 2023-11-12 ~3.5 h. */
  technicalOutage: {
    unit: 'hours',
    min: 2.5,
    max: 3.5,
    defaultDays: 1,
    basis: [W('alipay_2015_outage'), W('aliyun_2023_outage')],
  },
  /** System upgrade or maintenance: under a day. */
  maintenance: {
    unit: 'hours',
    min: 0,
    max: 24,
    defaultDays: 1,
    basis: [U('domain_assumption')],
  },
  /** Risk-control interception or freeze: no documented figure, default 30 days, range 7–90. */
  riskControlFreeze: {
    unit: 'days',
    min: 7,
    max: 90,
    defaultDays: RISK_FREEZE_DEFAULT_DAYS,
    basis: [U('domain_assumption')],
  },
} as const satisfies Record<string, OutageDuration>;

/**
 * A complete funding source of `kind` with the defaults above and nothing drawn.
 * @example defaultSource('jiebei', 'jb', '借呗').price // { type: 'daily', rate: 0.0004 }
 */
export function defaultSource(kind: SourceKind, id: string, name: string): FundingSource {
  const d = SOURCE_DEFAULTS[kind];
  const common = {
    id,
    name,
    platformGroup: d.platformGroup,
    limit: d.limit,
    price: { ...d.price },
    repayment: d.repayment,
    termMonths: d.termMonths,
    leadTimeDays: d.leadTimeDays,
    outstanding: [],
  };
  if (kind === 'huabei') {
    return {
      ...common,
      kind,
      statementDay: d.statementDay ?? HUABEI_BILL_DEFAULTS.statementDay,
      dueDay: d.dueDay ?? HUABEI_BILL_DEFAULTS.dueDay,
      billInstalments: d.billInstalments ?? HUABEI_BILL_DEFAULTS.billInstalments,
    };
  }
  return {
    ...common,
    ...(d.penaltyMultiplier === undefined ? {} : { penaltyMultiplier: d.penaltyMultiplier }),
    ...(d.drawFeeRate === undefined ? {} : { drawFeeRate: d.drawFeeRate }),
    ...(d.drawFeeMin === undefined ? {} : { drawFeeMin: d.drawFeeMin }),
    ...(d.interestDay === undefined ? {} : { interestDay: d.interestDay }),
    kind,
  };
}
