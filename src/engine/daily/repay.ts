import { accruedToDate, takeInstalment } from '../credit/instalment';
import type { SourceState } from '../credit/state';
import { closeAllTranches, sortDueToday } from '../credit/tranches';
import type { Fen } from '../model';
import { roundFen } from '../money';
import { isMonthlyAnchor } from '../timeline';
import { pay } from './accounts';
import type { DailyRun } from './run';

/**
 * What each source asks for today, in plan order: arrears once repayments are possible again,
 * the instalments falling due, revolving interest on its settlement day, the whole balance on a
 * recall's due day. On a day repayments are blocked all of it becomes overdue and accrues penalty.
 */
export function takeInstalments(run: DailyRun, d: number): void {
  const dueToday = run.dueOn[d] !== null;
  const recallToday = run.recallDays[d] === 1;
  // Most days nothing falls due and no used source is revolving or in arrears: all are idle.
  if (!dueToday && !recallToday && !run.mayOwe) return;
  if (dueToday) sortDueToday(run.states, run.dueOn, d);
  // An unused source owes nothing, not even when recalled.
  const used = run.used;
  let mayOwe = false;
  for (let i = 0; i < used.length; i++) {
    const s = used[i]!;
    // Most days a source owes nothing: no arrears, no instalment, no revolving balance, no
    // recall. Decided on the source's own state, without reading its conditions.
    if (isIdle(s) && !recallToday) continue;
    const c = run.conditions.sources[s.index]!;
    const blocked = c.repaymentBlocked[d] === 1;
    if (!blocked) settleOverdue(run, s, d);
    payDueInstalments(run, s, d, blocked);
    if (s.isRevolving) settleRevolvingInterest(run, s, d, blocked);
    if (c.recallDueDay === d) repayRecall(run, s, d, blocked);
    if (blocked) accruePenalty(s);
  }
  for (let i = 0; i < used.length && !mayOwe; i++) {
    const s = used[i]!;
    mayOwe = s.isRevolving || s.overduePrincipal > 0 || s.overdueCharges > 0;
  }
  run.mayOwe = mayOwe;
}

/** Pay `s` from the accounts; counted as principal repaid and as interest (fees, penalties). */
export function paySource(
  run: DailyRun,
  s: SourceState,
  principal: Fen,
  interest: Fen,
  d: number,
): void {
  pay(run.accounts, principal + interest);
  run.repaid += principal;
  run.charges += interest;
  if (!run.cashOnly) run.out.sources[s.index]!.repayments[d]! += principal + interest;
}

/** Arrears from blocked days, with their penalty interest, once the block has ended. */
function settleOverdue(run: DailyRun, s: SourceState, d: number): void {
  if (s.overduePrincipal <= 0 && s.overdueCharges <= 0) return;
  const principal = s.overduePrincipal;
  const interest = s.overdueCharges + roundFen(s.overduePenalty);
  s.overduePrincipal = 0;
  s.overdueCharges = 0;
  s.overduePenalty = 0;
  paySource(run, s, principal, interest, d);
}

/** Every tranche's instalment due today: paid, or overdue while repayments are blocked. */
function payDueInstalments(run: DailyRun, s: SourceState, d: number, blocked: boolean): void {
  const instalment = run.instalment;
  let t = s.dueToday;
  s.dueToday = null;
  while (t !== null) {
    // Read the link first: taking the instalment requeues the tranche on a later day.
    const next = t.sameDay;
    takeInstalment(s, t, d, instalment);
    if (blocked) {
      s.overduePrincipal += instalment.principal;
      s.overdueCharges += instalment.interest;
    } else {
      paySource(run, s, instalment.principal, instalment.interest, d);
    }
    t = next;
  }
}

/** Revolving interest accrues daily on the balance and settles on the source's interest day. */
function settleRevolvingInterest(run: DailyRun, s: SourceState, d: number, blocked: boolean): void {
  s.revolvingAccrued += s.revolvingBalance * s.dailyRate;
  if (s.revolvingAccrued > 0 && isMonthlyAnchor(run.timeline, d, s.interestDay)) {
    const interest = roundFen(s.revolvingAccrued);
    s.revolvingAccrued -= interest;
    if (blocked) s.overdueCharges += interest;
    else paySource(run, s, 0, interest, d);
  }
}

/** A recall falls due: every balance with the interest accrued to date. */
function repayRecall(run: DailyRun, s: SourceState, d: number, blocked: boolean): void {
  const interest = accruedToDate(s, d);
  let principal = s.revolvingBalance + s.unbilled + closeAllTranches(s);
  s.revolvingBalance = 0;
  s.revolvingAccrued = 0;
  s.unbilled = 0;
  if (blocked) {
    // Called in while repayments are blocked: everything joins the overdue balance.
    s.overduePrincipal += principal;
    s.overdueCharges += interest - s.overdueCharges - roundFen(s.overduePenalty);
  } else {
    principal += s.overduePrincipal;
    s.overduePrincipal = 0;
    s.overdueCharges = 0;
    s.overduePenalty = 0;
    paySource(run, s, principal, interest, d);
  }
}

/**
 * One day of penalty interest on what is overdue at the end of a blocked day. Counting end-of-day
 * balances charges every day the money is late: due on day 3 and paid on day 10 is 7 days, the
 * due day itself included and the day it is paid excluded (penalty = overdue × daily rate × days).
 */
function accruePenalty(s: SourceState): void {
  const overdue = s.overduePrincipal + s.overdueCharges;
  if (overdue > 0) s.overduePenalty += overdue * s.penaltyDailyRate;
}

/** Nothing for the source to pay or accrue today (a recall aside). */
function isIdle(s: SourceState): boolean {
  return (
    s.overduePrincipal <= 0 &&
    s.overdueCharges <= 0 &&
    s.dueToday === null &&
    (!s.isRevolving || (s.revolvingBalance === 0 && !(s.revolvingAccrued > 0)))
  );
}
