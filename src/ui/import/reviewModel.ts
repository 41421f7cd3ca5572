import type { ProposedFlow, StatementTransaction } from '../../engine/statements/transactions';
import type { PlanFile } from '../../io/planSchema';
import { cashFlowsOf } from '../../io/statements/proposalPlan';
import type { Statement } from '../../io/statements/readStatement';
import { yuanFromFen } from '../../engine/money';

/**
 * What the statement review shows and what "Add" puts into the plan. Outflows start ticked
 * (leaving a real cost out would flatter the plan); inflows start ticked unless their
 * confidence is low (counting income that may not come would flatter it too).
 */

export function checkedByDefault(flow: ProposedFlow): boolean {
  return flow.direction === 'outflow' || flow.level !== 'low';
}

/** The first source transactions of a flow, for its details table; the rest are counted. */
export function sourceRows(
  flow: ProposedFlow,
  byLine: ReadonlyMap<number, StatementTransaction>,
  limit = 50,
): { rows: StatementTransaction[]; more: number } {
  const rows = flow.sources.slice(0, limit).flatMap((line) => {
    const t = byLine.get(line);
    return t ? [t] : [];
  });
  return { rows, more: Math.max(0, flow.sources.length - limit) };
}

/**
 * The plan after adding the ticked flows (and, for a bank statement, its closing balance as
 * a bank account when ticked): one new draft, so one undo step takes it all back.
 */
export function draftWithImport(
  draft: PlanFile,
  statement: Statement,
  flows: readonly ProposedFlow[],
  options: { addBalance: boolean; accountName: string; nameOf: (f: ProposedFlow) => string },
): PlanFile {
  const existingFlows = Array.isArray(draft.cashFlows) ? draft.cashFlows : [];
  const existingAccounts = Array.isArray(draft.cashAccounts) ? draft.cashAccounts : [];
  const added = cashFlowsOf(
    flows,
    existingFlows.map((f) => String(f.id)),
    options.nameOf,
  );
  const balance = statement.closingBalance;
  const ids = new Set(existingAccounts.map((a) => String(a.id)));
  let accountId = 'import-bank';
  for (let n = 2; ids.has(accountId); n++) accountId = `import-bank-${n}`;
  return {
    ...draft,
    cashFlows: [...existingFlows, ...added],
    cashAccounts:
      options.addBalance && balance && balance.fen > 0
        ? [
            ...existingAccounts,
            {
              id: accountId,
              name: options.accountName,
              kind: 'bank',
              platformGroup: 'bank',
              balance: yuanFromFen(balance.fen),
            },
          ]
        : existingAccounts,
  };
}
