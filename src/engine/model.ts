/**
 * The engine's view of one business and its outage scenarios.
 *
 * Money is integer fen (分, 1/100 yuan) everywhere in the engine. The plan file on disk is
 * in yuan; `src/io/` converts at the boundary so nothing here ever sees a float amount.
 * Days are indices from the plan's start date (day 0 = startDate); calendar dates are
 * ISO `YYYY-MM-DD` strings interpreted in UTC so results never depend on the machine's zone.
 */

/**
 * Integer fen. Made by `fenFromYuan`/`roundFen` in `money.ts`; arithmetic stays in integers.
 *
 * `Fen` and `Yuan` are "flavoured" numbers: an optional phantom `__unit` tag that no value ever
 * carries. Any plain number (a literal, a sum) is accepted where fen is expected, so engine
 * arithmetic needs no casts; but a value the compiler knows is yuan is refused, and so is fen where
 * yuan is expected. That is the mistake worth catching: a plan-file amount (yuan) handed to the
 * engine unconverted is off by a factor of 100 and still "looks like money".
 */
export type Fen = number & { readonly __unit?: 'fen' };

/** Yuan (元), as in plan files, CSV and JSON output; up to 2 decimals. See `Fen`. */
export type Yuan = number & { readonly __unit?: 'yuan' };

/** ISO calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** Where money or credit sits. Diversification is measured by group, not by product name. */
export const PLATFORM_GROUPS = [
  'bank',
  'ant',
  'tencent',
  'jd',
  'meituan',
  'private',
  'other',
] as const;
export type PlatformGroup = (typeof PLATFORM_GROUPS)[number];

/**
 * Which accounts pay outflows, repayments and fees when several hold money.
 * `bank_first`: the bank, then the other platforms, Alipay (Ant) last. Money stays on Alipay as
 * long as possible, so an Ant outage locks as much as it can: the cautious reading, and the default.
 * `platforms_first`: Alipay first, then the other platforms, the bank last, for a business that pays
 * its suppliers from its Alipay balance.
 */
export const PAYMENT_ORDERS = ['bank_first', 'platforms_first'] as const;
export type PaymentOrder = (typeof PAYMENT_ORDERS)[number];

