/**
 * Hand-worked repayments (the day loop: see simulate.test.ts): interest on actual days, blocked
 * repayments with penalty interest, recalls, instalment schedules, revolving interest and Huabei
 * bills. All money in fen (¥1 = 100 fen).
 */
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { account, credit, huabei, outflow, planWith, scenario, yuan } from './testPlans';
import { arr, assertConserved, nonZeroDays, sum } from './testProjection';

describe('c. Interest on actual days (bank loan, interest only)', () => {
  // ¥100,000 at 3.65 % a year → 0.01 % a day = ¥10 a day. Next instalment 2026-03-21, 2 left.
  // Interest on the first instalment runs from one period before: 2026-02-21 → 2026-03-21 = 28 days
  // → ¥280.00 on 03-21 (day 20). Then 03-21 → 04-21 = 31 days → ¥310.00 plus the ¥100,000 principal
  // on 04-21 (day 51). Final cash 200,000 − 280 − 310 − 100,000 = ¥99,410.00.
  const plan = planWith({
    horizonDays: 60,
    cashAccounts: [account('bank', yuan(200_000))],
    fundingSources: [
      credit('loan', 'bank_loan', yuan(100_000), {
        price: { type: 'annual', rate: 0.0365 },
        repayment: 'interest_only',
        outstanding: [
          { principal: yuan(100_000), nextDueDate: '2026-03-21', remainingInstalments: 2 },
        ],
      }),
    ],
  });

  it('pays ¥280.00 on 03-21 and ¥310.00 + ¥100,000 on 04-21', () => {
    const run = simulate(plan);
    assertConserved(run);
    expect(nonZeroDays(run.interest)).toEqual([20, 51]);
    expect(run.interest[20]).toBe(28_000);
    expect(run.interest[51]).toBe(31_000);
    expect(nonZeroDays(run.repayments)).toEqual([51]);
    expect(run.repayments[51]).toBe(yuan(100_000));
    expect(run.cash[59]).toBe(yuan(99_410));
    expect(run.sources[0]!.balance[50]).toBe(yuan(100_000));
    expect(run.sources[0]!.balance[51]).toBe(0);
    expect(sum(run.draws)).toBe(0);
  });
});

describe('d. Repayment blocked with penalty interest', () => {
  // Jiebei ¥10,000 interest-only at 0.05 %/day, one instalment left, due 2026-03-04 (day 3).
  // Contract interest 2026-02-04 → 03-04 = 28 days × 0.05 % × 10,000 = ¥140.00, so ¥10,140 falls due.
  // Repayments blocked on days 0–9: on day 3 the ¥10,140 goes overdue and is paid on day 10, so it
  // is late 10 − 3 = 7 days (the due day counts, the day it is paid does not).
  // Penalty = overdue × penaltyMultiplier × contract daily rate × days late
  //         = 10,140 × 2 × 0.05 % × 7 = ¥10.14 × 7 = ¥70.98.
  // Day 10 (block over): principal ¥10,000 + interest ¥140 + penalty ¥70.98 = ¥10,210.98.
  const plan = planWith({
    cashAccounts: [account('bank', yuan(20_000))],
    fundingSources: [
      credit('jiebei', 'jiebei', yuan(10_000), {
        price: { type: 'daily', rate: 0.0005 },
        repayment: 'interest_only',
        penaltyMultiplier: 2,
        outstanding: [
          { principal: yuan(10_000), nextDueDate: '2026-03-04', remainingInstalments: 1 },
        ],
      }),
    ],
  });
  const blocked = scenario({
    type: 'repayment_blocked',
    target: { type: 'kinds', kinds: ['jiebei'] },
    startDay: 0,
    durationDays: 10,
  });

  it('baseline: ¥10,140 paid on the due day', () => {
    const run = simulate(plan);
    assertConserved(run);
    expect(nonZeroDays(run.repayments)).toEqual([3]);
    expect(run.repayments[3]).toBe(yuan(10_000));
    expect(run.interest[3]).toBe(yuan(140));
  });

  it('blocked: nothing paid until day 10, then ¥10,000 + ¥140 + ¥70.98 penalty (7 days late)', () => {
    const run = simulate(plan, blocked);
    assertConserved(run);
    expect(nonZeroDays(run.repayments)).toEqual([10]);
    expect(nonZeroDays(run.interest)).toEqual([10]);
    expect(run.repayments[10]).toBe(yuan(10_000));
    expect(run.interest[10]).toBe(yuan(140) + 7_098);
    expect(run.sources[0]!.repayments[10]).toBe(1_021_098);
    expect(run.cash[29]).toBe(yuan(20_000) - 1_021_098);
    // While overdue the principal still counts against the limit: no headroom on days 3–9.
    expect(arr(run.sources[0]!.balance, 3, 10)).toEqual(Array(7).fill(yuan(10_000)));
    expect(run.sources[0]!.balance[10]).toBe(0);
  });

  it('a block that ends before the due day costs nothing', () => {
    const early = scenario({
      type: 'repayment_blocked',
      target: { type: 'kinds', kinds: ['jiebei'] },
      startDay: 0,
      durationDays: 3,
    });
    const run = simulate(plan, early);
    assertConserved(run);
    expect(run.interest[3]).toBe(yuan(140));
    expect(sum(run.interest)).toBe(yuan(140));
  });
});

