import { addDays } from './calendar';
import { defaultSource } from './defaults';
import type {
  CashAccount,
  CashFlow,
  Fen,
  FundingSource,
  Plan,
  PlatformGroup,
  SourceKind,
} from './model';
import { annualRate } from './rates';
import { REFERENCE_OPPORTUNITY_RATE, YUEBAO_YIELD_FORGONE } from './adviceTerms';

/**
 * The actions the advisor can propose, each a pure change to a plan. Amounts are fen; the
 * advisor searches for the amount that closes the gap and re-simulates to measure the effect.
 */
export type ActionKind =
  | 'raise_reserve'
  | 'bank_loan'
  | 'bank_credit_line'
  | 'guaranteed_loan'
  | 'factoring'
  | 'credit_card'
  | 'non_ant_online_lender'
  | 'move_off_huabei'
  | 'stagger_jiebei'
  | 'reduce_alipay_cash';

export type Action = {
  kind: ActionKind;
  /** Fen: cash added, limit arranged, or cash moved (0 where the action has no amount). */
  amount: Fen;
  /** Whether the amount is searched (smallest that closes the gap) or fixed by the plan. */
  sized: boolean;
  /** Largest amount that makes sense for this business (fen). */
  cap: Fen;
  leadTimeDays: number;
  /** Simple annual rate (fraction) the cost is priced at. */
  annualRate: number;
  /** Platform group the action adds credit or cash in. */
  platformGroup: PlatformGroup;
  /** For factoring: the inflow (buyer) the receivables come from. */
  counterparty?: string;
  apply: (plan: Plan, amount: Fen) => Plan;
};

const ADVICE_ID = (kind: string) => `advice-${kind}`;

function addSource(
  plan: Plan,
  kind: SourceKind,
  amount: Fen,
  patch: Partial<FundingSource> = {},
): Plan {
  const source = {
    ...defaultSource(kind, ADVICE_ID(kind), ADVICE_ID(kind)),
    ...patch,
    limit: amount,
  } as FundingSource;
  return { ...plan, fundingSources: [...plan.fundingSources, source] };
}

/** Sum of a flow's occurrences in the first `days` of the plan, approximated by its frequency. */
function perDays(flow: CashFlow, days: number): Fen {
  const f = flow.frequency;
  switch (f.type) {
    case 'daily':
      return flow.amount * days;
    case 'weekly':
      return flow.amount * Math.floor(days / 7);
    case 'monthly':
      return flow.amount * Math.floor(days / 30);
    case 'quarterly':
      return flow.amount * Math.floor(days / 91);
    case 'once':
      return flow.amount;
  }
}

function annualInflows(plan: Plan): Fen {
  return plan.cashFlows
    .filter((f) => f.direction === 'inflow')
    .reduce((s, f) => s + perDays(f, 365), 0);
}

