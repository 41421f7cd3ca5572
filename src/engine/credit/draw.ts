import { dayInRunningMonth } from '../calendar';
import type { Fen } from '../model';
import type { SourceState } from './state';
import { addTranche } from './tranches';

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