describe('g. Recall', () => {
  // Bank loan ¥100,000 interest-only at 3.65 % (¥10/day), 12 instalments left, next due 2026-03-21,
  // interest running from 2026-02-21 (day −8). Recall on day 5 with 7 days' notice: due on day 12,
  // the whole ¥100,000 plus interest for 12 − (−8) = 20 days = ¥200.00. Nothing is due on 03-21 after that.
  const plan = planWith({
    cashAccounts: [account('bank', yuan(150_000))],
    fundingSources: [
      credit('loan', 'bank_loan', yuan(120_000), {
        price: { type: 'annual', rate: 0.0365 },
        repayment: 'interest_only',
        outstanding: [
          { principal: yuan(100_000), nextDueDate: '2026-03-21', remainingInstalments: 12 },
        ],
      }),
    ],
  });
  const recall = scenario({
    type: 'recall',
    target: { type: 'sources', sourceIds: ['loan'] },
    startDay: 5,
    dueWithinDays: 7,
  });

  it('the whole balance plus accrued interest falls due on startDay + dueWithinDays', () => {
    const run = simulate(plan, recall);
    assertConserved(run);
    expect(nonZeroDays(run.repayments)).toEqual([12]);
    expect(run.repayments[12]).toBe(yuan(100_000));
    expect(nonZeroDays(run.interest)).toEqual([12]);
    expect(run.interest[12]).toBe(yuan(200));
    expect(run.cash[29]).toBe(yuan(150_000 - 100_000 - 200));
    // The line is closed from the recall day: headroom ¥20,000 before, 0 after.
    expect(run.sources[0]!.headroom[4]).toBe(yuan(20_000));
    expect(arr(run.sources[0]!.headroom, 5, 30)).toEqual(Array(25).fill(0));
    expect(run.sources[0]!.balance[12]).toBe(0);
  });

  it('baseline pays only the ¥280 of interest on 03-21', () => {
    const run = simulate(plan);
    expect(nonZeroDays(run.interest)).toEqual([20]);
    expect(run.interest[20]).toBe(28_000);
    expect(sum(run.repayments)).toBe(0);
  });
});

