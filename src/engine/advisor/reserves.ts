import type { CashAccount, CashFlow, Fen, Plan } from '../model';
import type { AdviceContext } from './context';
import { occurrences, once, splitFlow } from './flowEdits';
import { INJECTION_DAYS, OWNER_CASH_RATE, YUEBAO_YIELD_FORGONE } from './terms';
import type { Action, Basis } from './types';

/**
 * A reserve is cash the business holds, not a channel: each way of building one says where
 * the cash comes from and what it gives up — the owner's savings (an injection), part of the
 * owner's draw kept in the business month by month, or balances moved off Alipay and Yu'ebao.
 * Their cost is an opportunity cost at a stated, sourced rate.
 */

const yuan = (y: number): Fen => y * 100;

const basisOf = (v: typeof OWNER_CASH_RATE): Basis => ({
  from: 'default',
  grade: v.grade,
  citation: v.citation,
});

/** `amount` added to the first bank account (or a new one): cash the owner puts in today. */
function intoBank(accounts: CashAccount[], amount: Fen, id: string): CashAccount[] {
  const at = accounts.findIndex((a) => a.platformGroup === 'bank');
  if (at >= 0)
    return accounts.map((a, i) => (i === at ? { ...a, balance: a.balance + amount } : a));
  return [...accounts, { id, name: id, kind: 'bank', platformGroup: 'bank', balance: amount }];
}

const isDraw = (f: CashFlow) => f.direction === 'outflow' && f.category === 'owner_draw';

/** Each owner's draw (flow, day) in date order, with the part kept in the business to reach `target`. */
function keptUntil(ctx: AdviceContext, target: Fen): { flow: CashFlow; day: number; kept: Fen }[] {
  const share = ctx.levers.reserveFromDrawShare;
  const all: { flow: CashFlow; day: number }[] = [];
  for (const flow of ctx.plan.cashFlows.filter(isDraw))
    for (const day of occurrences(flow, ctx.t)) all.push({ flow, day });
  all.sort((a, b) => a.day - b.day);
  const out: { flow: CashFlow; day: number; kept: Fen }[] = [];
  let sum = 0;
  for (const x of all) {
    if (sum >= target) break;
    // The last draw keeps only what the target still needs: the reserve is exactly the target.
    const kept = Math.min(Math.round(x.flow.amount * share), target - sum);
    sum += kept;
    out.push({ ...x, kept });
  }
  return out;
}

/** Day the kept part of the owner's draws reaches `target` (fen), or null within the horizon. */
export function targetReachedOn(ctx: AdviceContext, target: Fen): number | null {
  const kept = keptUntil(ctx, target);
  const total = kept.reduce((s, x) => s + x.kept, 0);
  return total >= target && kept.length > 0 ? kept[kept.length - 1]!.day : null;
}

/** The plan with the owner's draws reduced until `target` is kept in the business. */
function withKeptDraws(ctx: AdviceContext, plan: Plan, target: Fen): Plan {
  const kept = keptUntil(ctx, target);
  if (kept.length === 0) return plan;
  const end = kept[kept.length - 1]!.day;
  return {
    ...plan,
    cashFlows: plan.cashFlows.flatMap((f) => {
      if (!isDraw(f)) return [f];
      const parts = splitFlow(f, ctx.t, 0, end + 1);
      const reduced = kept
        .filter((x) => x.flow.id === f.id)
        .map((x) => ({ ...once(f, ctx.t, x.day, `-kept${x.day}`), amount: f.amount - x.kept }));
      return [...parts.before, ...reduced, ...parts.after];
    }),
  };
}

/** The owner's draws as a monthly figure, kept at `share` (fen a month). */
export function keptPerMonth(ctx: AdviceContext): Fen {
  let monthly = 0;
  for (const f of ctx.plan.cashFlows.filter(isDraw)) {
    const per = {
      daily: 365 / 12,
      weekly: 52 / 12,
      monthly: 1,
      quarterly: 1 / 3,
      once: 0,
    }[f.frequency.type];
    monthly += f.amount * per;
  }
  return Math.round(monthly * ctx.levers.reserveFromDrawShare);
}

/** Ant-group balances, and the part of them in Yu'ebao (which earns a yield). */
function antCash(accounts: CashAccount[]): { all: Fen; yuebao: Fen } {
  const ant = accounts.filter((a) => a.platformGroup === 'ant');
  return {
    all: ant.reduce((s, a) => s + a.balance, 0),
    yuebao: ant.filter((a) => a.kind === 'yuebao').reduce((s, a) => s + a.balance, 0),
  };
}

