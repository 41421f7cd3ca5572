import { addMonths, epochDay, isoFromEpochDay } from '../engine/calendar';
import { amortizationSchedule } from '../engine/loanMath';
import type { IsoDate } from '../engine/model';
import { HUABEI_INSTALMENT_FEES } from '../engine/terms';
import type { GuidedAnswers, Reader } from './guidedAnswers';
import type { PlanFile } from './planSchema';

/**
 * The guided start's credit answers (Huabei, Jiebei, a bank loan) as the plan file's funding
 * sources, each with its usual terms. An empty limit or amount means no such credit; one given
 * without what it needs (a limit without its rate, and back) is a problem, not a guess.
 */

const HUABEI_PLAN_MONTHS = 12;

/** The next date on `dayOfMonth` strictly after `today` (clamped to shorter months). */
export function nextDayOfMonth(today: IsoDate, dayOfMonth: number): IsoDate {
  const t = epochDay(today);
  const thisMonth = addMonths(t, 0, dayOfMonth);
  return isoFromEpochDay(thisMonth > t ? thisMonth : addMonths(t, 1, dayOfMonth));
}

export type Source = PlanFile['fundingSources'][number];

export function bankLoanSource(
  a: GuidedAnswers['bankLoan'],
  r: Reader,
  today: IsoDate,
): Source | null {
  const amount = r.amount('bankLoan.amount', a.amount);
  const rate = r.rate('bankLoan.annualRatePercent', a.annualRatePercent);
  if (amount === 0) {
    if (rate !== null) r.need('bankLoan.amount');
    return null;
  }
  if (rate === null) {
    if (a.annualRatePercent.trim() === '') r.need('bankLoan.annualRatePercent');
    return null;
  }
  const term = r.whole('bankLoan.termMonths', a.termMonths, 1, 360, 'not_count');
  const paid = r.whole('bankLoan.paidInstalments', a.paidInstalments, 0, term - 1, 'not_count');
  const dueDay = r.whole('bankLoan.dueDay', a.dueDay, 1, 31, 'not_day');
  // What is still owed after the instalments already paid, on the loan's own schedule.
  const schedule = amortizationSchedule(
    Math.round(amount * 100),
    rate / 100 / 12,
    term,
    a.repayment,
  );
  const repaidFen = schedule.slice(0, paid).reduce((sum, row) => sum + row.principal, 0);
  const owed = (Math.round(amount * 100) - repaidFen) / 100;
  return {
    kind: 'bank_loan',
    id: 'bank-loan',
    name: '',
    platformGroup: 'bank',
    // A term loan cannot be drawn again: its limit is what is owed, so it adds no headroom.
    limit: owed,
    price: { type: 'annual', ratePercent: rate },
    repayment: a.repayment,
    termMonths: term,
    leadTimeDays: 0,
    outstanding: [
      {
        principal: owed,
        nextDueDate: nextDayOfMonth(today, dueDay),
        remainingInstalments: term - paid,
      },
    ],
  };
}

export function jiebeiSource(a: GuidedAnswers['jiebei'], r: Reader, today: IsoDate): Source | null {
  const limit = r.amount('jiebei.limit', a.limit);
  const rate = r.rate('jiebei.dailyRatePercent', a.dailyRatePercent);
  const drawn = r.amount('jiebei.drawn', a.drawn);
  if (limit === 0) {
    if (rate !== null || drawn > 0) r.need('jiebei.limit');
    return null;
  }
  if (rate === null) {
    if (a.dailyRatePercent.trim() === '') r.need('jiebei.dailyRatePercent');
    return null;
  }
  if (drawn > limit) r.problems.push({ field: 'jiebei.drawn', code: 'over_limit' });
  return {
    kind: 'jiebei',
    id: 'jiebei',
    name: '',
    platformGroup: 'ant',
    limit,
    price: { type: 'daily', ratePercent: rate },
    // Jiebei's usual loan: 12 monthly instalments, repaid from a month after the draw.
    repayment: 'equal_instalment',
    termMonths: 12,
    leadTimeDays: 0,
    outstanding:
      drawn > 0
        ? [
            {
              principal: drawn,
              nextDueDate: isoFromEpochDay(addMonths(epochDay(today), 1)),
              remainingInstalments: 12,
            },
          ]
        : [],
  };
}

export function huabeiSource(
  a: GuidedAnswers['huabei'],
  sharePercent: number,
  r: Reader,
  today: IsoDate,
): Source | null {
  const limit = r.amount('huabei.limit', a.limit);
  const drawn = r.amount('huabei.drawn', a.drawn);
  if (limit === 0) {
    // Purchases paid with Huabei need a Huabei line to pay them from.
    if (sharePercent > 0 || drawn > 0) r.need('huabei.limit');
    return null;
  }
  if (drawn > limit) r.problems.push({ field: 'huabei.drawn', code: 'over_limit' });
  return {
    kind: 'huabei',
    id: 'huabei',
    name: '',
    platformGroup: 'ant',
    limit,
    // Bills paid in full (interest-free); the price is Huabei's published 12-month fee, used
    // only if the owner later converts bills to instalments in the editor.
    price: {
      type: 'instalment_fee',
      totalFeePercent: Math.round(HUABEI_INSTALMENT_FEES[HUABEI_PLAN_MONTHS]! * 1e6) / 1e4,
      months: HUABEI_PLAN_MONTHS,
    },
    repayment: 'equal_instalment',
    termMonths: 1,
    leadTimeDays: 0,
    statementDay: 1,
    dueDay: 10,
    billInstalments: 0,
    outstanding:
      drawn > 0
        ? [{ principal: drawn, nextDueDate: nextDayOfMonth(today, 10), remainingInstalments: 1 }]
        : [],
  };
}
