import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amortizationSchedule, equalInstalmentPayment, totalRepaid } from './loanMath';

/** domain.md §3: ¥10,000 at 1.2 % a month over 12 months. */
const P = 1_000_000; // fen
const R = 0.012;
const N = 12;
const METHODS = ['equal_instalment', 'equal_principal', 'interest_only'] as const;

describe('equalInstalmentPayment (等额本息 PMT)', () => {
  it('¥10,000 at 1.2 %/month for 12 months is ¥899.75 a month', () => {
    // PMT = P·r(1+r)^n / ((1+r)^n − 1) = 1,000,000 · 0.012 · 1.15389… / 0.15389… = 89,975.43 fen
    expect(equalInstalmentPayment(P, R, N)).toBeCloseTo(89_975.433, 2);
    expect(Math.round(equalInstalmentPayment(P, R, N))).toBe(89_975);
  });

  it('is P/n at a zero rate', () => {
    expect(equalInstalmentPayment(1_200_000, 0, 12)).toBe(100_000);
  });

  it('a single instalment repays principal plus one month of interest', () => {
    expect(equalInstalmentPayment(P, R, 1)).toBeCloseTo(P * (1 + R), 6);
  });

  it('does not overflow: 21 % a day over 360 months is interest only, not NaN (issue 17)', () => {
    // Monthly rate 21 % × 365 / 12 = 638.75 %: (1 + r)^360 is beyond a double, so the textbook
    // form gave Infinity / Infinity. The payment tends to P·r as (1 + r)^n grows.
    const r = (0.21 * 365) / 12;
    expect(equalInstalmentPayment(P, r, 360)).toBe(P * r);
  });

  it('is finite and at least P·r and P/n for every rate and term a plan allows', () => {
    // Largest monthly rate a plan file allows: 100 % a day, × 365 / 12.
    const maxMonthly = (1 * 365) / 12;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: maxMonthly, noNaN: true }),
        fc.integer({ min: 1, max: 360 }),
        (r, n) => {
          const pmt = equalInstalmentPayment(P, r, n);
          expect(Number.isFinite(pmt)).toBe(true);
          // Every payment covers the month's interest and at least the straight-line share.
          expect(pmt).toBeGreaterThanOrEqual(P * r * (1 - 1e-12));
          expect(pmt).toBeGreaterThanOrEqual((P / n) * (1 - 1e-12));
        },
      ),
      { seed: 17, numRuns: 2_000 },
    );
  });
});

describe('amortizationSchedule', () => {
  it('equal instalments: 12 × ¥899.75 (last adjusted), ¥10,797.05 in all', () => {
    const rows = amortizationSchedule(P, R, N, 'equal_instalment');
    expect(rows).toHaveLength(12);
    // First month: interest 1,000,000 × 1.2 % = 12,000; principal 89,975 − 12,000 = 77,975.
    expect(rows[0]).toEqual({ principal: 77_975, interest: 12_000 });
    for (const r of rows.slice(0, 11)) expect(r.principal + r.interest).toBe(89_975);
    // The last row clears the balance left by the rounded payments: 88,913 + 1,067 = 89,980.
    expect(rows[11]).toEqual({ principal: 88_913, interest: 1_067 });
    expect(totalRepaid(rows)).toBe(1_079_705);
  });

  it('equal principal: P/n plus interest on the remaining balance, ¥10,780.00 in all', () => {
    const rows = amortizationSchedule(P, R, N, 'equal_principal');
    // Interest 12,000 + 11,000 + … + 1,000 = 78,000 (each on a balance that falls by 1/12).
    expect(rows.map((r) => r.interest)).toEqual([
      12_000, 11_000, 10_000, 9_000, 8_000, 7_000, 6_000, 5_000, 4_000, 3_000, 2_000, 1_000,
    ]);
    // 1,000,000 / 12 = 83,333.33 → 83,333 a month, the last 83,337 picks up the 4 fen left.
    expect(rows.slice(0, 11).every((r) => r.principal === 83_333)).toBe(true);
    expect(rows[11]!.principal).toBe(83_337);
    expect(totalRepaid(rows)).toBe(1_078_000);
  });

  it('interest only: P·r a month, the last payment P + P·r, ¥11,440.00 in all', () => {
    const rows = amortizationSchedule(P, R, N, 'interest_only');
    expect(rows.slice(0, 11).every((r) => r.principal === 0 && r.interest === 12_000)).toBe(true);
    expect(rows[11]).toEqual({ principal: 1_000_000, interest: 12_000 });
    expect(totalRepaid(rows)).toBe(1_144_000);
  });

  it('a zero-rate loan repays exactly the principal', () => {
    for (const m of METHODS) {
      const rows = amortizationSchedule(100_001, 0, 7, m);
      expect(rows.every((r) => r.interest === 0)).toBe(true);
      expect(totalRepaid(rows)).toBe(100_001);
    }
  });

  it('principal sums exactly to P in every schedule, every posting is an integer fen ≥ 0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.double({ min: 0, max: 0.05, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom(...METHODS),
        (principal, rate, months, method) => {
          const rows = amortizationSchedule(principal, rate, months, method);
          expect(rows).toHaveLength(months);
          let sumPrincipal = 0;
          for (const r of rows) {
            expect(Number.isInteger(r.principal)).toBe(true);
            expect(Number.isInteger(r.interest)).toBe(true);
            expect(r.principal).toBeGreaterThanOrEqual(0);
            expect(r.interest).toBeGreaterThanOrEqual(0);
            sumPrincipal += r.principal;
          }
          expect(sumPrincipal).toBe(principal);
        },
      ),
      { seed: 20260301, numRuns: 300 },
    );
  });

  it('for one loan, interest only costs most and equal principal least', () => {
    const cost = (m: (typeof METHODS)[number]) => totalRepaid(amortizationSchedule(P, R, N, m)) - P;
    expect(cost('equal_principal')).toBeLessThan(cost('equal_instalment'));
    expect(cost('equal_instalment')).toBeLessThan(cost('interest_only'));
  });
});