/** Every action that applies to this plan, with its cap and price. */
export function candidateActions(plan: Plan): Action[] {
  const yearly = annualInflows(plan);
  const actions: Action[] = [
    {
      kind: 'raise_reserve',
      amount: 0,
      sized: true,
      cap: Math.max(1_000_00, yearly),
      leadTimeDays: 0,
      annualRate: REFERENCE_OPPORTUNITY_RATE,
      platformGroup: 'bank',
      apply: (p, amount) => ({
        ...p,
        cashAccounts: creditBank(p.cashAccounts, amount, 'reserve', 'Reserve'),
      }),
    },
  ];

  const lines: { kind: ActionKind; source: SourceKind; cap: Fen; leadTimeDays?: number }[] = [
    {
      kind: 'bank_loan',
      source: 'bank_loan',
      cap: Math.max(100_000_00, Math.round(yearly * 0.25)),
    },
    {
      kind: 'bank_credit_line',
      source: 'bank_credit_line',
      cap: Math.max(100_000_00, Math.round(yearly * 0.2)),
    },
    {
      kind: 'guaranteed_loan',
      source: 'guaranteed_loan',
      cap: Math.max(100_000_00, Math.round(yearly * 0.2)),
    },
    // A new card takes about two weeks to issue (assumption); cash advances are capped near ¥50k.
    { kind: 'credit_card', source: 'credit_card', cap: 50_000_00, leadTimeDays: 14 },
    // WeBank 微业贷: a lender outside the Ant group, up to ~¥200k (domain.md §2, U).
    { kind: 'non_ant_online_lender', source: 'webank', cap: 200_000_00 },
  ];
  for (const line of lines) {
    const d = defaultSource(line.source, 'x', 'x');
    const lead = line.leadTimeDays ?? d.leadTimeDays;
    actions.push({
      kind: line.kind,
      amount: 0,
      sized: true,
      cap: line.cap,
      leadTimeDays: lead,
      annualRate: annualRate(d.price),
      platformGroup: d.platformGroup,
      apply: (p, amount) => addSource(p, line.source, amount, { leadTimeDays: lead }),
    });
  }

  // Factoring needs a creditworthy buyer: the largest recurring inflow that is not daily takings.
  const buyer = plan.cashFlows
    .filter((f) => f.direction === 'inflow' && f.frequency.type !== 'daily')
    .sort((a, b) => perDays(b, 90) - perDays(a, 90))[0];
  if (buyer) {
    const d = defaultSource('factoring', 'x', 'x');
    actions.push({
      kind: 'factoring',
      amount: 0,
      sized: true,
      // Advances of 70–90 % against receivables (domain.md §2): 80 % of 90 days of this buyer.
      cap: Math.round(perDays(buyer, 90) * 0.8),
      leadTimeDays: d.leadTimeDays,
      annualRate: annualRate(d.price),
      platformGroup: d.platformGroup,
      counterparty: buyer.name,
      apply: (p, amount) => addSource(p, 'factoring', amount),
    });
  }

  const huabeiPaid = plan.cashFlows.filter(
    (f) => f.direction === 'outflow' && (f.huabeiShare ?? 0) > 0,
  );
  if (huabeiPaid.length > 0) {
    // The float given up: 30 days of what Huabei pays today, priced at the opportunity rate.
    const float = huabeiPaid.reduce(
      (s, f) => s + Math.round(perDays(f, 30) * (f.huabeiShare ?? 0)),
      0,
    );
    actions.push({
      kind: 'move_off_huabei',
      amount: float,
      sized: false,
      cap: float,
      leadTimeDays: 0,
      annualRate: REFERENCE_OPPORTUNITY_RATE,
      platformGroup: 'bank',
      apply: (p) => ({
        ...p,
        cashFlows: p.cashFlows.map((f) => (f.huabeiShare ? { ...f, huabeiShare: 0 } : f)),
      }),
    });
  }

  const jiebeiOutstanding = plan.fundingSources.filter(
    (s) =>
      s.kind === 'jiebei' &&
      s.outstanding.some((o) => o.principal > 0 && o.remainingInstalments > 1),
  );
  if (jiebeiOutstanding.length > 0) {
    actions.push({
      kind: 'stagger_jiebei',
      amount: jiebeiOutstanding.reduce(
        (s, src) => s + src.outstanding.reduce((t, o) => t + o.principal, 0),
        0,
      ),
      sized: false,
      cap: 0,
      leadTimeDays: 0,
      annualRate: 0,
      platformGroup: 'ant',
      apply: (p) => ({ ...p, fundingSources: p.fundingSources.map(staggered) }),
    });
  }

  const antCash = plan.cashAccounts
    .filter((a) => a.platformGroup === 'ant')
    .reduce((s, a) => s + a.balance, 0);
  const antTakings = plan.cashFlows.some(
    (f) => f.direction === 'inflow' && f.platformGroup === 'ant',
  );
  if (antCash > 0 || antTakings) {
    actions.push({
      kind: 'reduce_alipay_cash',
      amount: antCash,
      sized: false,
      cap: antCash,
      leadTimeDays: 0,
      annualRate: YUEBAO_YIELD_FORGONE,
      platformGroup: 'bank',
      apply: (p) => {
        const moved = p.cashAccounts
          .filter((a) => a.platformGroup === 'ant')
          .reduce((s, a) => s + a.balance, 0);
        const emptied = p.cashAccounts.map((a) =>
          a.platformGroup === 'ant' ? { ...a, balance: 0 } : a,
        );
        return {
          ...p,
          cashAccounts: creditBank(emptied, moved, 'bank', 'Bank'),
          // Takings still arrive in Alipay but are withdrawn to the bank the same day.
          cashFlows: p.cashFlows.map((f) =>
            f.direction === 'inflow' && f.platformGroup === 'ant'
              ? { ...f, platformGroup: 'bank' }
              : f,
          ),
        };
      },
    });
  }
  return actions;
}

/** `amount` added to the first bank account, or to a new one when the plan has none. */
function creditBank(
  accounts: CashAccount[],
  amount: Fen,
  idSuffix: string,
  name: string,
): CashAccount[] {
  const at = accounts.findIndex((a) => a.platformGroup === 'bank');
  if (at < 0) {
    return [
      ...accounts,
      { id: ADVICE_ID(idSuffix), name, kind: 'bank', platformGroup: 'bank', balance: amount },
    ];
  }
  return accounts.map((a, i) => (i === at ? { ...a, balance: a.balance + amount } : a));
}

/** Jiebei balances split in two, the second half falling due half a month later. */
function staggered(source: FundingSource): FundingSource {
  if (source.kind !== 'jiebei') return source;
  return {
    ...source,
    outstanding: source.outstanding.flatMap((o) => {
      if (o.remainingInstalments <= 1 || o.principal < 2) return [o];
      const half = Math.floor(o.principal / 2);
      return [
        { ...o, principal: o.principal - half },
        { ...o, principal: half, nextDueDate: addDays(o.nextDueDate, 15) },
      ];
    }),
  };
}
