import { addMonths, epochDay } from '../calendar';
import type { CashFlow, Fen } from '../model';
import type { AdviceContext } from './context';
import { occurrences } from './flowEdits';

/**
 * What in the plan a channel is sized on (channelCatalogue.ts): a share of the year's takings,
 * receivables from business customers and the buyer who owes the most, stock bought, and a bank
 * loan falling due.
 */

/** A share of the year's inflows, at most `ceiling` (fen). */
export const share = (ctx: AdviceContext, fraction: number, ceiling: Fen) =>
  Math.min(ceiling, Math.round(ctx.yearlyInflows * fraction));

/** Inflows from business customers over `days` from the plan start (fen). */
export function receivables(ctx: AdviceContext, days: number): Fen {
  return ctx.plan.cashFlows
    .filter((f) => f.direction === 'inflow' && f.fromBusinessCustomers)
    .reduce((s, f) => s + occurrences(f, ctx.t, 0, Math.min(days, ctx.n)).length * f.amount, 0);
}

/** The business customer who pays the most over 90 days: the buyer a factor looks at first. */
export function largestBuyer(ctx: AdviceContext): string | undefined {
  let best: { flow: CashFlow; total: Fen } | undefined;
  for (const f of ctx.plan.cashFlows) {
    if (f.direction !== 'inflow' || !f.fromBusinessCustomers) continue;
    const total = occurrences(f, ctx.t, 0, Math.min(90, ctx.n)).length * f.amount;
    if (!best || total > best.total) best = { flow: f, total };
  }
  return best?.flow.name;
}

/** Stock the business buys over 30 days (supplier and discretionary purchases), fen. */
export function stockBought(ctx: AdviceContext): Fen {
  return ctx.plan.cashFlows
    .filter(
      (f) =>
        f.direction === 'outflow' && (f.category === 'supplier' || f.category === 'discretionary'),
    )
    .reduce((s, f) => s + occurrences(f, ctx.t, 0, Math.min(30, ctx.n)).length * f.amount, 0);
}

/** Principal of the plan's bank loans that falls due or is called in within the horizon. */
export function bankLoanDue(
  ctx: AdviceContext,
): { principal: Fen; dueDay: number; lead: number } | null {
  let found: { principal: Fen; dueDay: number; lead: number } | null = null;
  ctx.plan.fundingSources.forEach((s) => {
    if (s.kind !== 'bank_loan') return;
    for (const o of s.outstanding) {
      if (o.principal <= 0) continue;
      const last = addMonths(epochDay(o.nextDueDate), Math.max(0, o.remainingInstalments - 1));
      let dueDay = last - ctx.t.startEpoch;
      for (const k of ctx.scenario?.shocks ?? []) {
        if (k.type !== 'recall') continue;
        const hit =
          (k.target.type === 'sources' && k.target.sourceIds.includes(s.id)) ||
          (k.target.type === 'kinds' && k.target.kinds.includes('bank_loan')) ||
          (k.target.type === 'group' && k.target.group === s.platformGroup);
        if (hit) dueDay = Math.min(dueDay, k.startDay + k.dueWithinDays);
      }
      if (dueDay < 0 || dueDay >= ctx.n) continue;
      if (!found || dueDay < found.dueDay)
        found = { principal: o.principal, dueDay, lead: s.leadTimeDays };
    }
  });
  return found;
}
