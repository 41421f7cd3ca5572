import type { Fen, RepaymentMethod } from './model';
import { roundFen } from './money';

/**
 * Textbook repayment schedules on a monthly rate, rounded to the fen at each posting.
 * The simulation uses these for equal instalments; interest-only, equal-principal and
 * revolving balances accrue interest on actual days instead (see `credit/instalment.ts`;
 * revolving ones, `daily/repay.ts`).
 */

export type Instalment = { principal: Fen; interest: Fen };

/**
 * 等额本息 payment before rounding: P·r(1+r)^n / ((1+r)^n − 1), written as P·r / (1 − (1+r)^−n);
 * P/n when r = 0. The textbook form overflows: at 21 % a day over 360 months (1+r)^n is
 * Infinity and the payment Infinity/Infinity = NaN. This form tends to P·r (interest only)
 * as (1+r)^n grows, which is the true limit, and `expm1`/`log1p` keep it exact for tiny rates.
 * @example equalInstalmentPayment(1_000_000, 0.012, 12) // 89975.43…
 */
export function equalInstalmentPayment(
  principal: number,
  monthlyRate: number,
  months: number,
): number {
  if (!(monthlyRate > 0)) return principal / months;
  const paidOff = -Math.expm1(-months * Math.log1p(monthlyRate));
  return (principal * monthlyRate) / paidOff;
}

/**
 * The full schedule of a loan of `principal` fen. The rounded payment is fixed; interest is
 * rounded each month; the last instalment clears what is left, so principal sums exactly.
 * @example amortizationSchedule(1_000_000, 0.012, 12, 'equal_instalment')[0] // { principal: 77975, interest: 12000 }
 */
export function amortizationSchedule(
  principal: Fen,
  monthlyRate: number,
  months: number,
  method: Exclude<RepaymentMethod, 'revolving'>,
): Instalment[] {
  const rows: Instalment[] = [];
  let balance = principal;
  const payment = roundFen(equalInstalmentPayment(principal, monthlyRate, months));
  const principalPart = roundFen(principal / months);
  for (let k = 1; k <= months; k++) {
    const interest = roundFen(balance * monthlyRate);
    let paid: Fen;
    if (k === months) paid = balance;
    else if (method === 'equal_instalment') paid = Math.min(balance, payment - interest);
    else if (method === 'equal_principal') paid = Math.min(balance, principalPart);
    else paid = 0;
    rows.push({ principal: paid, interest });
    balance -= paid;
  }
  return rows;
}

export function totalRepaid(rows: Instalment[]): Fen {
  return rows.reduce((sum, r) => sum + r.principal + r.interest, 0);
}
