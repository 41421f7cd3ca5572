import type { Fen, Frequency, IsoDate, PlatformGroup, Seasonality } from '../model';

/**
 * One money movement read from a statement (Alipay, WeChat Pay, a bank), as plain data:
 * `src/io/statements/` reads the file, this folder turns the movements into a plan.
 */

/** How an outflow was paid, or where an inflow was received, as the statement names it. */
export const PAYMENT_CHANNELS = [
  'huabei',
  'huabei_instalment',
  'alipay_balance',
  'yuebao',
  'wechat_balance',
  'bank_card',
  'credit_card',
  'other',
  'unknown',
] as const;
export type PaymentChannel = (typeof PAYMENT_CHANNELS)[number];

export type StatementTransaction = {
  /** 1-based line (CSV) or row (xlsx) in the file, so every proposed flow can show its sources. */
  line: number;
  date: IsoDate;
  direction: 'inflow' | 'outflow';
  /** > 0. */
  amount: Fen;
  counterparty: string;
  /** 商品说明 / 商品 / 摘要: what the money was for. */
  description: string;
  /** 交易分类 / 交易类型 as the platform categorised it ('' when the file has none). */
  category: string;
  /** The payment-method cell as written (收/付款方式, 支付方式), '' when there is none. */
  method: string;
  channel: PaymentChannel;
  /** Inflows: the platform group the money lands on (Alipay balance → ant, a bank card → bank). */
  lands: PlatformGroup;
};

/** The days a statement covers, both ends included. */
export type StatementPeriod = { from: IsoDate; to: IsoDate };

/** What a proposed flow stands for; the name is made from it in the reader's language. */
export const FLOW_ROLES = [
  'sales',
  'rent',
  'payroll',
  'supplier',
  'regular_payment',
  'regular_income',
  'other_spending',
] as const;
export type FlowRole = (typeof FLOW_ROLES)[number];

export type ConfidenceLevel = 'high' | 'medium' | 'low';

/** A cash flow the statement suggests, with the transactions it came from. */
export type ProposedFlow = {
  /** Stable within one proposal (`sales-ant-6`, `rent-2`). */
  key: string;
  role: FlowRole;
  /** The counterparty the flow was grouped by; '' for sales and other spending (many payees). */
  counterparty: string;
  direction: 'inflow' | 'outflow';
  /** Per occurrence, in fen. */
  amount: Fen;
  frequency: Frequency;
  /** Inflows: where the money lands. */
  platformGroup?: PlatformGroup;
  /** Outflows: the share (0–1) paid with Huabei in the history. */
  huabeiShare?: number;
  seasonality?: Seasonality;
  /** Lines of the transactions the flow was derived from. */
  sources: number[];
  /** 0–1, from the rules in docs/import.md. */
  confidence: number;
  level: ConfidenceLevel;
};

export type StatementSummary = {
  period: StatementPeriod;
  days: number;
  totalInflow: Fen;
  totalOutflow: Fen;
  /** Share (0–1) of outflows paid with Huabei or Huabei instalments. */
  huabeiShareOfOutflows: number;
  /** Share (0–1) of that paid in Huabei instalments (花呗分期). */
  huabeiInstalmentShare: number;
  /** Inflows by the platform group they land on, in fen. */
  inflowByGroup: Partial<Record<PlatformGroup, Fen>>;
  /** Sales per weekday (0 = Sunday) ÷ the average day, when there are sales. */
  weekdayFactors: number[] | null;
  /** Sales per calendar month seen ÷ the average day (index 0 = January); null where not seen. */
  monthFactors: (number | null)[] | null;
};

export type StatementProposal = { flows: ProposedFlow[]; summary: StatementSummary };
