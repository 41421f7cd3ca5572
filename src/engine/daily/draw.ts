import { addDraw } from '../credit/draw';
import { drawnBalance, type SourceState } from '../credit/state';
import type { Fen } from '../model';
import { roundFen } from '../money';
import { accessible, deposit, primary } from './accounts';
import { paySource } from './repay';
import { headroom, use, type DailyRun } from './run';

/**
 * Draw on the lenders, in draw order, until accessible cash is back at the buffer or no lender
 * has headroom left. A draw lands in the primary account and is sized so its fee (a card's
 * cash advance) still leaves what was needed. Sets `drawn`; false when nothing was drawn.
 */
export function drawToBuffer(run: DailyRun, d: number): boolean {
  const accounts = run.accounts;
  let drawn = 0;
  let need = run.buffer - accessible(accounts);
  const lenders = run.lenders;
  for (let i = 0; i < lenders.length && need > 0; i++) {
    const s = lenders[i]!;
    const room = headroom(run, s.index, drawnBalance(s), d);
    if (room <= 0) continue;
    const amount = grossDraw(need, room, s.drawFeeRate, s.drawFeeMin);
    const fee = drawFee(amount, s.drawFeeRate, s.drawFeeMin);
    if (amount - fee <= 0) continue;
    deposit(accounts, primary(accounts), amount);
    drawn += amount;
    use(run, s);
    if (!run.cashOnly) run.out.sources[s.index]!.draws[d]! += amount;
    if (s.isRevolving) s.revolvingBalance += amount;
    else {
      const t = run.timeline;
      addDraw(s, amount, t.dayOfMonth[d]!, t.monthIndex[d]!, run.startEpoch, d);
    }
    if (fee > 0) paySource(run, s, 0, fee, d);
    need = run.buffer - accessible(accounts);
  }
  run.drawn = drawn;
  return drawn !== 0;
}

/** On a day nothing was drawn, cash above the buffer pays revolving balances down, dearest first. */
export function payDownRevolving(run: DailyRun, d: number): void {
  const lines = run.revolvingByCost;
  let i = 0;
  // Most days no line has a balance to pay: the surplus is worked out once one has.
  while (i < lines.length && !payable(run, lines[i]!, d)) i++;
  if (i === lines.length) return;
  let surplus = accessible(run.accounts) - run.buffer;
  for (; i < lines.length && surplus > 0; i++) {
    const s = lines[i]!;
    if (!payable(run, s, d)) continue;
    const amount = Math.min(surplus, s.revolvingBalance);
    s.revolvingBalance -= amount;
    paySource(run, s, amount, 0, d);
    surplus -= amount;
  }
}

/** A revolving balance that may be paid down today. */
const payable = (run: DailyRun, s: SourceState, d: number): boolean =>
  s.revolvingBalance > 0 && run.conditions.sources[s.index]!.repaymentBlocked[d] !== 1;

export function drawFee(amount: Fen, rate: number, minimum: Fen): Fen {
  return rate > 0 || minimum > 0 ? Math.max(roundFen(amount * rate), minimum) : 0;
}

/**
 * The draw that nets `need` after its own fee (a card cash advance charges 1 %, min ¥10),
 * capped by headroom: start from the lower bound, then step up by the odd fen rounding leaves.
 */
export function grossDraw(need: Fen, room: Fen, rate: number, minimum: Fen): Fen {
  if (rate <= 0 && minimum <= 0) return Math.min(room, need);
  // a − round(a·r) ≥ need needs a ≥ (need − ½)/(1 − r), and the minimum fee needs a ≥ need + min.
  let amount = Math.max(need + minimum, rate < 1 ? Math.floor((need - 0.5) / (1 - rate)) : room);
  while (amount - drawFee(amount, rate, minimum) < need && amount < room) amount++;
  return Math.min(room, amount);
}