describe('more mechanics', () => {
  it('an equal-instalment draw first falls due one calendar month after the draw', () => {
    // ¥1,200 drawn on 2026-03-01 at 0 % over 12 months: ¥100 on 04-01 (day 31), 05-01 (day 61).
    const plan = planWith({
      horizonDays: 70,
      cashAccounts: [account('bank', yuan(1_000))],
      cashFlows: [outflow('kit', yuan(2_200), { type: 'once', date: '2026-03-01' })],
      fundingSources: [credit('j', 'jiebei', yuan(5_000))],
    });
    const run = simulate(plan);
    assertConserved(run);
    expect(run.draws[0]).toBe(yuan(1_200));
    // Each instalment paid out of ¥0 is re-drawn the same day to restore the buffer.
    expect(nonZeroDays(run.repayments)).toEqual([31, 61]);
    expect(run.repayments[31]).toBe(yuan(100));
    expect(run.draws[31]).toBe(yuan(100));
  });

  it('a seeded schedule keeps the day of month of its next due date (30 Apr → 30 May)', () => {
    const plan = planWith({
      startDate: '2026-03-31',
      horizonDays: 70,
      cashAccounts: [account('bank', yuan(10_000))],
      fundingSources: [
        credit('loan', 'bank_loan', yuan(3_000), {
          outstanding: [
            { principal: yuan(3_000), nextDueDate: '2026-04-30', remainingInstalments: 3 },
          ],
        }),
      ],
    });
    // Anchored on 04-30 (day 30): the next instalment is 2026-05-30 (day 60), ¥1,000 principal each.
    const run = simulate(plan);
    assertConserved(run);
    expect(nonZeroDays(run.repayments)).toEqual([30, 60]);
    expect(run.repayments[30]).toBe(yuan(1_000));
  });

  it('revolving interest accrues daily on the balance and settles on the interest day', () => {
    // Line at 3.65 % (¥1 a day on ¥10,000) with ¥10,000 outstanding, interest day 20: on day 19
    // (2026-03-20) the accrual of days 0–19, 20 × ¥1 = ¥20, settles. Cash is ¥0, so the ¥20 is
    // drawn on the same line that day.
    const plan = planWith({
      fundingSources: [
        credit('line', 'bank_credit_line', yuan(50_000), {
          price: { type: 'annual', rate: 0.0365 },
          repayment: 'revolving',
          outstanding: [
            { principal: yuan(10_000), nextDueDate: '2026-03-20', remainingInstalments: 1 },
          ],
        }),
      ],
    });
    const run = simulate(plan);
    assertConserved(run);
    expect(nonZeroDays(run.interest)).toEqual([19]);
    expect(run.interest[19]).toBe(yuan(20));
    expect(run.draws[19]).toBe(yuan(20));
  });

  it('outstanding Huabei bills are repaid on their due date without a fee', () => {
    const plan = planWith({
      cashAccounts: [account('bank', yuan(5_000))],
      fundingSources: [
        huabei('hb', yuan(10_000), {
          outstanding: [
            { principal: yuan(3_000), nextDueDate: '2026-03-10', remainingInstalments: 1 },
          ],
        }),
      ],
    });
    const run = simulate(plan);
    assertConserved(run);
    expect(nonZeroDays(run.repayments)).toEqual([9]);
    expect(run.repayments[9]).toBe(yuan(3_000));
    expect(sum(run.interest)).toBe(0);
  });

  it('a Huabei bill converted to 3 instalments pays principal/3 + the flat fee/3 each month', () => {
    // ¥300 on 2026-03-05 on Huabei; statement 04-01 bills ¥300; 3 instalments at a 2.5 % total fee:
    // ¥100 + ¥2.50 on 04-10, 05-10, 06-10 (days 40, 70, 101).
    const plan = planWith({
      horizonDays: 110,
      cashAccounts: [account('bank', yuan(1_000))],
      cashFlows: [
        outflow('stock', yuan(300), { type: 'once', date: '2026-03-05' }, { huabeiShare: 1 }),
      ],
      fundingSources: [
        huabei('hb', yuan(10_000), {
          billInstalments: 3,
          price: { type: 'instalment_fee', totalFee: 0.025, months: 3 },
        }),
      ],
    });
    const run = simulate(plan);
    assertConserved(run);
    expect(nonZeroDays(run.repayments)).toEqual([40, 70, 101]);
    expect(arr(run.repayments, 40, 41)).toEqual([yuan(100)]);
    expect([run.interest[40], run.interest[70], run.interest[101]]).toEqual([250, 250, 250]);
    expect(run.cash[109]).toBe(yuan(1_000 - 300 - 7.5));
  });
});
