import { runningMonth } from '../calendar';
import { equalInstalmentPayment } from '../loanMath';
import type { Fen, RepaymentMethod } from '../model';
import { roundFen } from '../money';
import type { SourceState } from './state';

/**
 * A source's tranches: each amount drawn (or billed, or owed at the start) with its own schedule,
 * the run's objects they live in, and the calendar of the days they fall due.
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

/** `t` onto the calendar on its next due day (any day before 0 is day 0). */
export function schedule(s: SourceState, t: Tranche): void {
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

/** `t` is repaid: off its source's list (whose order nothing depends on). */
export function dropTranche(s: SourceState, t: Tranche): void {
  const list = s.tranches;
  const at = list.indexOf(t);
  if (at < 0) return;
  list[at] = list[list.length - 1]!;
  list.pop();
}
