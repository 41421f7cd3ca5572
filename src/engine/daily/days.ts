import type { Projection } from '../simulate';
import { drawToBuffer, payDownRevolving } from './draw';
import { payOutflows, receiveInflows } from './flows';
import { billHuabeiStatements, chargeHuabei } from './huabei';
import { takeInstalments } from './repay';
import type { DailyRun } from './run';
import { measureHeadroom, measureShortfall } from './shortfall';

/**
 * Every day of a run set up by `startRun` (or `resetRun`), in order: statements, inflows,
 * outflows (Huabei first where it may pay), scheduled repayments and interest, then draws to
 * restore the buffer, then revolving balances paid down from any surplus.
 */
export function runDays(run: DailyRun): Projection {
  const locked = run.conditions.lockedGroups;
  for (let d = 0; d < run.days; d++) {
    run.accounts.locked = locked[d]!;
    run.repaid = 0;
    run.charges = 0;
    billHuabeiStatements(run, d);
    receiveInflows(run, d);
    chargeHuabei(run, d);
    payOutflows(run, d);
    takeInstalments(run, d);
    if (!drawToBuffer(run, d)) payDownRevolving(run, d);
    measureShortfall(run, d);
  }
  measureHeadroom(run);
  return run.out;
}
