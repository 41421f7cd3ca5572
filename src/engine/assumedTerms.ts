import { huabeiPlanTerm } from './credit/huabei';
import { HUABEI_INSTALMENT_FEES_BASIS, HUABEI_OVERDUE_DAILY_RATE } from './defaults';
import { type CitationId, type Grade } from './citations';
import type { PaymentOrder, Plan, PlatformGroup } from './model';
import { DEFAULT_INTEREST_DAY, HUABEI_INSTALMENT_FEES, JIEBEI_PENALTY_MULTIPLIER } from './terms';

/**
 * The terms a projection of this plan runs on that the plan does not state, or states as a
 * choice the reader must see: who pays first, and each default the engine fills in. The report's
 * assumptions page and `simulate` (CLI) list them, each with its grade and source.
 */

export type AssumedTerm = {
  term:
    | 'paymentOrder'
    | 'outflowPayer'
    | 'penaltyMultiplier'
    | 'huabeiOverdueRate'
    | 'interestDay'
    | 'huabeiPlanMonths'
    | 'huabeiInstalmentFee';
  /** Plan-file path of the field it stands for. */
  path: string;
  /** Payment order or platform group, a multiplier, a day, a term in months, a fraction. */
  value: PaymentOrder | PlatformGroup | number | null;
  /** True when the plan states it (a choice shown), false when the engine assumes it. */
  stated: boolean;
  grade: Grade;
  citation: CitationId;
};

const assumption = (citation: CitationId = 'domain_assumption') =>
  ({ grade: 'U', citation }) as const;

/**
 * Every term of `plan` the engine assumes or the reader must see, in file order.
 * @example assumedTerms(plan)[0] // { term: 'paymentOrder', value: 'bank_first', stated: false, … }
 */
export function assumedTerms(plan: Plan): AssumedTerm[] {
  const out: AssumedTerm[] = [
    {
      term: 'paymentOrder',
      path: 'business.paymentOrder',
      value: plan.business.paymentOrder ?? 'bank_first',
      stated: plan.business.paymentOrder !== undefined,
      // Bank first is FundGap's cautious choice: money left on Alipay is what an outage locks.
      ...assumption(),
    },
  ];
  plan.cashFlows.forEach((f, i) => {
    if (f.direction !== 'outflow' || f.platformGroup === undefined) return;
    const path = `cashFlows[${i}].platformGroup`;
    out.push({ term: 'outflowPayer', path, value: f.platformGroup, stated: true, ...assumption() });
  });
  plan.fundingSources.forEach((s, i) => {
    const at = `fundingSources[${i}]`;
    if (s.kind === 'huabei') {
      const { value, grade, citation } = HUABEI_OVERDUE_DAILY_RATE;
      out.push({ term: 'huabeiOverdueRate', path: at, value, stated: false, grade, citation });
      s.outstanding.forEach((o, j) => {
        const months = huabeiPlanTerm(o);
        const path = `${at}.outstanding[${j}].planMonths`;
        if (o.planMonths === undefined && months !== null)
          out.push({
            term: 'huabeiPlanMonths',
            path,
            value: months,
            stated: false,
            ...assumption(),
          });
        const quoted = s.price.type === 'instalment_fee' && s.price.months === months;
        if (months !== null && !quoted) {
          out.push({
            term: 'huabeiInstalmentFee',
            path,
            value: HUABEI_INSTALMENT_FEES[months],
            stated: false,
            ...HUABEI_INSTALMENT_FEES_BASIS,
          });
        }
      });
      return;
    }
    if (s.penaltyMultiplier === undefined) {
      const path = `${at}.penaltyMultiplier`;
      const value = JIEBEI_PENALTY_MULTIPLIER;
      out.push({ term: 'penaltyMultiplier', path, value, stated: false, ...assumption() });
    }
    if (s.repayment === 'revolving' && s.interestDay === undefined) {
      const path = `${at}.interestDay`;
      const value = DEFAULT_INTEREST_DAY;
      out.push({ term: 'interestDay', path, value, stated: false, ...assumption() });
    }
  });
  return out;
}
