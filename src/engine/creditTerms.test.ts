/**
 * Credit terms an independent check found wrong or silent (issue 15), each with hand-worked
 * numbers and its formula. Money in fen (¥1 = 100 fen); plans start 2026-03-01 unless stated.
 * The plan-file side (what is refused, with which message) is in `src/io/creditRules.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { account, credit, huabei, inflow, outflow, planWith, scenario, yuan } from './testPlans';
import { assertConserved, nonZeroDays, sum } from './testProjection';

describe('1. Huabei bills in instalments pay the fee of the term actually used', () => {
  // ¥12,000 of purchases on 03-05, all on Huabei (statement on the 1st, due the 10th). The
  // 04-01 statement (day 31) bills ¥12,000, due 04-10 (day 40), converted to 3 instalments:
  // 04-10 (day 40), 05-10 (day 70), 06-10 (day 101).
  // Each instalment = principal ÷ n + principal × fee(n) ÷ n = 12,000 ÷ 3 + 12,000 × 2.5 % ÷ 3
  //                 = ¥4,000 + ¥100. Fees in all: 3 × ¥100 = ¥300 = 12,000 × 2.5 %.
  const planOf = (price: { totalFee: number; months: number }) =>
    planWith({
      horizonDays: 120,
      cashAccounts: [account('bank', yuan(20_000))],
      cashFlows: [
        outflow('stock', yuan(12_000), { type: 'once', date: '2026-03-05' }, { huabeiShare: 1 }),
      ],
      fundingSources: [
        huabei('huabei', yuan(50_000), {
          billInstalments: 3,
          price: { type: 'instalment_fee', ...price },
        }),
      ],
    });

  it('3 instalments at 2.5 %: ¥4,000 + ¥100 on 04-10, 05-10 and 06-10', () => {
    const run = simulate(planOf({ totalFee: 0.025, months: 3 }));
    assertConserved(run);
    expect(nonZeroDays(run.repayments)).toEqual([40, 70, 101]);
    for (const d of [40, 70, 101]) {
      expect(run.repayments[d]).toBe(yuan(4_000));
      expect(run.interest[d]).toBe(yuan(100));
    }
    expect(sum(run.interest)).toBe(yuan(300));
  });

  it('a 12-month price reaching the engine with 3 instalments charges the 3-month fee, not 8.8 % over 3', () => {
    // The file schema refuses this pair; the engine still never spreads the 12-month fee over 3
    // instalments (that was 12,000 × 8.8 % ÷ 3 = ¥352 a month, about 52 % a year).
    const run = simulate(planOf({ totalFee: 0.088, months: 12 }));
    assertConserved(run);
    expect(run.interest[40]).toBe(yuan(100));
    expect(sum(run.interest)).toBe(yuan(300));
  });

  it("an owner's own quote for that term is what is charged (a discount: 1.8 % over 3)", () => {
    // 12,000 × 1.8 % ÷ 3 = ¥72 an instalment.
    const run = simulate(planOf({ totalFee: 0.018, months: 3 }));
    expect(run.interest[40]).toBe(yuan(72));
  });
});

describe('2. Existing Huabei instalment plans pay their fee', () => {
  // The fee of a plan is original × f ÷ term each month; with `remaining` instalments left of
  // equal principal parts, original = principal × term ÷ remaining, so each instalment pays
  //   principal ÷ remaining + principal × f ÷ remaining.
  const planOf = (o: { principal: number; remaining: number; planMonths?: 3 | 6 | 9 | 12 }) =>
    planWith({
      horizonDays: 120,
      cashAccounts: [account('bank', yuan(50_000))],
      fundingSources: [
        huabei('huabei', yuan(50_000), {
          outstanding: [
            {
              principal: o.principal,
              nextDueDate: '2026-03-10',
              remainingInstalments: o.remaining,
              ...(o.planMonths === undefined ? {} : { planMonths: o.planMonths }),
            },
          ],
        }),
      ],
    });

  it('¥12,000 with 12 instalments left at 8.8 %: ¥1,000 + ¥88 a month', () => {
    // 12,000 ÷ 12 = ¥1,000 principal; 12,000 × 8.8 % ÷ 12 = ¥88 fee. Due 03-10 (day 9), 04-10
    // (day 40), 05-10 (day 70), 06-10 (day 101).
    const run = simulate(planOf({ principal: yuan(12_000), remaining: 12 }));
    assertConserved(run);
    expect(nonZeroDays(run.repayments)).toEqual([9, 40, 70, 101]);
    for (const d of [9, 40, 70, 101]) {
      expect(run.repayments[d]).toBe(yuan(1_000));
      expect(run.interest[d]).toBe(yuan(88));
    }
  });

  it('the same plan 7 instalments later (¥5,000, 5 left of 12): still ¥88 a month', () => {
    // 5,000 × 8.8 % ÷ 5 = ¥88: the fee of the original ¥12,000 plan, as Alipay shows it.
    const run = simulate(planOf({ principal: yuan(5_000), remaining: 5, planMonths: 12 }));
    expect(run.interest[9]).toBe(yuan(88));
    expect(run.repayments[9]).toBe(yuan(1_000));
  });

  it('without planMonths, 5 left is read as the shortest term that has 5 (6 months, 4.5 %)', () => {
    // 5,000 × 4.5 % ÷ 5 = ¥45 (Huabei's published 6-month fee; the price quotes 12 months).
    const run = simulate(planOf({ principal: yuan(5_000), remaining: 5 }));
    expect(run.interest[9]).toBe(yuan(45));
  });

  it('one instalment left and no plan: a bill repaid in full, interest-free', () => {
    const run = simulate(planOf({ principal: yuan(5_000), remaining: 1 }));
    expect(run.repayments[9]).toBe(yuan(5_000));
    expect(sum(run.interest)).toBe(0);
  });
});

describe('3. Month-end anchors hold for loan schedules', () => {
  it('a loan drawn on 31 January falls due 28 Feb, 31 Mar, 30 Apr, 31 May', () => {
    // ¥1,200 spent on day 0 (2026-01-31) from ¥0: Jiebei lends ¥1,200 at 0 % over 12 months,
    // ¥100 a month on the draw's day of month, clamped to shorter months and back to the 31st:
    // 2026-02-28 (day 28), 03-31 (day 59), 04-30 (day 89), 05-31 (day 120). ¥100 a day of sales
    // from day 1 pays each instalment without a new draw.
    const plan = planWith({
      startDate: '2026-01-31',
      horizonDays: 130,
      cashFlows: [
        outflow('kit', yuan(1_200), { type: 'once', date: '2026-01-31' }),
        inflow('sales', yuan(100), { type: 'daily' }, { startDate: '2026-02-01' }),
      ],
      fundingSources: [credit('jiebei', 'jiebei', yuan(5_000))],
    });
    const run = simulate(plan);
    assertConserved(run);
    expect(run.draws[0]).toBe(yuan(1_200));
    expect(nonZeroDays(run.sources[0]!.repayments)).toEqual([28, 59, 89, 120]);
    expect(run.repayments[59]).toBe(yuan(100));
  });

  it('a balance next due on the 31st keeps the 31st after February', () => {
    // Next due 2026-01-31 (day 30), then 02-28 (day 58), 03-31 (day 89); ¥1,000 principal each.
    const plan = planWith({
      startDate: '2026-01-01',
      horizonDays: 100,
      cashAccounts: [account('bank', yuan(10_000))],
      fundingSources: [
        credit('loan', 'bank_loan', yuan(3_000), {
          outstanding: [
            { principal: yuan(3_000), nextDueDate: '2026-01-31', remainingInstalments: 3 },
          ],
        }),
      ],
    });
    const run = simulate(plan);
    expect(nonZeroDays(run.repayments)).toEqual([30, 58, 89]);
  });
});

describe('4–5. Penalty interest: every day late, at the multiplier given', () => {
  // Jiebei ¥10,000 interest-only at 0.05 %/day, one instalment left, due 03-06 (day 5):
  // contract interest 02-06 → 03-06 = 28 days × 0.05 % × 10,000 = ¥140, so ¥10,140 falls due.
  // Repayments blocked for 10 days (days 5–14): paid on day 15, 10 days late.
  // penalty = overdue × penaltyMultiplier × contract daily rate × days late.
  const planOf = (penaltyMultiplier?: number) =>
    planWith({
      cashAccounts: [account('bank', yuan(20_000))],
      fundingSources: [
        credit('jiebei', 'jiebei', yuan(10_000), {
          price: { type: 'daily', rate: 0.0005 },
          repayment: 'interest_only',
          ...(penaltyMultiplier === undefined ? {} : { penaltyMultiplier }),
          outstanding: [
            { principal: yuan(10_000), nextDueDate: '2026-03-06', remainingInstalments: 1 },
          ],
        }),
      ],
    });
  const blocked = scenario({
    type: 'repayment_blocked',
    target: { type: 'kinds', kinds: ['jiebei', 'huabei'] },
    startDay: 5,
    durationDays: 10,
  });

  it('4. blocked 10 days → 10 days of penalty: 10,140 × 1.5 × 0.05 % × 10 = ¥76.05', () => {
    const run = simulate(planOf(1.5), blocked);
    assertConserved(run);
    expect(nonZeroDays(run.repayments)).toEqual([15]);
    expect(run.interest[15]).toBe(yuan(140) + 7_605);
  });

  it('5. penaltyMultiplier is used: 3 × → 10,140 × 3 × 0.05 % × 10 = ¥152.10', () => {
    const run = simulate(planOf(3), blocked);
    expect(run.interest[15]).toBe(yuan(140) + 15_210);
  });

  it('5. absent, Jiebei assumes 1.5 × (domain.md: the penalty is not published)', () => {
    expect(simulate(planOf(), blocked).interest[15]).toBe(yuan(140) + 7_605);
  });

  it("5. Huabei's bill pays Huabei's own 0.05 %/day: ¥10,000 × 0.05 % × 10 = ¥50", () => {
    // A ¥10,000 bill due 03-06 (day 5), blocked days 5–14, paid day 15.
    const plan = planWith({
      cashAccounts: [account('bank', yuan(20_000))],
      fundingSources: [
        huabei('huabei', yuan(20_000), {
          outstanding: [
            { principal: yuan(10_000), nextDueDate: '2026-03-06', remainingInstalments: 1 },
          ],
        }),
      ],
    });
    const run = simulate(plan, blocked);
    assertConserved(run);
    expect(run.repayments[15]).toBe(yuan(10_000));
    expect(run.interest[15]).toBe(yuan(50));
  });
});
