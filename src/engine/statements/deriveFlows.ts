import type { Fen, PlatformGroup } from '../model';
import { periodDays, recurrenceOf, type Recurrence } from './recurring';
import { outflowRole } from './roles';
import { salesFlows } from './sales';
import { levelOf } from './confidence';
import { clamp01, sum } from './stats';
import type {
  ProposedFlow,
  StatementPeriod,
  StatementProposal,
  StatementTransaction,
} from './transactions';

/**
 * From a statement's transactions to a proposed plan: recurring flows with the transactions
 * each came from and a confidence. Pure and deterministic (the app's Worker and the CLI give the
 * same proposal). The rules are documented, with their thresholds, in docs/import.md.
 * @example deriveFlows(transactions, { from: '2026-09-01', to: '2026-11-30' }).flows[0].role // 'sales'
 */

/** A recurring outflow under 1 % of all outflows is folded into "other spending". */
const MIN_GROUP_SHARE = 0.01;
/** A fixed income repeats within 15 % (more variation reads as sales)… */
const FIXED_INCOME_VARIATION = 0.15;
/** …at least three times: a customer who happened to buy twice is still a customer. */
const FIXED_INCOME_MIN_PAYMENTS = 3;
/** Other spending becomes a flow from 1 % of outflows; below that it is left out (and said so). */
const MIN_OTHER_SHARE = 0.01;
/** Other spending is many small, irregular payments: never better than this. */
const OTHER_CONFIDENCE = 0.35;

const isHuabei = (t: StatementTransaction) =>
  t.channel === 'huabei' || t.channel === 'huabei_instalment';

/** Share (0–1) of the amount paid with Huabei, in whole percent as the plan file keeps it. */
function huabeiShare(txs: readonly StatementTransaction[]): number {
  const total = sum(txs.map((t) => t.amount));
  if (total === 0) return 0;
  return Math.round((sum(txs.filter(isHuabei).map((t) => t.amount)) / total) * 100) / 100;
}

/** Who a payment went to or came from; the description when the statement names nobody. */
function groupKey(t: StatementTransaction): string {
  const name = t.counterparty.replace(/\s+/g, '').toLowerCase();
  if (name !== '' && name !== '/' && name !== '-') return name;
  return `desc:${t.description.replace(/\s+/g, '').toLowerCase()}`;
}

function groupBy(txs: readonly StatementTransaction[]): StatementTransaction[][] {
  const groups = new Map<string, StatementTransaction[]>();
  for (const t of txs) {
    const key = groupKey(t);
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()];
}

const flowFrom = (
  key: string,
  txs: readonly StatementTransaction[],
  r: Recurrence,
  extra: Pick<ProposedFlow, 'role' | 'direction'> & Partial<ProposedFlow>,
): ProposedFlow => ({
  key,
  counterparty: txs[0]!.counterparty.trim() || txs[0]!.description.trim(),
  amount: r.amount,
  frequency: r.frequency,
  sources: txs.map((t) => t.line),
  confidence: clamp01(r.confidence),
  level: levelOf(clamp01(r.confidence)),
  ...extra,
});

/** Per-occurrence amount as a monthly equivalent, to order outflows by weight. */
function monthlyWeight(f: ProposedFlow): number {
  switch (f.frequency.type) {
    case 'daily':
      return f.amount * 30;
    case 'weekly':
      return (f.amount * 30) / 7;
    case 'quarterly':
      return f.amount / 3;
    default:
      return f.amount;
  }
}

/** Payroll paid to several people on the same schedule is one flow: the wage bill. */
function mergePayroll(flows: ProposedFlow[]): ProposedFlow[] {
  const out: ProposedFlow[] = [];
  const bySchedule = new Map<string, ProposedFlow>();
  for (const f of flows) {
    if (f.role !== 'payroll') {
      out.push(f);
      continue;
    }
    const schedule = JSON.stringify(f.frequency);
    const same = bySchedule.get(schedule);
    if (!same) {
      const copy = { ...f, sources: [...f.sources] };
      bySchedule.set(schedule, copy);
      out.push(copy);
      continue;
    }
    const both = same.amount + f.amount;
    if (f.huabeiShare !== undefined || same.huabeiShare !== undefined) {
      same.huabeiShare =
        Math.round(
          (((same.huabeiShare ?? 0) * same.amount + (f.huabeiShare ?? 0) * f.amount) / both) * 100,
        ) / 100;
    }
    same.amount = both;
    same.counterparty = '';
    same.sources.push(...f.sources);
    same.confidence = Math.min(same.confidence, f.confidence);
    same.level = levelOf(same.confidence);
  }
  return out;
}

