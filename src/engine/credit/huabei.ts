import { dayInRunningMonth } from '../calendar';
import type { FundingSource, OutstandingBalance } from '../model';
import { HUABEI_INSTALMENT_FEES, HUABEI_TERMS, type HuabeiTerm } from '../terms';
import type { SourceState } from './state';
import { addTranche } from './tranches';

/**
 * Total fee (fraction) of a Huabei instalment plan over `months`: the source's own quote when its
 * price is an instalment fee over exactly that term (a discount the owner was offered), else
 * Huabei's published fee for the term.
 */
export function huabeiTermFee(source: FundingSource, months: HuabeiTerm): number {
  const p = source.price;
  if (p.type === 'instalment_fee' && p.months === months) return p.totalFee;
  return HUABEI_INSTALMENT_FEES[months];
}

/**
 * The term of an existing Huabei balance: its `planMonths`; without one, a single instalment left
 * is a bill repaid in full (null: interest-free) and more are a plan on the shortest Huabei term
 * that still has that many instalments (3, 6, 9 or 12).
 */
export function huabeiPlanTerm(o: OutstandingBalance): HuabeiTerm | null {
  if (o.planMonths !== undefined) return o.planMonths;
  if (o.remainingInstalments <= 1) return null;
  return HUABEI_TERMS.find((n) => n >= o.remainingInstalments) ?? 12;
}

/**
 * An existing Huabei balance joins the schedule: principal in equal parts over the instalments
 * left, each with the plan's fee. The plan's fee per instalment is original × f ÷ term, and the
 * original principal is principal × term ÷ remaining, so each instalment's fee is
 * principal × f ÷ remaining (¥12,000 with 12 left at 8.8 %: 12,000 × 0.088 ÷ 12 = ¥88).
 */
export function addHuabeiBalance(
  s: SourceState,
  o: OutstandingBalance,
  dueEpoch: number,
  anchorDayOfMonth: number,
  startEpoch: number,
): void {
  const term = huabeiPlanTerm(o);
  const fee = term === null ? 0 : huabeiTermFee(s.source, term);
  const n = o.remainingInstalments;
  addTranche(s, o.principal, n, dueEpoch, anchorDayOfMonth, startEpoch, 0, 'flat_fee', fee);
}

/**
 * A Huabei bill created on statement day `epoch` (in running month `month`): due on the next
 * `dueDay`, maybe in instalments.
 */
export function billHuabei(
  s: SourceState,
  epoch: number,
  month: number,
  startEpoch: number,
  day: number,
): void {
  if (!s.isHuabei || s.unbilled <= 0) return;
  let dueMonth = month;
  let due = dayInRunningMonth(month, s.dueDay);
  if (due <= epoch) due = dayInRunningMonth(++dueMonth, s.dueDay);
  const amount = s.unbilled;
  s.unbilled = 0;
  const n = s.billInstalments;
  // Paid in full: one interest-free instalment. In instalments: the fee of that term (the schema
  // refuses a price whose months differ from billInstalments, so the price is that term's fee).
  const months = n > 0 ? n : 1;
  addTranche(s, amount, months, due, s.dueDay, startEpoch, day, 'flat_fee', s.billFee, dueMonth);
}
