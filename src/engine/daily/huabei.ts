import { billHuabei } from '../credit/huabei';
import { drawnBalance } from '../credit/state';
import { isMonthlyAnchor } from '../timeline';
import { headroom, use, type DailyRun } from './run';

/**
 * Statement day of a Huabei line: the spending so far becomes a bill. First thing in the day, so
 * a bill covers spending up to the day before its statement day.
 */
export function billHuabeiStatements(run: DailyRun, d: number): void {
  const huabei = run.huabei;
  for (let i = 0; i < huabei.length; i++) {
    const s = huabei[i]!;
    if (isMonthlyAnchor(run.timeline, d, s.statementDay)) {
      billHuabei(s, run.startEpoch + d, run.timeline.monthIndex[d]!, run.startEpoch, d);
    }
  }
}

/**
 * Huabei lines pay the day's Huabei-eligible outflows on credit, in draw order, up to each
 * line's headroom. Sets `deferred` (charged to Huabei) and `unpaidByHuabei` (left for cash).
 */
export function chargeHuabei(run: DailyRun, d: number): void {
  let onHuabei = run.calendar.huabeiEligibleOutflows[d]!;
  let deferred = 0;
  const huabei = run.huabei;
  for (let i = 0; i < huabei.length && onHuabei > 0; i++) {
    const s = huabei[i]!;
    const room = headroom(run, s.index, drawnBalance(s), d);
    const charge = room < onHuabei ? room : onHuabei;
    if (charge > 0) use(run, s);
    s.unbilled += charge;
    deferred += charge;
    onHuabei -= charge;
  }
  run.deferred = deferred;
  run.unpaidByHuabei = onHuabei;
}
