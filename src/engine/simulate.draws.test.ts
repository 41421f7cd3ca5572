/**
 * Hand-worked draws (the day loop: see simulate.test.ts): which source is drawn, draw fees, lead
 * times, limit cuts and the revolving pay-down from surplus cash. All money in fen (¥1 = 100 fen).
 */
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { account, credit, inflow, outflow, planWith, scenario, yuan } from './testPlans';
import { arr, range, assertConserved, nonZeroDays, sum } from './testProjection';

describe('f. Draw priority beats price', () => {
  // −¥100 a day from ¥0. A cheap bank line at 4 % and a dear WeBank loan at 18 % with drawPriority 1.
  const sources = (dearLimit: number, priority?: number) => [
    credit('cheap', 'bank_credit_line', yuan(10_000), {
      price: { type: 'annual', rate: 0.04 },
      repayment: 'revolving',
    }),
    credit('dear', 'webank', yuan(dearLimit), {
      price: { type: 'annual', rate: 0.18 },
      ...(priority === undefined ? {} : { drawPriority: priority }),
    }),
  ];
  const planOf = (dearLimit: number, priority?: number) =>
    planWith({
      cashFlows: [outflow('costs', yuan(100))],
      fundingSources: sources(dearLimit, priority),
    });

  it('without a priority the cheaper source is drawn', () => {
    const run = simulate(planOf(10_000));
    assertConserved(run);
    expect(arr(run.sources[0]!.draws, 0, 3)).toEqual([10_000, 10_000, 10_000]);
    expect(sum(run.sources[1]!.draws)).toBe(0);
    // The line's revolving interest settles on the 20th (day 19): Σ_{d=0..19} ¥100·d × 4 %/365
    // = 1,900,000 fen·days × 0.04 / 365 = 208.2 → ¥2.08, drawn on top of that day's ¥100.
    expect(run.interest[19]).toBe(208);
    expect(sum(run.sources[0]!.draws)).toBe(yuan(3_000) + 208);
  });

  it('drawPriority 1 puts the dear source first; the cheap one takes over when it is full', () => {
    // Dear limit ¥250: ¥100 on days 0 and 1, ¥50 on day 2 (+ ¥50 from the cheap line), then cheap only.
    const run = simulate(planOf(250, 1));
    assertConserved(run);
    expect(arr(run.sources[1]!.draws, 0, 4)).toEqual([10_000, 10_000, 5_000, 0]);
    expect(arr(run.sources[0]!.draws, 0, 4)).toEqual([0, 0, 5_000, 10_000]);
    expect(sum(run.shortfall)).toBe(0);
  });
});

describe('i. Credit-card cash advance fee (1 %, min ¥10)', () => {
  const card = credit('card', 'credit_card', yuan(20_000), {
    price: { type: 'daily', rate: 0.0005 },
    drawFeeRate: 0.01,
    drawFeeMin: yuan(10),
  });
  const planOf = (spend: number) =>
    planWith({
      cashFlows: [outflow('bill', yuan(spend), { type: 'once', date: '2026-03-01' })],
      fundingSources: [card],
    });

  it('a ¥500 need: the ¥10 minimum fee is paid as interest on the draw day; ¥510 drawn', () => {
    // 1 % of 500 = ¥5 < ¥10 → fee ¥10; draw 500 + 10 = ¥510 so ¥500 is left after the fee.
    const run = simulate(planOf(500));
    assertConserved(run);
    expect(run.draws[0]).toBe(yuan(510));
    expect(run.interest[0]).toBe(yuan(10));
    expect(run.repayments[0]).toBe(0);
    expect(run.cash[0]).toBe(0);
    expect(run.shortfall[0]).toBe(0);
    expect(run.sources[0]!.balance[0]).toBe(yuan(510)); // the fee does not reduce what is owed
  });

  it('a ¥2,000 need: grossed up so the 1 % fee still leaves ¥2,000 (draw ¥2,020.20, fee ¥20.20)', () => {
    // The smallest A with A − round(1 % · A) ≥ 200,000 fen is A = 202,020 (fee 2,020.2 → 2,020).
    const run = simulate(planOf(2_000));
    assertConserved(run);
    expect(run.shortfall[0]).toBe(0);
    expect(run.draws[0]).toBe(202_020);
    expect(run.interest[0]).toBe(2_020);
    expect(run.cash[0]).toBe(0);
  });
});

describe('more mechanics', () => {
  it('a source is usable only from its lead time', () => {
    const plan = planWith({
      cashFlows: [outflow('costs', yuan(100))],
      fundingSources: [
        credit('line', 'bank_credit_line', yuan(10_000), {
          leadTimeDays: 10,
          repayment: 'revolving',
        }),
      ],
    });
    const run = simulate(plan);
    assertConserved(run);
    // Short ¥100…¥1,000 on days 0–9; day 10 draws the ¥1,000 deficit plus the day's ¥100.
    expect(arr(run.shortfall, 0, 11)).toEqual([...range(1, 11).map((k) => yuan(100 * k)), 0]);
    expect(run.draws[10]).toBe(yuan(1_100));
    expect(run.sources[0]!.limit[9]).toBe(0);
    expect(run.sources[0]!.limit[10]).toBe(yuan(10_000));
  });

  it('a 50 % limit cut halves the limit; balances above it stay due but no new draws', () => {
    const plan = planWith({
      cashFlows: [outflow('costs', yuan(1_000))],
      fundingSources: [credit('j', 'jiebei', yuan(10_000))],
    });
    const cut = scenario({
      type: 'limit_cut',
      target: { type: 'kinds', kinds: ['jiebei'] },
      startDay: 3,
      durationDays: null,
      cutPercent: 50,
    });
    const run = simulate(plan, cut);
    assertConserved(run);
    // Draws ¥1,000 on days 0–4 (¥5,000 = the cut limit), then nothing: short from day 5.
    expect(nonZeroDays(run.draws)).toEqual([0, 1, 2, 3, 4]);
    expect(run.sources[0]!.limit[3]).toBe(yuan(5_000));
    expect(arr(run.shortfall, 4, 7)).toEqual([0, yuan(1_000), yuan(2_000)]);
  });

  it('surplus cash pays revolving balances down, dearest first', () => {
    const plan = planWith({
      cashAccounts: [account('bank', yuan(1_000))],
      cashFlows: [inflow('sales', yuan(300), { type: 'once', date: '2026-03-02' })],
      fundingSources: [
        credit('cheap', 'bank_credit_line', yuan(5_000), {
          repayment: 'revolving',
          price: { type: 'annual', rate: 0.04 },
          outstanding: [
            { principal: yuan(2_000), nextDueDate: '2026-03-20', remainingInstalments: 1 },
          ],
        }),
        credit('dear', 'bank_credit_line', yuan(5_000), {
          repayment: 'revolving',
          price: { type: 'annual', rate: 0.08 },
          outstanding: [
            { principal: yuan(500), nextDueDate: '2026-03-20', remainingInstalments: 1 },
          ],
        }),
      ],
    });
    const run = simulate(plan);
    assertConserved(run);
    // Day 0: ¥1,000 surplus: ¥500 to the dear line, ¥500 to the cheap one. Day 1: the ¥300 to cheap.
    expect(run.sources[1]!.repayments[0]).toBe(yuan(500));
    expect(run.sources[0]!.repayments[0]).toBe(yuan(500));
    expect(run.sources[0]!.repayments[1]).toBe(yuan(300));
    expect(run.cash[1]).toBe(0);
  });
});
