/**
 * Hand-made plan builders shared by the engine tests: a plan, its accounts, flows, credit lines
 * and a scenario, each with test defaults overridden field by field. Everything is in engine
 * types: money in integer fen (`yuan(1_000)` = 100_000 fen), days as indices from the plan's
 * start date. Random plans for property tests are in testRandomPlans.ts; checks over a
 * projection's columns in testProjection.ts. Test-only: nothing in the app imports this file.
 */
import type {
  CashAccount,
  CashFlow,
  CreditSource,
  Fen,
  Frequency,
  HuabeiSource,
  Plan,
  PlatformGroup,
  Scenario,
  Shock,
  SourceKind,
} from './model';

/** Whole or fractional yuan to fen, exact for the 2-decimal amounts the tests use. */
export const yuan = (y: number): Fen => Math.round(y * 100);

export const START = '2026-03-01';

export function account(
  id: string,
  balance: Fen,
  platformGroup: PlatformGroup = 'bank',
  kind: CashAccount['kind'] = platformGroup === 'ant'
    ? 'alipay'
    : platformGroup === 'tencent'
      ? 'wechat'
      : 'bank',
): CashAccount {
  return { id, name: id, kind, platformGroup, balance };
}

export function flow(
  id: string,
  direction: CashFlow['direction'],
  amount: Fen,
  frequency: Frequency = { type: 'daily' },
  extra: Partial<CashFlow> = {},
): CashFlow {
  return { id, name: id, direction, amount, frequency, ...extra };
}

export const inflow = (
  id: string,
  amount: Fen,
  frequency?: Frequency,
  extra?: Partial<CashFlow>,
): CashFlow => flow(id, 'inflow', amount, frequency, extra);
export const outflow = (
  id: string,
  amount: Fen,
  frequency?: Frequency,
  extra?: Partial<CashFlow>,
): CashFlow => flow(id, 'outflow', amount, frequency, extra);

const KIND_GROUP: Record<SourceKind, PlatformGroup> = {
  huabei: 'ant',
  jiebei: 'ant',
  mybank: 'ant',
  webank: 'tencent',
  bank_loan: 'bank',
  bank_credit_line: 'bank',
  guaranteed_loan: 'bank',
  factoring: 'bank',
  bill_discount: 'bank',
  credit_card: 'bank',
  family: 'private',
  other: 'other',
};

/** A non-Huabei credit source: 0 % annual, equal instalments over 12 months, arranged today. */
export function credit(
  id: string,
  kind: Exclude<SourceKind, 'huabei'>,
  limit: Fen,
  extra: Partial<CreditSource> = {},
): CreditSource {
  return {
    id,
    name: id,
    kind,
    platformGroup: KIND_GROUP[kind],
    limit,
    price: { type: 'annual', rate: 0 },
    repayment: 'equal_instalment',
    termMonths: 12,
    leadTimeDays: 0,
    outstanding: [],
    ...extra,
  };
}

/** A Huabei line: statement on the 1st, due the 10th, bills paid in full. */
export function huabei(id: string, limit: Fen, extra: Partial<HuabeiSource> = {}): HuabeiSource {
  return {
    id,
    name: id,
    kind: 'huabei',
    platformGroup: 'ant',
    limit,
    price: { type: 'instalment_fee', totalFee: 0.088, months: 12 },
    repayment: 'equal_instalment',
    termMonths: 1,
    leadTimeDays: 0,
    outstanding: [],
    statementDay: 1,
    dueDay: 10,
    billInstalments: 0,
    ...extra,
  };
}

export type PlanOverrides = {
  name?: string;
  startDate?: string;
  horizonDays?: number;
  minCashBuffer?: Fen;
  cashAccounts?: CashAccount[];
  cashFlows?: CashFlow[];
  fundingSources?: Plan['fundingSources'];
};

/** An empty 30-day plan from 2026-03-01 with ¥0 in one bank account, overridden field by field. */
export function planWith(o: PlanOverrides = {}): Plan {
  return {
    business: {
      name: o.name ?? 'Test shop',
      currency: 'CNY',
      startDate: o.startDate ?? START,
      horizonDays: o.horizonDays ?? 30,
      minCashBuffer: o.minCashBuffer ?? 0,
    },
    cashAccounts: o.cashAccounts ?? [account('bank', 0)],
    cashFlows: o.cashFlows ?? [],
    fundingSources: o.fundingSources ?? [],
  };
}

export function scenario(...shocks: Shock[]): Scenario {
  return { id: 'test', name: 'Test scenario', shocks };
}

export const NO_SHOCKS: Scenario = { id: 'baseline', name: 'Baseline', shocks: [] };
