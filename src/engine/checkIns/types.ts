import type { Sourced } from '../citations';
import type { Fen, IsoDate } from '../model';

/**
 * A check-in: what the advisor observed on one date (cash balances, each funding line's limit
 * and rate, a failed repayment or a notice from the lender, a note), in engine units — fen and
 * annual rates as fractions. The stored form (yuan, percent) is `src/io/checkInSchema.ts`.
 */
export type ObservedCash = { accountId: string; name: string; balance: Fen };

export type ObservedLine = {
  sourceId: string;
  name: string;
  /** The credit limit 授信额度 as observed. */
  limit: Fen;
  /** Simple annual rate 年化利率 as observed (0.1095 = 10.95 %); null when not read. */
  annualRate: number | null;
  /** A repayment on this line failed or was refused since the last check-in. */
  failedRepayment: boolean;
  /** The lender sent a notice (limit review, risk control, closure) since the last check-in. */
  notice: boolean;
};

export type CheckIn = {
  id: string;
  date: IsoDate;
  cash: ObservedCash[];
  lines: ObservedLine[];
  note: string;
};

/** What the plan says today, the measure every check-in is compared with. */
export type PlanReference = {
  cash: { accountId: string; name: string; balance: Fen }[];
  lines: { sourceId: string; name: string; limit: Fen; annualRate: number }[];
  /** Average daily operating outflow of the plan's baseline run, fen (the buffer's denominator). */
  dailyOutflow: number;
};

/**
 * Early warnings that an observation alone can fire. `limit_drop` and `buffer_days` are the
 * contingency plan's triggers with its thresholds; the others are its signals (`signalsOf`).
 */
export type ObservedWarningId =
  'limit_drop' | 'buffer_days' | 'repayment_failed' | 'rate_rise' | 'risk_notice';

export type ObservedWarning = {
  id: ObservedWarningId;
  /** The line it is about (limit, rate, repayment, notice). */
  sourceId?: string;
  sourceName?: string;
  /** The measure: % cut, days of buffer, percentage points of rate rise; absent for events. */
  measured?: number;
  threshold?: number;
  unit?: 'percent' | 'days' | 'points';
  /** Where the threshold comes from (the contingency plan's own thresholds). */
  basis?: Sourced;
};

/** A change against a reference: the amount (fen, or rate points) and its percentage. */
export type Change = { from: number; to: number; delta: number; percent: number | null };

export type LineComparison = {
  sourceId: string;
  name: string;
  limit: Fen;
  annualRate: number | null;
  /** Against the plan's line (null when the plan has no line with this id any more). */
  vsPlan: { limit: Change; rate: Change | null } | null;
  /** Against the same line in the previous check-in (null for the first). */
  vsPrevious: { limit: Change; rate: Change | null } | null;
  failedRepayment: boolean;
  notice: boolean;
};

export type CheckInComparison = {
  id: string;
  date: IsoDate;
  totalCash: Fen;
  /** Sum of the observed limits: the credit available if every line could be drawn. */
  totalCredit: Fen;
  /** Observed cash ÷ the plan's average daily outflow, days (1 decimal); null with no outflows. */
  bufferDays: number | null;
  cashVsPlan: Change;
  cashVsPrevious: Change | null;
  creditVsPlan: Change;
  creditVsPrevious: Change | null;
  lines: LineComparison[];
  warnings: ObservedWarning[];
};

/** One point of the trend chart per check-in, oldest first. */
export type TrendPoint = {
  date: IsoDate;
  bufferDays: number | null;
  totalCredit: Fen;
  totalCash: Fen;
};