/** 公司 (a company, legal person) · 个体工商户 (a registered sole trader) · not registered. */
export const LEGAL_FORMS = ['company', 'individual_business', 'unregistered'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/**
 * What lenders ask about before they lend (docs/advice.md): each field is optional, and a
 * missing one means "not known" — the advisor then lists the prerequisite as one to confirm.
 */
export type BusinessProfile = {
  legalForm?: LegalForm;
  /** A business bank account 对公账户 in the business's own name. */
  businessAccount?: boolean;
  /** The owner's and the business's credit report 征信: clean, or with an overdue on record. */
  creditRecord?: 'clean' | 'overdue';
  /** Property or equipment a bank would take as collateral 抵押. */
  collateral?: boolean;
  /** Someone (a person or a company) willing to guarantee a loan 担保人. */
  guarantor?: boolean;
  /** Whole years the business has filed and paid taxes (tax-data loans ask for about two). */
  taxRecordYears?: number;
  /** The owner is in a group the start-up guarantee loan scheme serves (创业担保贷款对象). */
  startupLoanEligible?: boolean;
};

export type Business = {
  name: string;
  currency: 'CNY';
  startDate: IsoDate;
  /** 30–730 days. */
  horizonDays: number;
  /** Cash below this counts as a shortfall; 0 means only negative cash does. */
  minCashBuffer: Fen;
  /** Which accounts pay first; absent = `bank_first`. */
  paymentOrder?: PaymentOrder;
  /** What lenders ask about; absent = nothing known (the advisor asks to confirm). */
  profile?: BusinessProfile;
};

export const CASH_ACCOUNT_KINDS = ['bank', 'cash', 'alipay', 'yuebao', 'wechat', 'other'] as const;
export type CashAccountKind = (typeof CASH_ACCOUNT_KINDS)[number];

export type CashAccount = {
  id: string;
  name: string;
  kind: CashAccountKind;
  /** Money held on a platform is locked while that platform is down. */
  platformGroup: PlatformGroup;
  balance: Fen;
};

export type Frequency =
  | { type: 'daily' }
  /** 0 = Sunday … 6 = Saturday. */
  | { type: 'weekly'; weekday: number }
  /** Day 29–31 falls on the month's last day in shorter months. */
  | { type: 'monthly'; dayOfMonth: number }
  /** Every third month from the start date's month, on `dayOfMonth`. */
  | { type: 'quarterly'; dayOfMonth: number }
  | { type: 'once'; date: IsoDate };

/**
 * What an outflow pays for, where an operating lever can act on it: the owner's draw 店主支取,
 * suppliers 供应商货款 (terms 账期 can be negotiated), rent 租金, purchases that can wait
 * (stock ahead of a season, moulds, a trade-fair booth). Unmarked outflows are left alone.
 */
export const FLOW_CATEGORIES = ['owner_draw', 'supplier', 'rent', 'discretionary'] as const;
export type FlowCategory = (typeof FLOW_CATEGORIES)[number];

export type CashFlow = {
  id: string;
  name: string;
  direction: 'inflow' | 'outflow';
  amount: Fen;
  frequency: Frequency;
  /** First date the flow can occur (inclusive); defaults to the plan start. */
  startDate?: IsoDate;
  /** Last date the flow can occur (inclusive); open-ended when absent. */
  endDate?: IsoDate;
  /** Outflows only: the share (0–1) a Huabei line can pay on credit. */
  huabeiShare?: number;
  /**
   * Inflows: the platform the money lands on (e.g. Taobao sales settle into Alipay). Default bank.
   * Outflows: the platform whose accounts pay it first (suppliers paid from Alipay → `ant`), then
   * the plan's payment order. Default: the plan's payment order alone.
   */
  platformGroup?: PlatformGroup;
  /** Outflows only: what it pays for, so the advisor's operating levers know what they may change. */
  category?: FlowCategory;
  /**
   * Inflows only: invoices paid by business customers 企业客户货款 (receivables a factor or a
   * bank can finance); platform payouts and takings from consumers are not.
   */
  fromBusinessCustomers?: boolean;
  /** How the amount moves with the seasons (`seasonality.ts`); absent = the same all year. */
  seasonality?: Seasonality;
};

/** Dated calendars Chinese small businesses live by; the dates are in `seasonCalendar.ts`. */
export const SEASON_EVENTS = ['spring_festival', 'shopping_618', 'double_11', 'double_12'] as const;
export type SeasonEvent = (typeof SEASON_EVENTS)[number];

/**
 * A flow's seasonal profile. Each factor multiplies the amount on the days it covers
 * (1 = as entered, 0 = nothing, 2 = twice); monthly and event factors multiply together.
 */
export type Seasonality = {
  /** 12 factors, January first. */
  monthly?: number[];
  /** On the days of each event (e.g. closed over Spring Festival: factor 0). */
  events?: { event: SeasonEvent; factor: number }[];
};

export const SOURCE_KINDS = [
  'huabei',
  'jiebei',
  'mybank',
  'webank',
  'bank_loan',
  'bank_credit_line',
  'guaranteed_loan',
  'factoring',
  'bill_discount',
  'credit_card',
  'family',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How a price was quoted; every form converts to an annual rate (see `rates.ts`). */
export type Price =
  /** Simple annual rate as a fraction, 0.0365 = 3.65 %. */
  | { type: 'annual'; rate: number }
  /** Daily rate as a fraction, 0.0004 = 0.04 %/day. */
  | { type: 'daily'; rate: number }
  /** A total fee over `months` equal instalments, 0.088 over 12 = Huabei's 12-month plan. */
  | { type: 'instalment_fee'; totalFee: number; months: number };

export const REPAYMENT_METHODS = [
  'equal_instalment',
  'equal_principal',
  'interest_only',
  'revolving',
] as const;
/**
 * equal_instalment 等额本息 · equal_principal 等额本金 · interest_only 先息后本 ·
 * revolving: interest accrues daily, paid monthly; principal repaid from surplus cash.
 */
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

/** A balance already drawn before the plan starts, repaid on the source's terms. */
export type OutstandingBalance = {
  principal: Fen;
  /** Next instalment (or, for Huabei, the bill's due date). */
  nextDueDate: IsoDate;
  /** Instalments left including the next one; ignored for revolving balances. */
  remainingInstalments: number;
  /**
   * Huabei only: the term of the instalment plan (分期期数, 3/6/9/12) this balance belongs to, which
   * sets its fee; see `huabeiPlanTerm` for the default.
   */
  planMonths?: 3 | 6 | 9 | 12;
};

type SourceCommon = {
  id: string;
  name: string;
  platformGroup: PlatformGroup;
  /** Credit limit 授信额度. */
  limit: Fen;
  price: Price;
  repayment: RepaymentMethod;
  /** Term of each new draw in months. */
  termMonths: number;
  /** 0 = arranged today; N = usable from day N (application, approval, paperwork). */
  leadTimeDays: number;
  /** Lower draws first; sources without a priority follow, cheapest annual rate first. */
  drawPriority?: number;
  /** Fee charged on each draw as a fraction of the amount (credit-card cash advance 1 %). */
  drawFeeRate?: number;
  /** Minimum fee per draw (credit card: ¥10). */
  drawFeeMin?: Fen;
  /** Day of month revolving interest is settled (bank lines settle monthly). Default 20. */
  interestDay?: number;
  /** Penalty interest on blocked or overdue repayments, as a multiple of the contract rate. */
  penaltyMultiplier?: number;
  outstanding: OutstandingBalance[];
};

export type HuabeiSource = SourceCommon & {
  kind: 'huabei';
  /**
   * Huabei draws no cash (no draw fee), settles no revolving interest, and charges its published
   * overdue rate (0.05 %/day) rather than a multiple of a contract rate: these never apply.
   */
  drawFeeRate?: undefined;
  drawFeeMin?: undefined;
  interestDay?: undefined;
  penaltyMultiplier?: undefined;
  /** Day the month's spending is billed (default 1). */
  statementDay: number;
  /** Day the bill is repaid in cash (default 10). */
  dueDay: number;
  /**
   * 0 = pay each bill in full interest-free; 3/6/9/12 = convert bills to instalments at the fee
   * of that term (`price` must then be an instalment fee over exactly this many months).
   */
  billInstalments: number;
};

export type CreditSource = SourceCommon & {
  kind: Exclude<SourceKind, 'huabei'>;
};

export type FundingSource = HuabeiSource | CreditSource;

/**
 * The stated assumption of each operating lever (docs/advice.md); fractions for shares.
 * Every field is optional: a missing one takes the advisor's default (`LEVER_DEFAULTS`).
 */
export type LeverAssumptions = {
  /** The owner takes this share less (0–1) for `ownerDrawMonths` from the shock. */
  ownerDrawCut: number;
  ownerDrawMonths: number;
  /** Purchases marked discretionary that fall in the outage are paid this many days later. */
  purchaseDeferralDays: number;
  /** Suppliers agree to be paid this many days later from the shock on. */
  supplierTermsDays: number;
  /** The landlord lets the rent of the next `rentDeferralMonths` be paid this many days later. */
  rentDeferralDays: number;
  rentDeferralMonths: number;
  /** Business customers pay this share (0–1) of each order as a deposit 预收款, `depositDays` early. */
  depositShare: number;
  depositDays: number;
  /** To build a reserve, this share (0–1) of each owner's draw is kept in the business. */
  reserveFromDrawShare: number;
};

export type Plan = {
  business: Business;
  cashAccounts: CashAccount[];
  cashFlows: CashFlow[];
  fundingSources: FundingSource[];
  /** The operating levers' assumptions as the user edited them (absent: the defaults). */
  leverAssumptions?: Partial<LeverAssumptions>;
};

/** What a shock hits: named sources, every source of some kinds, or a whole platform group. */
export type ShockTarget =
  | { type: 'sources'; sourceIds: string[] }
  | { type: 'kinds'; kinds: SourceKind[] }
  | { type: 'group'; group: PlatformGroup };

/** `durationDays: null` means the shock lasts to the end of the horizon. */
type Window = { startDay: number; durationDays: number | null };

export type Shock =
  /** No draws, no Huabei payments, and cash held on the platform is locked. */
  | ({ type: 'outage'; target: ShockTarget } & Window)
  /** Limits fall by `cutPercent` (0–100); drawn balances stay due. */
  | ({ type: 'limit_cut'; target: ShockTarget; cutPercent: number } & Window)
  /** Headroom is zero. */
  | ({ type: 'freeze'; target: ShockTarget } & Window)
  /** Repayments cannot be made: they stay due, accrue penalty interest, and are paid when the block ends. */
  | ({ type: 'repayment_blocked'; target: ShockTarget } & Window)
  /** The lender calls in the whole balance within `dueWithinDays`; the line is closed from the start day. */
  | { type: 'recall'; target: ShockTarget; startDay: number; dueWithinDays: number }
  /** Inflows fall by `dropPercent` (0–100). */
  | ({ type: 'revenue_drop'; dropPercent: number } & Window)
  /** Customers pay `delayDays` later. */
  | ({ type: 'payment_delay'; delayDays: number } & Window);

export type ShockType = Shock['type'];

export type Scenario = {
  id: string;
  name: string;
  /** Plain-words assumptions, shown next to the result. */
  description?: string;
  shocks: Shock[];
};
