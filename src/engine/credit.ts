import { dayInRunningMonth, runningMonth } from './calendar';
import {
  DEFAULT_INTEREST_DAY,
  HUABEI_INSTALMENT_FEES,
  HUABEI_OVERDUE_RATE_PER_DAY,
  HUABEI_TERMS,
  JIEBEI_PENALTY_MULTIPLIER,
  type HuabeiTerm,
} from './terms';
import type { Fen, FundingSource, OutstandingBalance, Price, RepaymentMethod } from './model';
import { roundFen } from './money';
import { annualRate } from './rates';
import { equalInstalmentPayment } from './loanMath';

/**
 * Running state of one funding source during a simulation, and the rules by which its
 * balances fall due. Pure data plus small functions; the daily steps live in `daily/`.
 */

/** How one drawn amount is repaid. `flat_fee` = fixed principal part plus a flat fee (instalment-fee prices, Huabei bills). */
export type TrancheMethod = Exclude<RepaymentMethod, 'revolving'> | 'flat_fee';

export type Tranche = {
  balance: Fen;
  method: TrancheMethod;
  /** Fixed instalment (annuity) in fen. */
  payment: Fen;
  /** Fixed principal part (equal principal, flat fee) in fen. */
  principalPart: Fen;
  /** Flat fee per instalment in fen. */
  feePart: Fen;
  remaining: number;
  /** Month the schedule is anchored in (year × 12 + month − 1), and its day of month. */
  anchorMonth: number;
  anchorDom: number;
  /** Instalments already fallen due (the next is anchor + k months). */
  k: number;
  /** Epoch day of the plan's day 0, to turn schedule dates into day indices. */
  startEpoch: number;
  nextDue: number;
  lastInterestDay: number;
  /** Index of its source in the plan. */
  owner: number;
  /** The next tranche in the same list (a day of the `DueCalendar`, or a source's `dueToday`), or null. */
  sameDay: Tranche | null;
};

/**
 * The tranches falling due on each day of a run, all sources together: the first due that day,
 * the rest linked through `Tranche.sameDay`. Days before 0 are due on day 0; instalments due after
 * the horizon are never taken. A run allocates one and its sources share it.
 */
export type DueCalendar = (Tranche | null)[];

export function dueCalendar(days: number): DueCalendar {
  return new Array<Tranche | null>(days).fill(null);
}

/**
 * The tranche objects of a run, shared by its sources: `used` of `items` are in play, the rest
 * wait to be reused. A run that is reset (the Monte Carlo, path after path) hands every one back
 * at once; a path took ~30, most of its garbage before they were reused.
 */
export type TranchePool = { items: Tranche[]; used: number };

export const tranchePool = (): TranchePool => ({ items: [], used: 0 });

export type SourceState = {
  source: FundingSource;
  index: number;
  isHuabei: boolean;
  isRevolving: boolean;
  /**
   * The source's terms the daily loop reads, copied out of `source`: one object shape for every
   * kind of source, where the sources themselves come in many (a read of `source.limit` inside
   * the loop cost a sixth of a run in profiles).
   */
  limit: Fen;
  leadTimeDays: number;
  drawFeeRate: number;
  drawFeeMin: Fen;
  /** Day of month revolving interest settles. */
  interestDay: number;
  /** Huabei: day of month the bill is made; 0 for other sources. */
  statementDay: number;
  annualRate: number;
  monthlyRate: number;
  dailyRate: number;
  penaltyDailyRate: number;
  /** How a draw (or, for Huabei, a balance or bill) is repaid, and over how many months. */
  trancheMethod: TrancheMethod;
  termMonths: number;
  /** Total fee (fraction) of an instalment-fee price; 0 for other prices. */
  totalFee: number;
  /** Huabei: day of month a bill falls due, the instalments it is split into and their fee. */
  dueDay: number;
  billInstalments: number;
  billFee: number;
  tranches: Tranche[];
  /** The run's due calendar, shared by its sources. */
  dueOn: DueCalendar;
  /** The run's tranche objects, shared by its sources. */
  pool: TranchePool;
  /** This source's tranches falling due today, linked through `sameDay` (see `sortDueToday`). */
  dueToday: Tranche | null;
  /** Σ tranche balances, kept in step so headroom is O(1) however many draws there were. */
  trancheBalance: Fen;
  revolvingBalance: Fen;
  /** Revolving interest accrued but not yet settled, in fractional fen. */
  revolvingAccrued: number;
  /** Huabei spending not yet on a statement. */
  unbilled: Fen;
  overduePrincipal: Fen;
  /** Contract interest that fell due but could not be paid. */
  overdueCharges: Fen;
  /**
   * Penalty interest accrued on overdue principal and interest (not on earlier penalties),
   * fractional fen until paid.
   */
  overduePenalty: number;
};

