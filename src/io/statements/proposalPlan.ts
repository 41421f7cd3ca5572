import { yuanFromFen } from '../../engine/money';
import type { ProposedFlow } from '../../engine/statements/transactions';
import { LIMITS } from '../limits';
import type { PlanFile, PlanFileCashFlow } from '../planSchema';
import type { Statement } from './readStatement';

/**
 * A proposal in the plan file's own shape (yuan, percent), so what the review adds is exactly
 * what a plan file could hold. Names come from the caller in the reader's language.
 */

/** An id not yet in `taken`, made from the flow's key (`import-rent-2`). */
function freshId(key: string, taken: Set<string>): string {
  const base = `import-${key}`.slice(0, LIMITS.idLength - 4);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** One proposed flow as a plan-file cash flow. */
export function cashFlowOf(flow: ProposedFlow, id: string, name: string): PlanFileCashFlow {
  return {
    id,
    name: name.slice(0, LIMITS.nameLength),
    direction: flow.direction,
    amount: yuanFromFen(flow.amount),
    frequency: { ...flow.frequency },
    ...(flow.direction === 'inflow' && flow.platformGroup
      ? { platformGroup: flow.platformGroup }
      : {}),
    ...(flow.direction === 'outflow' && flow.huabeiShare !== undefined
      ? { huabeiSharePercent: Math.round(flow.huabeiShare * 100) }
      : {}),
    ...(flow.seasonality?.monthly
      ? {
          seasonality: {
            monthlyPercent: flow.seasonality.monthly.map((f) => Math.round(f * 100)),
          },
        }
      : {}),
  };
}

/** The chosen flows as cash flows with ids that do not clash with the plan's own. */
export function cashFlowsOf(
  flows: readonly ProposedFlow[],
  existingIds: readonly string[],
  nameOf: (flow: ProposedFlow) => string,
): PlanFileCashFlow[] {
  const taken = new Set(existingIds);
  return flows.map((f) => cashFlowOf(f, freshId(f.key, taken), nameOf(f)));
}

export type PlanFromStatementOptions = {
  /** Day 0 of the plan; by default the day after the statement ends. */
  startDate: string;
  businessName: string;
  /** Name of the bank account a bank statement's closing balance becomes. */
  accountName: string;
  nameOf: (flow: ProposedFlow) => string;
  horizonDays?: number;
};

/**
 * A whole plan file from a statement (the CLI's `import`): every proposed flow, and for a bank
 * statement its closing balance as the bank account's cash. No funding sources: a statement
 * does not show credit limits, and nothing may count as credit the owner has not entered.
 */
export function planFileFromStatement(
  statement: Statement,
  flows: readonly ProposedFlow[],
  options: PlanFromStatementOptions,
): PlanFile {
  return {
    formatVersion: 2,
    business: {
      name: options.businessName.slice(0, LIMITS.nameLength),
      currency: 'CNY',
      startDate: options.startDate,
      horizonDays: options.horizonDays ?? 180,
      minCashBuffer: 0,
    },
    cashAccounts: statement.closingBalance
      ? [
          {
            id: 'bank',
            name: options.accountName,
            kind: 'bank',
            platformGroup: 'bank',
            balance: Math.max(0, yuanFromFen(statement.closingBalance.fen)),
          },
        ]
      : [],
    cashFlows: cashFlowsOf(flows, [], options.nameOf),
    fundingSources: [],
    scenarios: [],
  };
}
