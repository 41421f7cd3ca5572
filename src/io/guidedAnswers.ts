import { MAX_YUAN } from '../engine/money';
import { readAmountText } from './amountText';
import { hasAtMostDecimals } from './decimals';
import { LIMITS } from './limits';

/**
 * The guided start's answers (src/ui/start/): what an owner is asked, the answers it starts
 * from, the problems an answer can have, and how one answer is read. Amounts are kept as typed
 * ("3万", "30,000") and read here, so the one reading of an owner's amount is `readAmountText`.
 * guidedPlan.ts turns the answers into a plan file.
 */

export type SalesLanding = 'alipay' | 'wechat' | 'bank';
/** The season calendars the guided start offers (engine/seasonCalendar.ts has the dates). */
export type SeasonChoice = 'none' | 'restaurant' | 'online_shop';
export type LoanRepayment = 'equal_instalment' | 'equal_principal' | 'interest_only';

export type GuidedAnswers = {
  cash: { bank: string; alipay: string; yuebao: string };
  sales: { amount: string; per: 'day' | 'month'; landsIn: SalesLanding; season: SeasonChoice };
  fixed: { rent: string; rentDay: string; wages: string; wagesDay: string };
  purchases: { amount: string; day: string; huabeiPercent: number };
  huabei: { limit: string; drawn: string };
  jiebei: { limit: string; dailyRatePercent: string; drawn: string };
  bankLoan: {
    amount: string;
    annualRatePercent: string;
    termMonths: string;
    repayment: LoanRepayment;
    paidInstalments: string;
    dueDay: string;
  };
};

/**
 * The starting answers. Every default is on screen and editable, and none is credit or cash:
 * amounts start empty (= none); only days, a loan's usual terms and where sales land are filled.
 * - rent on the 1st (most leases fall due at the start of the month), wages on the 15th;
 * - sales per day, landing in Alipay: the cautious reading for an Alipay outage (the money is
 *   locked with the platform), as the engine's `bank_first` payment order is;
 * - Huabei pays none of the purchases until the owner says so (0 %);
 * - a bank loan: 12 months 等额本息, nothing repaid yet, due on the 20th (banks settle on the 20th).
 */
export const DEFAULT_ANSWERS: GuidedAnswers = {
  cash: { bank: '', alipay: '', yuebao: '' },
  sales: { amount: '', per: 'day', landsIn: 'alipay', season: 'none' },
  fixed: { rent: '', rentDay: '1', wages: '', wagesDay: '15' },
  purchases: { amount: '', day: '1', huabeiPercent: 0 },
  huabei: { limit: '', drawn: '' },
  jiebei: { limit: '', dailyRatePercent: '', drawn: '' },
  bankLoan: {
    amount: '',
    annualRatePercent: '',
    termMonths: '12',
    repayment: 'equal_instalment',
    paidInstalments: '0',
    dueDay: '20',
  },
};

/** The field a problem is about, as "group.field" (e.g. "jiebei.dailyRatePercent"). */
export type GuidedField = {
  [G in keyof GuidedAnswers]: `${G}.${Extract<keyof GuidedAnswers[G], string>}`;
}[keyof GuidedAnswers];

export type GuidedProblemCode =
  /** Not an amount (the field's hint lists what is read: 3万, 1.5万, ¥30,000, 30,000). */
  | 'not_amount'
  /** More than the plan file holds (¥10 billion): refused as the editor refuses it. */
  | 'amount_too_large'
  /** Finer than the fen: refused, never rounded behind the owner's back. */
  | 'amount_decimals'
  /** A day of the month must be a whole number 1–31. */
  | 'not_day'
  /** A rate is a number of percent, ≥ 0. */
  | 'not_rate'
  /** More decimals than a plan's rate keeps (6). */
  | 'rate_decimals'
  /** A whole number of months or instalments out of range. */
  | 'not_count'
  /** A credit line was given without what it needs (a limit needs its rate, and back). */
  | 'required'
  /** More drawn than the limit. */
  | 'over_limit';

export type GuidedProblem = { field: GuidedField; code: GuidedProblemCode };

/** Default daily sales when sales are given per month: the month spread over a year's days. */
export function dailyFromMonthly(monthly: number): number {
  return Math.round(((monthly * 12) / 365) * 100) / 100;
}

/**
 * Reads the answers; collects every problem rather than stopping at the first. Days, counts and
 * rates are read like amounts (`readAmountText`, as the plan editor's number fields are), so a
 * "５" from a Chinese input method is 5 in both.
 */
export class Reader {
  problems: GuidedProblem[] = [];

  amount(field: GuidedField, text: string): number {
    if (text.trim() === '') return 0;
    const v = readAmountText(text);
    if (v === null || v < 0) return this.refuse(field, 'not_amount');
    // The same bounds as the plan file's (io/planFields.ts `yuan`): an answer the plan could
    // not hold is refused here, beside its field, not later with the whole plan.
    if (v > MAX_YUAN) return this.refuse(field, 'amount_too_large');
    if (!hasAtMostDecimals(v, 2)) return this.refuse(field, 'amount_decimals');
    return v;
  }

  private refuse(field: GuidedField, code: GuidedProblemCode): 0 {
    this.problems.push({ field, code });
    return 0;
  }

  whole(field: GuidedField, text: string, min: number, max: number, code: GuidedProblemCode) {
    const v = readAmountText(text);
    if (v === null || !Number.isInteger(v) || v < min || v > max) {
      this.problems.push({ field, code });
      return min;
    }
    return v;
  }

  rate(field: GuidedField, text: string): number | null {
    if (text.trim() === '') return null;
    const v = readAmountText(text.trim().replace(/[%％]$/, ''));
    if (v === null || v < 0 || v > 100) {
      this.problems.push({ field, code: 'not_rate' });
      return null;
    }
    if (!hasAtMostDecimals(v, LIMITS.percentDecimals)) {
      this.problems.push({ field, code: 'rate_decimals' });
      return null;
    }
    return v;
  }

  need(field: GuidedField): void {
    this.problems.push({ field, code: 'required' });
  }
}