/** A source's state at the start of a run, before its outstanding balances are seeded. */
export function initialState(
  source: FundingSource,
  index: number,
  dueOn: DueCalendar,
  pool: TranchePool = tranchePool(),
): SourceState {
  const rate = annualRate(source.price);
  const daily = dailyRateOf(source.price, rate);
  const huabei = source.kind === 'huabei';
  const price = source.price;
  const billInstalments = huabei ? source.billInstalments : 0;
  return {
    source,
    index,
    isHuabei: huabei,
    isRevolving: source.repayment === 'revolving' && !huabei,
    limit: source.limit,
    leadTimeDays: source.leadTimeDays,
    drawFeeRate: source.drawFeeRate ?? 0,
    drawFeeMin: source.drawFeeMin ?? 0,
    interestDay: source.interestDay ?? DEFAULT_INTEREST_DAY,
    statementDay: huabei ? source.statementDay : 0,
    annualRate: rate,
    monthlyRate: rate / 12,
    dailyRate: daily,
    penaltyDailyRate: huabei
      ? HUABEI_OVERDUE_RATE_PER_DAY
      : (daily || 0) * (source.penaltyMultiplier ?? JIEBEI_PENALTY_MULTIPLIER),
    trancheMethod: methodFor(source),
    termMonths: source.termMonths,
    totalFee: price.type === 'instalment_fee' ? price.totalFee : 0,
    dueDay: huabei ? source.dueDay : 0,
    billInstalments,
    billFee:
      huabei && billInstalments > 0 ? huabeiTermFee(source, billInstalments as HuabeiTerm) : 0,
    tranches: [],
    dueOn,
    pool,
    dueToday: null,
    trancheBalance: 0,
    revolvingBalance: 0,
    revolvingAccrued: 0,
    unbilled: 0,
    overduePrincipal: 0,
    overdueCharges: 0,
    overduePenalty: 0,
  };
}

/**
 * Back to the state `initialState` made (no balance, no tranche), keeping the object: the Monte
 * Carlo runs one plan's sources through thousands of paths. `dueOn` and `pool` are the run's,
 * cleared by it.
 */
export function resetState(s: SourceState): void {
  s.tranches.length = 0;
  s.dueToday = null;
  s.trancheBalance = 0;
  s.revolvingBalance = 0;
  s.revolvingAccrued = 0;
  s.unbilled = 0;
  s.overduePrincipal = 0;
  s.overdueCharges = 0;
  s.overduePenalty = 0;
}

/** `dailyRate(price)` given the price's annual rate (an instalment fee's costs a search). */
function dailyRateOf(price: Price, annual: number): number {
  return price.type === 'daily' ? price.rate : annual / 365;
}

/** Principal the lender counts against the limit. */
export function drawnBalance(s: SourceState): Fen {
  return s.revolvingBalance + s.unbilled + s.overduePrincipal + s.trancheBalance;
}

function methodFor(source: FundingSource): TrancheMethod {
  if (source.price.type === 'instalment_fee') return 'flat_fee';
  return source.repayment === 'revolving' ? 'interest_only' : source.repayment;
}

/**
 * A new tranche of `principal` repaid over `months`, first due on `firstDueEpoch` and then on
 * `anchorDayOfMonth` of each later month (31 → the last day of shorter months, and back to the
 * 31st when a month has one). `interestFrom` is the day interest starts accruing (the draw day).
 * A `flat_fee` tranche pays `principal × totalFee ÷ months` with each instalment.
 */
export function addTranche(
  s: SourceState,
  principal: Fen,
  months: number,
  firstDueEpoch: number,
  anchorDayOfMonth: number,
  startEpoch: number,
  interestFrom: number,
  method: TrancheMethod = s.trancheMethod,
  totalFee: number = s.totalFee,
  // A running month: each instalment is then one addition and one date (the Monte Carlo takes millions).
  anchorMonth: number = runningMonth(firstDueEpoch),
): void {
  const n = Math.max(1, months);
  const pool = s.pool;
  if (pool.used === pool.items.length) pool.items.push(blankTranche());
  const t = pool.items[pool.used++]!;
  t.balance = principal;
  t.method = method;
  t.payment =
    method === 'equal_instalment'
      ? roundFen(equalInstalmentPayment(principal, s.monthlyRate, n))
      : 0;
  t.principalPart = roundFen(principal / n);
  t.feePart = method === 'flat_fee' ? roundFen((principal * totalFee) / n) : 0;
  t.remaining = n;
  t.anchorMonth = anchorMonth;
  t.anchorDom = anchorDayOfMonth;
  t.k = 0;
  t.startEpoch = startEpoch;
  t.nextDue = firstDueEpoch - startEpoch;
  t.lastInterestDay = interestFrom;
  t.owner = s.index;
  t.sameDay = null;
  track(s, t);
}

/** A tranche before `addTranche` fills it in (every field its kind of value, so one shape). */
const blankTranche = (): Tranche => ({
  balance: 0,
  method: 'flat_fee',
  payment: 0,
  principalPart: 0,
  feePart: 0,
  remaining: 0,
  anchorMonth: 0,
  anchorDom: 0,
  k: 0,
  startEpoch: 0,
  nextDue: 0,
  lastInterestDay: 0,
  owner: 0,
  sameDay: null,
});