export function deriveFlows(
  transactions: readonly StatementTransaction[],
  period: StatementPeriod,
): StatementProposal {
  const days = periodDays(period);
  const inflows = transactions.filter((t) => t.direction === 'inflow');
  const outflows = transactions.filter((t) => t.direction === 'outflow');
  const totalInflow = sum(inflows.map((t) => t.amount));
  const totalOutflow = sum(outflows.map((t) => t.amount));

  // Inflows: a fixed amount from one payer on a schedule is regular income; the rest is sales.
  const regularIncome: ProposedFlow[] = [];
  const sales: StatementTransaction[] = [];
  for (const group of groupBy(inflows)) {
    const r = recurrenceOf(group, period);
    if (
      r &&
      r.pattern !== 'regular' &&
      r.amountVariation <= FIXED_INCOME_VARIATION &&
      group.length >= FIXED_INCOME_MIN_PAYMENTS
    ) {
      regularIncome.push(
        flowFrom(`income-${regularIncome.length + 1}`, group, r, {
          role: 'regular_income',
          direction: 'inflow',
          platformGroup: group[0]!.lands,
        }),
      );
    } else {
      sales.push(...group);
    }
  }
  const salesAnalysis = salesFlows(sales, period);

  // Outflows: each payee that recurs becomes a flow; everything else is other spending.
  let recurring: ProposedFlow[] = [];
  const other: StatementTransaction[] = [];
  for (const group of groupBy(outflows)) {
    const r = recurrenceOf(group, period);
    const total = sum(group.map((t) => t.amount));
    if (!r || total < totalOutflow * MIN_GROUP_SHARE) {
      other.push(...group);
      continue;
    }
    const role = outflowRole(
      group.flatMap((t) => [t.counterparty, t.description]),
      group.map((t) => t.category),
    );
    const share = huabeiShare(group);
    recurring.push(
      flowFrom(`${role}-${recurring.length + 1}`, group, r, {
        role,
        direction: 'outflow',
        ...(share > 0 ? { huabeiShare: share } : {}),
      }),
    );
  }
  recurring = mergePayroll(recurring).sort((a, b) => monthlyWeight(b) - monthlyWeight(a));

  const otherTotal = sum(other.map((t) => t.amount));
  if (otherTotal > 0 && otherTotal >= totalOutflow * MIN_OTHER_SHARE) {
    const share = huabeiShare(other);
    recurring.push({
      key: 'other-spending',
      role: 'other_spending',
      counterparty: '',
      direction: 'outflow',
      amount: Math.round(otherTotal / days),
      frequency: { type: 'daily' },
      ...(share > 0 ? { huabeiShare: share } : {}),
      sources: other.map((t) => t.line),
      confidence: OTHER_CONFIDENCE,
      level: levelOf(OTHER_CONFIDENCE),
    });
  }

  const inflowByGroup: Partial<Record<PlatformGroup, Fen>> = {};
  for (const t of inflows) inflowByGroup[t.lands] = (inflowByGroup[t.lands] ?? 0) + t.amount;
  const huabei = sum(outflows.filter(isHuabei).map((t) => t.amount));
  const instalments = sum(
    outflows.filter((t) => t.channel === 'huabei_instalment').map((t) => t.amount),
  );
  return {
    flows: [...salesAnalysis.flows, ...regularIncome, ...recurring],
    summary: {
      period,
      days,
      totalInflow,
      totalOutflow,
      huabeiShareOfOutflows: totalOutflow > 0 ? huabei / totalOutflow : 0,
      huabeiInstalmentShare: huabei > 0 ? instalments / huabei : 0,
      inflowByGroup,
      weekdayFactors: salesAnalysis.weekdayFactors,
      monthFactors: salesAnalysis.monthFactors,
    },
  };
}
