import { drawnBalance } from '../credit/state';
import { accessible } from './accounts';
import { cashOutflows } from './flows';
import type { DailyRun } from './run';

/**
 * Close the day: record its cash (reachable, locked, total), its flows and how far reachable cash
 * stays below the buffer after every possible draw (the shortfall), and each source's drawn
 * balance when the run keeps source series (its headroom follows: `measureHeadroom`). A
 * `cashOnly` run records reachable cash and the shortfall alone.
 */
export function measureShortfall(run: DailyRun, d: number): void {
  const out = run.out;
  const reachable = accessible(run.accounts);
  out.accessibleCash[d] = reachable;
  out.shortfall[d] = reachable < run.buffer ? run.buffer - reachable : 0;
  if (run.cashOnly) return;
  const total = run.accounts.total;
  out.cash[d] = total;
  out.lockedCash[d] = total - reachable;
  out.inflows[d] = run.inflow;
  out.outflows[d] = cashOutflows(run, d);
  out.huabeiDeferred[d] = run.deferred;
  out.repayments[d] = run.repaid;
  out.interest[d] = run.charges;
  out.draws[d] = run.drawn;
  if (!run.sourceSeries) return;
  const used = run.used;
  for (let i = 0; i < used.length; i++) {
    const s = used[i]!;
    out.sources[s.index]!.balance[d] = drawnBalance(s);
  }
}

/**
 * Each source's headroom at the end of every day, once the run is over: its limit in force less
 * its balance, never below 0 (both columns are final by then; one pass is cheaper than a
 * source-by-source step every day).
 */
export function measureHeadroom(run: DailyRun): void {
  if (!run.sourceSeries) return;
  // An unused source's headroom column is its limit column already (see `claimColumns`).
  for (const s of run.used) {
    const { limit, balance, headroom } = run.out.sources[s.index]!;
    for (let d = 0; d < run.days; d++) {
      const room = limit[d]! - balance[d]!;
      headroom[d] = room > 0 ? room : 0;
    }
  }
}
