import type { Price } from './model';

/**
 * Price conversions. China requires lenders to show the annualised rate first (PBOC
 * Announcement [2021] No. 3), so every price the engine sees reduces to a simple annual rate.
 */

/** Simple annual rate (fraction) of any quoted price: daily × 365, instalment fee → 12 × monthly IRR. */
export function annualRate(price: Price): number {
  switch (price.type) {
    case 'annual':
      return price.rate;
    case 'daily':
      return price.rate * 365;
    case 'instalment_fee':
      return 12 * monthlyIrrOfInstalmentFee(price.totalFee, price.months);
    default:
      return assertNever(price);
  }
}

/** Compounded (effective) annual rate: (1+d)^365 − 1 for daily prices, (1+i)^12 − 1 otherwise. */
export function effectiveAnnualRate(price: Price): number {
  switch (price.type) {
    case 'daily':
      return Math.pow(1 + price.rate, 365) - 1;
    case 'annual':
      return Math.pow(1 + price.rate / 12, 12) - 1;
    case 'instalment_fee':
      return Math.pow(1 + monthlyIrrOfInstalmentFee(price.totalFee, price.months), 12) - 1;
    default:
      return assertNever(price);
  }
}

/** Daily rate used for actual-day interest (annual / 365). */
export function dailyRate(price: Price): number {
  return price.type === 'daily' ? price.rate : annualRate(price) / 365;
}

/**
 * Monthly IRR i solving P = Σₖ (P(1+f)/n) / (1+i)^k for k = 1..n — the true cost of a fee
 * quoted as a flat total (12 months at 8.8 % → i ≈ 1.322 %, APR ≈ 15.9 %).
 * Bisection: the present value falls monotonically in i, so 60 halvings reach float precision.
 */
export function monthlyIrrOfInstalmentFee(totalFee: number, months: number): number {
  if (totalFee <= 0 || months <= 0) return 0;
  const key = `${totalFee}/${months}`;
  let irr = irrCache.get(key);
  if (irr === undefined) {
    // Every run starts each source's state from its price, and a Monte Carlo makes 10,000 runs.
    if (irrCache.size >= IRR_CACHE_SIZE) irrCache.clear();
    irr = bisectIrr(totalFee, months);
    irrCache.set(key, irr);
  }
  return irr;
}

const IRR_CACHE_SIZE = 256;
const irrCache = new Map<string, number>();

function bisectIrr(totalFee: number, months: number): number {
  const payment = (1 + totalFee) / months;
  const presentValue = (i: number): number => {
    let pv = 0;
    let discount = 1;
    for (let k = 1; k <= months; k++) {
      discount /= 1 + i;
      pv += payment * discount;
    }
    return pv;
  };
  let lo = 0;
  let hi = 1;
  for (let step = 0; step < 60; step++) {
    const mid = (lo + hi) / 2;
    if (presentValue(mid) > 1) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}
