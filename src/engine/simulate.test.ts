/**
 * Hand-worked scenarios: each plan is small enough to follow on paper, and the arithmetic is
 * written out next to the numbers it predicts. All money in fen (¥1 = 100 fen).
 *
 * The day loop (simulate.ts): Huabei statements → inflows → outflows (Huabei pays its eligible
 * share while it has usable headroom, cash the rest) → overdue and scheduled repayments and
 * interest → draws (priority, then cheapest) to restore the buffer → revolving pay-down.
 * Shortfall = max(0, buffer − accessible cash) after the draws.
 */
import { describe, expect, it } from 'vitest';
import { runMetrics } from './metrics';
import { simulate } from './simulate';
import {
  account,
  assertConserved,
  credit,
  huabei,
  inflow,
  nonZeroDays,
  outflow,
  planWith,
  scenario,
  sum,
  yuan,
} from './testPlans';

const arr = (col: Float64Array, from: number, to: number): number[] =>
  Array.from(col.slice(from, to));
const range = (from: number, to: number): number[] =>
  [...Array(to - from).keys()].map((i) => from + i);

describe('a. Jiebei freeze from day 5', () => {
  // 30 days from 2026-03-01. Bank ¥1,000; +¥100 and −¥300 a day, so cash falls ¥200 a day:
  // 800, 600, 400, 200, 0 on days 0–4. Day 4 closes at exactly the ¥0 buffer: no draw, no shortfall.
  // Jiebei ¥10,000 at 0 %: equal instalments over 12 months, first due 1 month after each draw
  // (the day-5 draw on 2026-03-06 is due 2026-04-06, past the horizon), so no repayment or interest.
  const plan = planWith({
    cashAccounts: [account('bank', yuan(1_000))],
    cashFlows: [inflow('sales', yuan(100)), outflow('costs', yuan(300))],
    fundingSources: [credit('jiebei', 'jiebei', yuan(10_000))],
  });
  const freeze = scenario({
    type: 'freeze',
    target: { type: 'kinds', kinds: ['jiebei'] },
    startDay: 5,
    durationDays: 30,
  });

  it('baseline: Jiebei tops cash back to ¥0 with ¥200 a day from day 5, never short', () => {
    const run = simulate(plan);
    assertConserved(run);
    expect(arr(run.cash, 0, 5)).toEqual([80_000, 60_000, 40_000, 20_000, 0]);
    expect(arr(run.draws, 0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(arr(run.draws, 5, 30)).toEqual(Array(25).fill(20_000));
    expect(arr(run.cash, 5, 30)).toEqual(Array(25).fill(0));
    expect(sum(run.shortfall)).toBe(0);
    expect(sum(run.repayments) + sum(run.interest)).toBe(0);
    // 25 draws × ¥200 = ¥5,000 drawn; headroom ¥10,000 − ¥5,000 = ¥5,000 at the end.
    expect(run.sources[0]!.balance[29]).toBe(yuan(5_000));
    expect(run.sources[0]!.headroom[29]).toBe(yuan(5_000));
    const m = runMetrics(plan, null, run, run);
    expect(m.survivalDays).toBeNull();
    expect(m.cashZeroDate).toBeNull();
    expect(m.daysShort).toBe(0);
  });

  it('stressed: short ¥200 on day 5, ¥200 more each day, ¥5,000 on day 29', () => {
    const base = simulate(plan);
    const run = simulate(plan, freeze);
    assertConserved(run);
    expect(sum(run.draws)).toBe(0);
    // shortfall[d] = 200 × (d − 4) for d = 5…29
    expect(arr(run.shortfall, 0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(arr(run.shortfall, 5, 30)).toEqual(range(5, 30).map((d) => yuan(200 * (d - 4))));
    expect(run.cash[29]).toBe(-yuan(5_000));
    const m = runMetrics(plan, freeze, run, base);
    expect(m.cashZeroDate).toBe('2026-03-06'); // day 5
    expect(m.survivalDays).toBe(0); // the shock starts on day 5, the first shortfall is day 5
    expect(m.daysShort).toBe(25); // days 5–29
    // Σ 200·k for k = 1…25 = 200 · 325 = ¥65,000·days
    expect(m.cumulativeShortfall).toBe(65_000);
    expect(m.deepestShortfall).toBe(5_000);
    expect(m.recoveryDate).toBeNull(); // still short on the last day
    expect(m.lowestCash).toBe(-5_000);
    expect(m.lowestCashDate).toBe('2026-03-30');
  });
});

describe('b. Huabei float', () => {
  // Bank ¥10,000; ¥500 of purchases a day, all payable with Huabei (limit ¥20,000, statement on
  // the 1st, due the 10th). 30 days × ¥500 = ¥15,000 fits the limit; the first statement with
  // spending on it is 2026-04-01 (day 31), outside the horizon, so no cash leaves at all.
  const plan = planWith({
    cashAccounts: [account('bank', yuan(10_000))],
    cashFlows: [outflow('stock', yuan(500), { type: 'daily' }, { huabeiShare: 1 })],
    fundingSources: [huabei('huabei', yuan(20_000))],
  });
  const freeze = scenario({
    type: 'freeze',
    target: { type: 'kinds', kinds: ['huabei'] },
    startDay: 0,
    durationDays: null,
  });

  it('baseline: Huabei carries every purchase, cash stays ¥10,000', () => {
    const run = simulate(plan);
    assertConserved(run);
    expect(arr(run.cash, 0, 30)).toEqual(Array(30).fill(yuan(10_000)));
    expect(arr(run.huabeiDeferred, 0, 30)).toEqual(Array(30).fill(yuan(500)));
    expect(sum(run.outflows)).toBe(0);
    expect(run.sources[0]!.balance[29]).toBe(yuan(15_000)); // unbilled spending counts against the limit
    expect(run.sources[0]!.headroom[29]).toBe(yuan(5_000));
  });

  it('frozen from day 0: cash pays ¥500 a day, runs out after 20 days, ¥5,000 short at the end', () => {
    const base = simulate(plan);
    const run = simulate(plan, freeze);
    assertConserved(run);
    expect(sum(run.huabeiDeferred)).toBe(0);
    expect(arr(run.outflows, 0, 30)).toEqual(Array(30).fill(yuan(500)));
    // cash[d] = 10,000 − 500 (d + 1): ¥0 on day 19, −¥500 on day 20, −¥5,000 on day 29.
    expect(run.cash[19]).toBe(0);
    expect(run.cash[20]).toBe(-yuan(500));
    const m = runMetrics(plan, freeze, run, base);
    expect(m.survivalDays).toBe(20);
    expect(m.cashZeroDate).toBe('2026-03-21');
    expect(m.daysShort).toBe(10);
    expect(m.deepestShortfall).toBe(5_000);
    // Σ 500·k for k = 1…10 = ¥27,500·days
    expect(m.cumulativeShortfall).toBe(27_500);
  });

  it('baseline over 45 days: the March bill of 31 × ¥500 = ¥15,500 is paid in full on 10 April, interest-free', () => {
    const long = planWith({
      ...plan.business,
      horizonDays: 45,
      cashAccounts: plan.cashAccounts,
      cashFlows: plan.cashFlows,
      fundingSources: plan.fundingSources,
    });
    const run = simulate(long);
    assertConserved(run);
    // Statement 2026-04-01 (day 31) bills spending of days 0–30; due 2026-04-10 (day 40).
    expect(nonZeroDays(run.repayments)).toEqual([40]);
    expect(run.repayments[40]).toBe(yuan(15_500));
    expect(sum(run.interest)).toBe(0);
    // Day 40: the bill leaves and, Huabei being full that morning, the day's ¥500 is paid in cash.
    expect(run.cash[40]).toBe(yuan(10_000 - 15_500 - 500));
    // Limit ¥20,000: ¥15,500 billed + ¥500 × 9 more days unbilled = ¥20,000 by day 39, so on day 40
    // (before the bill is paid, which happens after the day's outflows) Huabei has no room: cash pays.
    expect(run.huabeiDeferred[39]).toBe(yuan(500));
    expect(run.huabeiDeferred[40]).toBe(0);
    expect(run.outflows[40]).toBe(yuan(500));
  });
});

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

describe('e. Ant outage locks Alipay cash', () => {
  // Bank ¥1,000 + Alipay ¥5,000; −¥500 a day for days 0–9 (¥5,000 in all). Ant group down days 0–4.
  // Payments come out of the bank first: bank 500, 0, then −500, −1,000, −1,500 on days 2–4 while
  // the ¥5,000 on Alipay is locked. Day 5 Alipay is back: accessible −1,500 + 5,000 − 500 = ¥3,000.
  const plan = planWith({
    cashAccounts: [account('bank', yuan(1_000)), account('alipay', yuan(5_000), 'ant')],
    cashFlows: [outflow('costs', yuan(500), { type: 'daily' }, { endDate: '2026-03-10' })],
  });
  const outage = scenario({
    type: 'outage',
    target: { type: 'group', group: 'ant' },
    startDay: 0,
    durationDays: 5,
  });

  it('short ¥500, ¥1,000, ¥1,500 on days 2–4, recovered on day 5', () => {
    const base = simulate(plan);
    const run = simulate(plan, outage);
    assertConserved(run);
    expect(arr(run.shortfall, 0, 7)).toEqual([0, 0, 50_000, 100_000, 150_000, 0, 0]);
    expect(arr(run.lockedCash, 0, 6)).toEqual([...Array(5).fill(yuan(5_000)), 0]);
    expect(arr(run.accessibleCash, 0, 6)).toEqual([
      50_000, 0, -50_000, -100_000, -150_000, 300_000,
    ]);
    expect(run.cash[9]).toBe(yuan(1_000));
    const m = runMetrics(plan, outage, run, base);
    expect(m.survivalDays).toBe(2);
    expect(m.cashZeroDate).toBe('2026-03-03');
    expect(m.recoveryDate).toBe('2026-03-06');
    expect(m.daysShort).toBe(3);
    expect(m.deepestShortfall).toBe(1_500);
    expect(m.cumulativeShortfall).toBe(3_000);
    // Baseline: the Alipay money is reachable, never short.
    expect(sum(base.shortfall)).toBe(0);
  });

  it('an outage of the Ant group also stops Ant credit, but not a bank line', () => {
    const withCredit = planWith({
      ...{ cashAccounts: plan.cashAccounts, cashFlows: plan.cashFlows },
      fundingSources: [
        credit('jiebei', 'jiebei', yuan(10_000), { drawPriority: 1 }),
        credit('line', 'bank_credit_line', yuan(600), {
          price: { type: 'annual', rate: 0.05 },
          repayment: 'revolving',
        }),
      ],
    });
    const run = simulate(withCredit, outage);
    assertConserved(run);
    // Jiebei is preferred but down; the bank line draws 500 on day 2 and the last 100 on day 3.
    expect(nonZeroDays(run.sources[0]!.draws)).toEqual([]);
    expect(run.sources[1]!.draws[2]).toBe(yuan(500));
    expect(run.sources[1]!.draws[3]).toBe(yuan(100));
    expect(arr(run.shortfall, 2, 5)).toEqual([0, yuan(400), yuan(900)]);
  });
});

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

describe('h. Revenue drop and payment delay', () => {
  // ¥1,000 of sales a day, nothing else.
  const plan = planWith({ cashFlows: [inflow('sales', yuan(1_000))] });

  it('a 30 % drop on days 5–9 leaves ¥700 on those days only', () => {
    const run = simulate(
      plan,
      scenario({ type: 'revenue_drop', dropPercent: 30, startDay: 5, durationDays: 5 }),
    );
    assertConserved(run);
    expect(arr(run.inflows, 3, 12)).toEqual(
      [1_000, 1_000, 700, 700, 700, 700, 700, 1_000, 1_000].map(yuan),
    );
    expect(run.cash[29]).toBe(yuan(30_000 - 5 * 300));
  });

  it('a 3-day delay on days 10–14 moves those receipts to days 13–17', () => {
    // Days 10–12 receive nothing; 13, 14 get the receipts of 10, 11 (their own moved on too);
    // 15–17 get their own plus those of 12–14.
    const run = simulate(
      plan,
      scenario({ type: 'payment_delay', delayDays: 3, startDay: 10, durationDays: 5 }),
    );
    assertConserved(run);
    expect(arr(run.inflows, 9, 19)).toEqual(
      [1_000, 0, 0, 0, 1_000, 1_000, 2_000, 2_000, 2_000, 1_000].map(yuan),
    );
    expect(sum(run.inflows)).toBe(yuan(30_000)); // nothing lost inside the horizon
  });

  it('receipts delayed past the horizon are lost', () => {
    const run = simulate(
      plan,
      scenario({ type: 'payment_delay', delayDays: 5, startDay: 27, durationDays: null }),
    );
    expect(arr(run.inflows, 26, 30)).toEqual([yuan(1_000), 0, 0, 0]);
    expect(sum(run.inflows)).toBe(yuan(27_000));
  });

  it('a 100 % drop removes every inflow in the window, and shifts survival accordingly', () => {
    const p = planWith({
      cashAccounts: [account('bank', yuan(2_000))],
      cashFlows: [inflow('sales', yuan(1_000)), outflow('rent', yuan(1_000))],
    });
    const s = scenario({
      type: 'revenue_drop',
      dropPercent: 100,
      startDay: 10,
      durationDays: null,
    });
    const run = simulate(p, s);
    assertConserved(run);
    // From day 10 cash falls ¥1,000 a day: ¥1,000 on day 10, ¥0 on day 11, short from day 12.
    expect(runMetrics(p, s, run, simulate(p)).survivalDays).toBe(2);
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

describe('locked bank account', () => {
  // An outage of the 'bank' group locks the bank account. Payments must then come out of
  // reachable accounts; what they cannot cover is a shortfall, not a silent debit of the locked bank.
  it('an outflow nothing reachable can cover is a shortfall', () => {
    const plan = planWith({
      cashAccounts: [account('bank', yuan(1_000)), account('alipay', 0, 'ant')],
      cashFlows: [outflow('costs', yuan(500))],
    });
    const s = scenario({
      type: 'outage',
      target: { type: 'group', group: 'bank' },
      startDay: 0,
      durationDays: 3,
    });
    const run = simulate(plan, s);
    assertConserved(run);
    // Reachable cash: ¥0 on Alipay. Each day's ¥500 cannot be paid from it: short 500, 1,000, 1,500.
    expect(arr(run.shortfall, 0, 3)).toEqual([yuan(500), yuan(1_000), yuan(1_500)]);
  });

  it('locking an overdrawn bank account does not hide the overdraft', () => {
    // A ¥500 bill on day 0 overdraws the empty bank account: short ¥500. The bank group is down
    // on days 1–3. The unpaid ¥500 is still owed: the shortfall stays ¥500 and no negative
    // balance counts as "locked cash".
    const plan = planWith({
      cashAccounts: [account('bank', 0), account('alipay', 0, 'ant')],
      cashFlows: [outflow('bill', yuan(500), { type: 'once', date: '2026-03-01' })],
    });
    const s = scenario({
      type: 'outage',
      target: { type: 'group', group: 'bank' },
      startDay: 1,
      durationDays: 3,
    });
    const run = simulate(plan, s);
    assertConserved(run);
    expect(arr(run.shortfall, 0, 6)).toEqual(Array(6).fill(yuan(500)));
    expect(Math.min(...run.lockedCash)).toBeGreaterThanOrEqual(0);
  });

  it('no repeated draws into a locked bank account', () => {
    // Buffer ¥1,000; the ¥5,000 in the bank is locked for days 0–2; nothing is reachable.
    // A draw either lands where it can be spent (one ¥1,000 draw restores the buffer) or is
    // pointless; it must not be repeated every day into the locked account while the gap stays.
    const plan = planWith({
      minCashBuffer: yuan(1_000),
      cashAccounts: [account('bank', yuan(5_000)), account('wechat', 0, 'tencent')],
      fundingSources: [credit('j', 'jiebei', yuan(10_000))],
    });
    const s = scenario({
      type: 'outage',
      target: { type: 'group', group: 'bank' },
      startDay: 0,
      durationDays: 3,
    });
    const run = simulate(plan, s);
    assertConserved(run);
    expect(sum(run.draws, 0, 3)).toBeLessThanOrEqual(yuan(1_000));
  });
});
