import type { SourcedValue } from '../citations';
import type { LeverAssumptions } from '../model';

/**
 * The advisor's own numbers, each with its grade and source (docs/advice.md, docs/domain.md).
 * W well sourced, M several weaker sources agree, U an assumption the user may replace.
 */

const W = (citation: SourcedValue['citation'], value: number): SourcedValue => ({
  value,
  grade: 'W',
  citation,
});
const M = (citation: SourcedValue['citation'], value: number): SourcedValue => ({
  value,
  grade: 'M',
  citation,
});
const U = (value: number): SourcedValue => ({ value, grade: 'U', citation: 'domain_assumption' });

/**
 * What cash the owner keeps in the business gives up: the 1-year fixed deposit rate of the
 * large banks, 0.95 % since May 2025 (W). The opportunity cost of a reserve or an injection.
 */
export const OWNER_CASH_RATE = W('deposit_rates_2025', 0.0095);

/** A business demand deposit earns 0.05 % a year (W, same cut). */
export const DEMAND_DEPOSIT_RATE = W('deposit_rates_2025', 0.0005);

/** Yu'ebao's 7-day annualised yield, about 1.0 % at the end of 2025 (M, fund data). */
export const YUEBAO_YIELD = M('mmf_yields_2025', 0.01);

/** Moving money from Yu'ebao to a bank demand account gives up the difference, 0.95 % a year. */
export const YUEBAO_YIELD_FORGONE: SourcedValue = {
  ...YUEBAO_YIELD,
  value: YUEBAO_YIELD.value - DEMAND_DEPOSIT_RATE.value,
};

/**
 * Days a blocked repayment may be late before FundGap counts it as an overdue 逾期 on the
 * credit report. Lenders publish no grace period; 3 days is a cautious assumption (U). That
 * overdue repayments are reported, and stay five years from settlement, is law (W).
 */
export const CREDIT_MARK_AFTER_DAYS = U(3);

/** Months after a fresh overdue during which banks and online lenders are likely to decline (U). */
export const CREDIT_DECLINE_MONTHS = U(24);

/** Operating levers: every default is an assumption the user confirms or edits (U). */
export const LEVER_DEFAULTS: LeverAssumptions = {
  ownerDrawCut: 0.5,
  ownerDrawMonths: 2,
  purchaseDeferralDays: 30,
  supplierTermsDays: 30,
  rentDeferralDays: 60,
  rentDeferralMonths: 1,
  depositShare: 0.3,
  depositDays: 30,
  reserveFromDrawShare: 0.3,
};

/** Days to agree new terms with suppliers or the landlord before they take effect (U). */
export const NEGOTIATION_DAYS = U(7);

/** Days for the owner to move savings into the business account: a same-day transfer (U). */
export const INJECTION_DAYS = U(0);

/** The lever assumptions of a plan: its own where stated, the defaults elsewhere. */
export function leverAssumptions(stated: Partial<LeverAssumptions> = {}): LeverAssumptions {
  return { ...LEVER_DEFAULTS, ...stated };
}
