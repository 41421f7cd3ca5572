import { annualRate } from '../engine/rates';
import type { StoredCheckIn } from './checkInSchema';
import { fractionFromPercent, percentFromFraction } from './planConvert';
import type { PlanFile, PlanFileSource } from './planSchema';

/**
 * Between a plan file and a check-in (stored units: yuan, percent): the form's starting values
 * taken from the plan, and the plan updated from a check-in. No zod here, so the state layer can
 * use it without loading the schema.
 */

/** A price's simple annual rate in percent, 2 decimals (what a lender's 年化利率 shows). */
export function annualRatePercentOf(price: PlanFileSource['price']): number {
  const rate =
    price.type === 'instalment_fee'
      ? annualRate({
          type: 'instalment_fee',
          totalFee: fractionFromPercent(price.totalFeePercent),
          months: price.months,
        })
      : annualRate({ type: price.type, rate: fractionFromPercent(price.ratePercent) });
  return Math.round(rate * 10000) / 100;
}

/**
 * A check-in holding what the plan says today, so the advisor types only what changed.
 * @example checkInFromPlan(valid.file, 'ci-1', '2026-12-01').lines[0].limit // 50000
 */
export function checkInFromPlan(file: PlanFile, id: string, date: string): StoredCheckIn {
  return {
    id,
    date,
    cash: file.cashAccounts.map((a) => ({ accountId: a.id, name: a.name, balance: a.balance })),
    lines: file.fundingSources.map((s) => ({
      sourceId: s.id,
      name: s.name,
      limit: s.limit,
      annualRatePercent: annualRatePercentOf(s.price),
      failedRepayment: false,
      notice: false,
    })),
    note: '',
  };
}

export type PlanChange =
  | { kind: 'cash'; id: string; name: string; from: number; to: number }
  | { kind: 'limit'; id: string; name: string; from: number; to: number }
  | { kind: 'rate'; id: string; name: string; from: number; to: number };

/** What the update could not carry over, and why. */
export type PlanSkip =
  /** The plan quotes this line as an instalment fee, not a rate: the observed rate is not a fee. */
  | { kind: 'rate_is_fee'; id: string; name: string }
  /** The plan has no account or line with this id any more. */
  | { kind: 'missing'; id: string; name: string };

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The plan's draft with the check-in's cash balances, limits and rates, and what changed. A
 * daily-rate line keeps its daily form (annual ÷ 365); an instalment-fee line keeps its fee.
 * @example applyCheckInToPlan(draft, checkIn).changed // [{ kind: 'limit', id: 'jiebei', from: 50000, to: 35000 }]
 */
export function applyCheckInToPlan(
  draft: PlanFile,
  c: StoredCheckIn,
): { file: PlanFile; changed: PlanChange[]; skipped: PlanSkip[] } {
  const changed: PlanChange[] = [];
  const skipped: PlanSkip[] = [];
  const accounts = draft.cashAccounts.slice();
  for (const seen of c.cash) {
    const i = accounts.findIndex((a) => a.id === seen.accountId);
    const account = accounts[i];
    if (!account) {
      skipped.push({ kind: 'missing', id: seen.accountId, name: seen.name });
      continue;
    }
    if (num(account.balance) === seen.balance) continue;
    changed.push({
      kind: 'cash',
      id: account.id,
      name: account.name,
      from: num(account.balance) ?? 0,
      to: seen.balance,
    });
    accounts[i] = { ...account, balance: seen.balance };
  }
  const sources = draft.fundingSources.slice();
  for (const seen of c.lines) {
    const i = sources.findIndex((s) => s.id === seen.sourceId);
    const source = sources[i];
    if (!source) {
      skipped.push({ kind: 'missing', id: seen.sourceId, name: seen.name });
      continue;
    }
    let next: PlanFileSource = source;
    if (num(source.limit) !== seen.limit) {
      changed.push({
        kind: 'limit',
        id: source.id,
        name: source.name,
        from: num(source.limit) ?? 0,
        to: seen.limit,
      });
      next = { ...next, limit: seen.limit };
    }
    const rate = seen.annualRatePercent;
    if (rate !== null) {
      const price = source.price;
      const before = (() => {
        try {
          return annualRatePercentOf(price);
        } catch {
          return null; // a half-typed price in the draft: the observed rate replaces it
        }
      })();
      if (before !== rate) {
        if (price.type === 'instalment_fee')
          skipped.push({ kind: 'rate_is_fee', id: source.id, name: source.name });
        else {
          const ratePercent =
            price.type === 'daily' ? percentFromFraction(fractionFromPercent(rate) / 365) : rate;
          changed.push({
            kind: 'rate',
            id: source.id,
            name: source.name,
            from: before ?? 0,
            to: rate,
          });
          next = { ...next, price: { type: price.type, ratePercent } } as PlanFileSource;
        }
      }
    }
    sources[i] = next;
  }
  return { file: { ...draft, cashAccounts: accounts, fundingSources: sources }, changed, skipped };
}
