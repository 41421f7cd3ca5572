import { dayInRunningMonth } from '../calendar';
import type { Fen } from '../model';
import { roundFen } from '../money';
import type { SourceState } from './state';
import { dropTranche, schedule, type Tranche } from './tranches';

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

/** Interest accrued on every balance up to `day`, as if all of it were called in now. */
export function accruedToDate(s: SourceState, day: number): Fen {
  let interest = roundFen(s.revolvingAccrued) + s.overdueCharges + roundFen(s.overduePenalty);
  for (const t of s.tranches) {
    if (t.method === 'flat_fee') continue;
    interest += roundFen(t.balance * s.dailyRate * Math.max(0, day - t.lastInterestDay));
  }
  return interest;
}