export function reserveActions(ctx: AdviceContext): Action[] {
  const plan = ctx.plan;
  const out: Action[] = [];
  const common = {
    category: 'reserve' as const,
    startDay: 0,
    feeRate: 0,
    feeBasis: null,
    platformGroup: 'bank' as const,
    prerequisites: [],
  };

  out.push({
    ...common,
    kind: 'raise_reserve',
    cashSource: 'owner_injection',
    sized: true,
    amount: 0,
    min: yuan(1_000),
    cap: Math.max(yuan(10_000), ctx.yearlyInflows),
    leadTimeDays: INJECTION_DAYS.value,
    leadBasis: basisOf(INJECTION_DAYS),
    annualRate: OWNER_CASH_RATE.value,
    rateBasis: basisOf(OWNER_CASH_RATE),
    cost: 'opportunity',
    apply: (p, amount) => ({ ...p, cashAccounts: intoBank(p.cashAccounts, amount, 'advice-bank') }),
  });

  if (plan.cashFlows.some(isDraw)) {
    const share = ctx.levers.reserveFromDrawShare;
    const all = keptUntil(ctx, Number.MAX_SAFE_INTEGER).reduce((s, r) => s + r.kept, 0);
    out.push({
      ...common,
      kind: 'reserve_from_profit',
      cashSource: 'retained_draw',
      sized: true,
      amount: 0,
      min: yuan(1_000),
      cap: all,
      leadTimeDays: 0,
      leadBasis: null,
      annualRate: OWNER_CASH_RATE.value,
      rateBasis: basisOf(OWNER_CASH_RATE),
      cost: 'opportunity',
      assumptions: { reserveFromDrawShare: share },
      readyFor: (amount) => targetReachedOn(ctx, amount),
      reachableBy: (day) =>
        keptUntil(ctx, Number.MAX_SAFE_INTEGER)
          .filter((x) => x.day <= day)
          .reduce((s, x) => s + x.kept, 0),
      apply: (p, amount) => withKeptDraws(ctx, p, amount),
    });
  }

  const ant = antCash(plan.cashAccounts);
  const antTakings = plan.cashFlows.some(
    (f) => f.direction === 'inflow' && f.platformGroup === 'ant',
  );
  // An outage of the whole Ant platform locks its balances: the cash must be moved before it.
  const antLocked = (ctx.scenario?.shocks ?? []).filter(
    (s) => s.type === 'outage' && s.target.type === 'group' && s.target.group === 'ant',
  );
  const lockDay = antLocked.length > 0 ? Math.min(...antLocked.map((s) => s.startDay)) : undefined;
  if (ant.all > 0 || antTakings) {
    out.push({
      ...common,
      kind: 'reduce_alipay_cash',
      cashSource: 'platform_cash',
      sized: false,
      amount: ant.all,
      min: 0,
      cap: ant.all,
      leadTimeDays: 0,
      leadBasis: null,
      ...(lockDay === undefined ? {} : { doneBefore: lockDay }),
      // Only Yu'ebao earns a yield: Alipay's own balance gives nothing up by moving.
      annualRate: ant.all > 0 ? (YUEBAO_YIELD_FORGONE.value * ant.yuebao) / ant.all : 0,
      rateBasis: basisOf(YUEBAO_YIELD_FORGONE),
      cost: 'opportunity',
      apply: (p, _amount, timing) => {
        // Not in place within the horizon (too late for this outage): nothing changes in this run.
        if (timing.readyDay >= ctx.n) return p;
        const moved = antCash(p.cashAccounts).all;
        const emptied = p.cashAccounts.map((a) =>
          a.platformGroup === 'ant' ? { ...a, balance: 0 } : a,
        );
        const accounts = intoBank(emptied, moved, 'advice-bank');
        return {
          ...p,
          cashAccounts: accounts,
          // Takings still land in Alipay but are withdrawn to the bank the same day.
          cashFlows: p.cashFlows.map((f) =>
            f.direction === 'inflow' && f.platformGroup === 'ant'
              ? { ...f, platformGroup: 'bank' }
              : f,
          ),
        };
      },
    });
  }

  // Moving supplier payments off Huabei: the float given up is funded from own cash.
  const onHuabei = plan.cashFlows.filter(
    (f) => f.direction === 'outflow' && (f.huabeiShare ?? 0) > 0,
  );
  if (onHuabei.length > 0) {
    const float = onHuabei.reduce(
      (s, f) =>
        s +
        occurrences(f, ctx.t, 0, Math.min(30, ctx.n)).length *
          Math.round(f.amount * (f.huabeiShare ?? 0)),
      0,
    );
    out.push({
      ...common,
      kind: 'move_off_huabei',
      category: 'mix',
      sized: false,
      amount: float,
      min: 0,
      cap: float,
      leadTimeDays: 0,
      leadBasis: null,
      annualRate: OWNER_CASH_RATE.value,
      rateBasis: basisOf(OWNER_CASH_RATE),
      cost: 'float',
      apply: (p) => ({
        ...p,
        cashFlows: p.cashFlows.map((f) => {
          if (!f.huabeiShare) return f;
          const paidInCash = { ...f };
          delete paidInCash.huabeiShare;
          return paidInCash;
        }),
      }),
    });
  }
  return out;
}