/**
 * A draw on day `day` (epoch `epoch`, the `dayOfMonth`-th of running month `month`): its schedule
 * starts one month on and keeps the draw's day of month, so a loan drawn on 31 January is due
 * 28 February, 31 March, 30 April.
 */
export function addDraw(
  s: SourceState,
  amount: Fen,
  dayOfMonth: number,
  month: number,
  startEpoch: number,
  day: number,
): void {
  const firstDue = dayInRunningMonth(month + 1, dayOfMonth);
  const { trancheMethod, totalFee } = s;
  addTranche(
    s,
    amount,
    s.termMonths,
    firstDue,
    dayOfMonth,
    startEpoch,
    day,
    trancheMethod,
    totalFee,
    month + 1,
  );
}

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

function schedule(s: SourceState, t: Tranche): void {
  const day = Math.max(0, t.nextDue);
  // Never due inside the horizon (the balance stays counted in `trancheBalance`).
  if (!(day < s.dueOn.length)) return;
  t.sameDay = s.dueOn[day]!;
  s.dueOn[day] = t;
}

function track(s: SourceState, t: Tranche): void {
  s.tranches.push(t);
  s.trancheBalance += t.balance;
  schedule(s, t);
}

/**
 * Hand the tranches falling due on `day` to their sources' `dueToday` lists, taking them off the
 * calendar; a tranche closed since it was scheduled (a recall) is dropped.
 */
export function sortDueToday(
  states: readonly SourceState[],
  dueOn: DueCalendar,
  day: number,
): void {
  let t: Tranche | null = dueOn[day]!;
  dueOn[day] = null;
  while (t !== null) {
    const next: Tranche | null = t.sameDay;
    if (Math.max(0, t.nextDue) === day) {
      const s = states[t.owner]!;
      t.sameDay = s.dueToday;
      s.dueToday = t;
    }
    t = next;
  }
}

/** Close every tranche (a recall): returns the principal they held. */
export function closeAllTranches(s: SourceState): Fen {
  const principal = s.trancheBalance;
  // Still on the calendar: a closed tranche is never due (`sortDueToday` drops it).
  for (const t of s.tranches) t.nextDue = Infinity;
  s.tranches.length = 0;
  s.dueToday = null;
  s.trancheBalance = 0;
  return principal;
}

/** Principal and interest of one instalment, written by `takeInstalment` into memory the run lends. */
export type Instalment = { principal: Fen; interest: Fen };

/**
 * What instalment `t` asks for on `day`, written into `into`; advances the schedule and requeues
 * the tranche. (The run lends `into`: an instalment falls due most days of a busy run.)
 */
export function takeInstalment(s: SourceState, t: Tranche, day: number, into: Instalment): void {
  const last = t.remaining <= 1;
  let principal: Fen;
  let interest: Fen;
  switch (t.method) {
    case 'equal_instalment':
      interest = roundFen(t.balance * s.monthlyRate);
      principal = last ? t.balance : Math.min(t.balance, Math.max(0, t.payment - interest));
      break;
    case 'flat_fee':
      interest = t.feePart;
      principal = last ? t.balance : Math.min(t.balance, t.principalPart);
      break;
    case 'equal_principal':
      interest = roundFen(t.balance * s.dailyRate * (day - t.lastInterestDay));
      principal = last ? t.balance : Math.min(t.balance, t.principalPart);
      break;
    case 'interest_only':
      interest = roundFen(t.balance * s.dailyRate * (day - t.lastInterestDay));
      principal = last ? t.balance : 0;
      break;
  }
  t.balance -= principal;
  s.trancheBalance -= principal;
  t.remaining -= 1;
  t.k += 1;
  t.lastInterestDay = day;
  t.nextDue =
    t.remaining > 0 && t.balance > 0
      ? dayInRunningMonth(t.anchorMonth + t.k, t.anchorDom) - t.startEpoch
      : Infinity;
  if (t.nextDue === Infinity) dropTranche(s, t);
  else schedule(s, t);
  into.principal = principal;
  into.interest = interest;
}

/** `t` is repaid: off its source's list (whose order nothing depends on). */
function dropTranche(s: SourceState, t: Tranche): void {
  const list = s.tranches;
  const at = list.indexOf(t);
  if (at < 0) return;
  list[at] = list[list.length - 1]!;
  list.pop();
}

/** Interest accrued on every balance up to `day`, as if all of it were called in now. */
export function accruedToDate(s: SourceState, day: number): Fen {
  let interest = roundFen(s.revolvingAccrued) + s.overdueCharges + roundFen(s.overduePenalty);
  for (const t of s.tranches) {
    if (t.method === 'flat_fee') continue;
    interest += roundFen(t.balance * s.dailyRate * Math.max(0, day - t.lastInterestDay));
  }
  return interest;
}
