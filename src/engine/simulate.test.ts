/**
 * Hand-worked scenarios: each plan is small enough to follow on paper, and the arithmetic is
 * written out next to the numbers it predicts. All money in fen (¥1 = 100 fen).
 *
 * The day loop (simulate.ts and daily/): Huabei statements → inflows → outflows (Huabei pays its
 * eligible share while it has usable headroom, cash the rest) → overdue and scheduled repayments
 * and interest → draws (priority, then cheapest) to restore the buffer → revolving pay-down.
 * Shortfall = max(0, buffer − accessible cash) after the draws.
 *
 * This file: cash, Huabei and the shocks that lock or delay it. Repayments, interest and recalls:
 * simulate.repayments.test.ts. Draws, limits and pay-down: simulate.draws.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runMetrics } from './metrics';
import { simulate } from './simulate';
import { account, credit, huabei, inflow, outflow, planWith, scenario, yuan } from './testPlans';
import { arr, range, assertConserved, nonZeroDays, sum } from './testProjection';

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
