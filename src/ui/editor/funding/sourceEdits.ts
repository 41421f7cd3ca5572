import { defaultSource, HUABEI_INSTALMENT_FEES, SOURCE_DEFAULTS } from '../../../engine/defaults';
import type { Plan, Price, SourceKind } from '../../../engine/model';
import { annualRate, dailyRate, effectiveAnnualRate } from '../../../engine/rates';
import { fileFromPlan, fractionFromPercent, percentFromFraction } from '../../../io/planConvert';
import type { PlanFileSource } from '../../../io/planSchema';

/**
 * Funding-source edits that touch several fields, and the price readout. Unit conversions go
 * through `planConvert.ts` (yuan ⇄ fen, percent ⇄ fraction) and rates through `rates.ts`, so the
 * editor shows exactly what the engine will use.
 */

export type FilePrice = PlanFileSource['price'];
export type PriceMode = FilePrice['type'];
export const PRICE_MODES = [
  'annual',
  'daily',
  'instalment_fee',
] as const satisfies readonly PriceMode[];
export const BILL_INSTALMENTS = [0, 3, 6, 9, 12] as const;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isPercent = (x: unknown): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100;

/**
 * A new source of `kind` filled with every default (`SOURCE_DEFAULTS`), in the file's units.
 * @example newSourceFile('jiebei', 'source-1a2b3c4d', '借呗').price // { type: 'daily', ratePercent: 0.04 }
 */
export function newSourceFile(kind: SourceKind, id: string, name: string): PlanFileSource {
  const plan: Plan = {
    business: {
      name: '',
      currency: 'CNY',
      startDate: '2026-01-01',
      horizonDays: 30,
      minCashBuffer: 0,
    },
    cashAccounts: [],
    cashFlows: [],
    fundingSources: [defaultSource(kind, id, name)],
  };
  return fileFromPlan(plan).fundingSources[0]!;
}

/** A source as the owner first sees it: its limit and rate still to be typed. */
export type NewSourceDraft = Omit<PlanFileSource, 'limit' | 'price'> & {
  limit: undefined;
  price: { type: PriceMode; ratePercent?: undefined; totalFeePercent?: undefined; months?: number };
};

/**
 * A new source added in the editor: the kind's defaults for everything except the credit limit
 * and the rate, which start empty and required (the editor flags them). A prefilled ¥500,000
 * limit left unchanged would count as credit the owner does not have; the defaults stay
 * visible as hints (DefaultTip), not as values.
 * @example newSourceDraft('bank_loan', 's', '银行贷款').limit // undefined
 */
export function newSourceDraft(kind: SourceKind, id: string, name: string): NewSourceDraft {
  const full = newSourceFile(kind, id, name);
  const price =
    full.price.type === 'instalment_fee'
      ? { type: full.price.type, months: full.price.months }
      : { type: full.price.type };
  return { ...full, limit: undefined, price };
}

/** The engine price of a typed price (percent → fraction as `planConvert` does), or null while it is invalid. */
export function enginePrice(price: unknown): Price | null {
  if (!isRecord(price)) return null;
  switch (price.type) {
    case 'annual':
    case 'daily':
      return isPercent(price.ratePercent)
        ? { type: price.type, rate: fractionFromPercent(price.ratePercent) }
        : null;
    case 'instalment_fee': {
      const { totalFeePercent, months } = price;
      if (!isPercent(totalFeePercent) || !Number.isInteger(months)) return null;
      const n = months as number;
      return n >= 1 && n <= 360
        ? { type: 'instalment_fee', totalFee: fractionFromPercent(totalFeePercent), months: n }
        : null;
    }
    default:
      return null;
  }
}

/** Simple and compounded annual rates of a typed price, in percent; null while the price is invalid. */
export function annualPercentOf(price: unknown): { simple: number; effective: number } | null {
  const p = enginePrice(price);
  return p ? { simple: annualRate(p) * 100, effective: effectiveAnnualRate(p) * 100 } : null;
}

/** Huabei's 12-month fee: the starting point when a price is switched to an instalment fee. */
const TWELVE_MONTH_FEE: FilePrice = {
  type: 'instalment_fee',
  totalFeePercent: percentFromFraction(HUABEI_INSTALMENT_FEES[12]),
  months: 12,
};

/**
 * The price quoted another way at the same annual rate (daily = annual ÷ 365). An instalment fee
 * has no closed-form inverse, so switching to one starts from Huabei's 12-month fee.
 */
export function switchPriceMode(price: unknown, mode: PriceMode, kind: SourceKind): FilePrice {
  const current = enginePrice(price) ?? SOURCE_DEFAULTS[kind].price;
  if (current.type === mode) return priceToFile(current);
  switch (mode) {
    case 'annual':
      return { type: 'annual', ratePercent: percentFromFraction(annualRate(current)) };
    case 'daily':
      return { type: 'daily', ratePercent: percentFromFraction(dailyRate(current)) };
    case 'instalment_fee':
      return TWELVE_MONTH_FEE;
  }
}

function priceToFile(p: Price): FilePrice {
  return p.type === 'instalment_fee'
    ? { type: p.type, totalFeePercent: percentFromFraction(p.totalFee), months: p.months }
    : { type: p.type, ratePercent: percentFromFraction(p.rate) };
}

/**
 * Huabei bills converted to `n` instalments. Huabei charges the fee of the term used, so the
 * price follows: a fee already quoted over `n` months (a discount the owner typed) is kept, any
 * other becomes Huabei's published fee for `n` months. Paying bills in full keeps the price.
 */
export function withBillInstalments(
  source: PlanFileSource,
  n: (typeof BILL_INSTALMENTS)[number],
): PlanFileSource {
  if (source.kind !== 'huabei') return source;
  const p = enginePrice(source.price);
  if (n === 0 || (p?.type === 'instalment_fee' && p.months === n))
    return { ...source, billInstalments: n };
  return {
    ...source,
    billInstalments: n,
    price: {
      type: 'instalment_fee',
      totalFeePercent: percentFromFraction(HUABEI_INSTALMENT_FEES[n]),
      months: n,
    },
  };
}

/** Every source numbered in list order (drawPriority 1, 2, …): "use my order". */
export function withPositions(sources: readonly PlanFileSource[]): PlanFileSource[] {
  return sources.map((s, i) => ({ ...s, drawPriority: i + 1 }));
}

/** No source keeps a priority: cheapest annual rate first. */
export function withoutPriorities(sources: readonly PlanFileSource[]): PlanFileSource[] {
  return sources.map((s) => {
    const { drawPriority: _dropped, ...rest } = s;
    void _dropped;
    return rest;
  });
}

/** The list with the item at `from` moved to `to`. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = items.slice();
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
