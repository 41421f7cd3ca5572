import { drawnBalance } from '../credit';
import { accessible, totalCash } from './accounts';
import { cashOutflows } from './flows';
import { headroom, type DailyRun } from './run';

/**
 * Close the day: record its cash (reachable, locked, total), its flows and how far reachable cash
 * stays below the buffer after every possible draw (the shortfall), and each source's headroom
 * and drawn balance when the run keeps source series.
 */
export function measureShortfall(run: DailyRun, d: number): void {
  const out = run.out;
  const reachable = accessible(run.accounts);
  const total = run.accounts.locked === 0 ? reachable : totalCash(run.accounts);
  out.cash[d] = total;
  out.accessibleCash[d] = reachable;
  out.lockedCash[d] = total - reachable;
  out.inflows[d] = run.inflow;
  out.outflows[d] = cashOutflows(run, d);
  out.huabeiDeferred[d] = run.deferred;
  out.repayments[d] = run.repaid;
  out.interest[d] = run.charges;
  out.draws[d] = run.drawn;
  out.shortfall[d] = reachable < run.buffer ? run.buffer - reachable : 0;
  if (!run.sourceSeries) return;
  const states = run.states;
  for (let i = 0; i < states.length; i++) {
    const drawn = drawnBalance(states[i]!);
    const series = out.sources[i]!;
    series.headroom[d] = headroom(run, i, drawn, d);
    series.balance[d] = drawn;
  }
}
