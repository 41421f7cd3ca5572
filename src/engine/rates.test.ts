import { describe, expect, it } from 'vitest';
import { annualRate, dailyRate, effectiveAnnualRate, monthlyIrrOfInstalmentFee } from './rates';

describe('annualRate / effectiveAnnualRate (domain.md §3)', () => {
  it('daily 0.05 % → simple APR 18.25 %, compounded 20.02 %', () => {
    const price = { type: 'daily', rate: 0.0005 } as const;
    expect(annualRate(price)).toBeCloseTo(0.1825, 12);
    // (1.0005)^365 − 1 = 0.200159…
    expect(effectiveAnnualRate(price)).toBeCloseTo(0.2002, 4);
  });

  it('an annual quote is its own simple rate; its effective rate compounds monthly', () => {
    const price = { type: 'annual', rate: 0.12 } as const;
    expect(annualRate(price)).toBe(0.12);
    // (1 + 0.01)^12 − 1 = 12.6825 %
    expect(effectiveAnnualRate(price)).toBeCloseTo(0.126825, 6);
  });

  it('Huabei 12 months at an 8.8 % fee → ~15.9 % simple, ~17.1 % effective', () => {
    const price = { type: 'instalment_fee', totalFee: 0.088, months: 12 } as const;
    expect(annualRate(price)).toBeCloseTo(0.159, 3);
    expect(effectiveAnnualRate(price)).toBeCloseTo(0.171, 3);
  });

  it('dailyRate: a daily quote as is, anything else annual / 365', () => {
    expect(dailyRate({ type: 'daily', rate: 0.0004 })).toBe(0.0004);
    expect(dailyRate({ type: 'annual', rate: 0.0365 })).toBeCloseTo(0.0001, 15);
    expect(dailyRate({ type: 'instalment_fee', totalFee: 0.088, months: 12 })).toBeCloseTo(
      annualRate({ type: 'instalment_fee', totalFee: 0.088, months: 12 }) / 365,
      15,
    );
  });
});

describe('monthlyIrrOfInstalmentFee', () => {
  it('solves P = Σ (P(1+f)/n)/(1+i)^k to float precision', () => {
    for (const [fee, n] of [
      [0.025, 3],
      [0.045, 6],
      [0.065, 9],
      [0.088, 12],
    ] as const) {
      const i = monthlyIrrOfInstalmentFee(fee, n);
      let pv = 0;
      for (let k = 1; k <= n; k++) pv += (1 + fee) / n / Math.pow(1 + i, k);
      expect(pv).toBeCloseTo(1, 12);
    }
  });

  it('12 months at 8.8 %: i ≈ 1.322 % a month', () => {
    const i = monthlyIrrOfInstalmentFee(0.088, 12);
    expect(i).toBeCloseTo(0.01322, 5);
    expect(12 * i).toBeCloseTo(0.1586, 4);
    expect(Math.pow(1 + i, 12) - 1).toBeCloseTo(0.1707, 4);
  });

  it('a flat fee costs far more than its headline: 8.8 % over 12 months is ~15.9 % a year', () => {
    expect(12 * monthlyIrrOfInstalmentFee(0.088, 12)).toBeGreaterThan(0.088 * 1.75);
  });

  it('is 0 for no fee or no months', () => {
    expect(monthlyIrrOfInstalmentFee(0, 12)).toBe(0);
    expect(monthlyIrrOfInstalmentFee(0.05, 0)).toBe(0);
  });

  it('a one-month fee f is an IRR of exactly f', () => {
    expect(monthlyIrrOfInstalmentFee(0.02, 1)).toBeCloseTo(0.02, 12);
  });
});
