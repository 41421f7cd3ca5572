import { describe, expect, it } from 'vitest';
import { averageDailyOutflows, firstShortfallDay, referenceDay, runMetrics } from './metrics';
import { simulate } from './simulate';
import { account, credit, huabei, inflow, outflow, planWith, scenario, yuan } from './testPlans';
import type { Plan, Scenario } from './model';

const metricsOf = (plan: Plan, s: Scenario | null = null) => {
  const base = simulate(plan);
  const run = s ? simulate(plan, s) : base;
  return runMetrics(plan, s, run, base);
};

describe('funding concentration (HHI by platform group)', () => {
  it('headroom 60 % Ant / 40 % bank → HHI 3,600 + 1,600 = 5,200, effective sources 1/0.52 = 1.92', () => {
    const plan = planWith({
      cashAccounts: [account('bank', yuan(50_000))],
      fundingSources: [
        credit('j', 'jiebei', yuan(6_000)),
        credit('line', 'bank_credit_line', yuan(4_000)),
      ],
    });
    const m = metricsOf(plan);
    expect(m.hhiHeadroom).toBe(5_200);
    expect(m.effectiveSources).toBe(1.92);
    expect(m.antGroupShare).toBe(60);
    expect(m.hhiDrawn).toBeNull(); // nothing drawn
  });

  it('measures groups, not products: Huabei + Jiebei + MYbank are one Ant group', () => {
    // Ant 2,000 + 2,000 + 1,000 = 5,000 (50 %), bank 3,000 (30 %), Tencent 2,000 (20 %):
    // HHI 2,500 + 900 + 400 = 3,800; effective 1/0.38 = 2.63.
    const plan = planWith({
      cashAccounts: [account('bank', yuan(50_000))],
      fundingSources: [
        huabei('hb', yuan(2_000)),
        credit('j', 'jiebei', yuan(2_000)),
        credit('my', 'mybank', yuan(1_000)),
        credit('line', 'bank_credit_line', yuan(3_000)),
        credit('we', 'webank', yuan(2_000)),
      ],
    });
    const m = metricsOf(plan);
    expect(m.hhiHeadroom).toBe(3_800);
    expect(m.effectiveSources).toBe(2.63);
    expect(m.antGroupShare).toBe(50);
  });

  it('one group only → HHI 10,000 and one effective source', () => {
    const plan = planWith({
      cashAccounts: [account('bank', yuan(50_000))],
      fundingSources: [huabei('hb', yuan(2_000)), credit('j', 'jiebei', yuan(8_000))],
    });
    const m = metricsOf(plan);
    expect(m.hhiHeadroom).toBe(10_000);
    expect(m.effectiveSources).toBe(1);
    expect(m.antGroupShare).toBe(100);
  });

  it('headroom net of drawn balances, and HHI of the drawn balances themselves', () => {
    // Jiebei limit 6,000 with 3,000 drawn → headroom 3,000; bank line 4,000 with 1,000 drawn → 3,000.
    // Headroom 50/50 → 5,000 and 2 sources; drawn 3,000 / 1,000 = 75/25 → 5,625 + 625 = 6,250.
    const plan = planWith({
      cashAccounts: [account('bank', yuan(50_000))],
      fundingSources: [
        credit('j', 'jiebei', yuan(6_000), {
          outstanding: [
            { principal: yuan(3_000), nextDueDate: '2026-04-15', remainingInstalments: 3 },
          ],
        }),
        credit('line', 'bank_credit_line', yuan(4_000), {
          repayment: 'equal_principal',
          outstanding: [
            { principal: yuan(1_000), nextDueDate: '2026-04-20', remainingInstalments: 10 },
          ],
        }),
      ],
    });
    const m = metricsOf(plan);
    expect(m.hhiHeadroom).toBe(5_000);
    expect(m.effectiveSources).toBe(2);
    expect(m.hhiDrawn).toBe(6_250);
    // Limits still 60/40 for the Ant share.
    expect(m.antGroupShare).toBe(60);
  });

  it('is measured at the shock: a frozen Ant line has no usable headroom or limit', () => {
    const plan = planWith({
      cashAccounts: [account('bank', yuan(50_000))],
      fundingSources: [
        credit('j', 'jiebei', yuan(6_000)),
        credit('line', 'bank_credit_line', yuan(4_000)),
      ],
    });
    const m = metricsOf(
      plan,
      scenario({
        type: 'freeze',
        target: { type: 'group', group: 'ant' },
        startDay: 3,
        durationDays: 10,
      }),
    );
    expect(m.hhiHeadroom).toBe(10_000);
    expect(m.antGroupShare).toBe(0);
  });

  it('no credit at all → null, not NaN', () => {
    const m = metricsOf(planWith({ cashAccounts: [account('bank', yuan(1_000))] }));
    expect(m.hhiHeadroom).toBeNull();
    expect(m.effectiveSources).toBeNull();
    expect(m.antGroupShare).toBeNull();
    expect(m.rolloverNeed).toBeNull();
  });
});

describe('cash buffer days', () => {
  // ¥500 of costs a day, ¥200 of it on Huabei (share 0.4): average daily outflows ¥500 (cash + Huabei).
  const plan = planWith({
    cashAccounts: [account('bank', yuan(9_000))],
    cashFlows: [outflow('costs', yuan(500), { type: 'daily' }, { huabeiShare: 0.4 })],
    fundingSources: [huabei('hb', yuan(20_000))],
  });

  it('cash ÷ average daily outflows: ¥9,000 / ¥500 = 18.0 days at day 0', () => {
    expect(averageDailyOutflows(simulate(plan))).toBe(yuan(500));
    expect(metricsOf(plan).cashBufferDays).toBe(18);
  });

  it('measured with the cash held just before the shock: day 10 → (9,000 − 10 × 300) / 500 = 12.0', () => {
    const s = scenario({
      type: 'freeze',
      target: { type: 'kinds', kinds: ['huabei'] },
      startDay: 10,
      durationDays: 10,
    });
    expect(metricsOf(plan, s).cashBufferDays).toBe(12);
  });

  it('cash locked by the shock does not count: (¥9,000 + ¥3,000 Alipay − ¥3,000 locked) / ¥500 = 18.0', () => {
    const p = {
      ...plan,
      cashAccounts: [account('bank', yuan(9_000)), account('alipay', yuan(3_000), 'ant')],
    };
    expect(metricsOf(p).cashBufferDays).toBe(24);
    const s = scenario({
      type: 'outage',
      target: { type: 'group', group: 'ant' },
      startDay: 0,
      durationDays: 5,
    });
    expect(metricsOf(p, s).cashBufferDays).toBe(18);
  });

  it('no outflows → null', () => {
    expect(
      metricsOf(planWith({ cashAccounts: [account('bank', yuan(1))] })).cashBufferDays,
    ).toBeNull();
  });
});

describe('30-day stress coverage ratio', () => {
  // ¥10,000 cash, ¥1,000 out a day: 30-day outflows ¥30,000.
  const planOf = (dailyIn: number) =>
    planWith({
      horizonDays: 40,
      cashAccounts: [account('bank', yuan(10_000))],
      cashFlows: [inflow('sales', yuan(dailyIn)), outflow('costs', yuan(1_000))],
    });

  it('inflows under the cap count in full: ¥500/day → net 30,000 − 15,000 = 15,000 → 66.7 %', () => {
    expect(metricsOf(planOf(500)).stressCoverageRatio30d).toBe(66.7);
  });

  it('inflows are capped at 75 % of outflows: ¥900/day → net 30,000 − 22,500 = 7,500 → 133.3 %', () => {
    // Without the cap it would be 10,000 / (30,000 − 27,000) = 333.3 %.
    expect(metricsOf(planOf(900)).stressCoverageRatio30d).toBe(133.3);
  });

  it('undrawn credit counts for nothing; repayments due count as outflows', () => {
    const p = planWith({
      horizonDays: 40,
      cashAccounts: [account('bank', yuan(10_000))],
      cashFlows: [outflow('costs', yuan(500))],
      fundingSources: [
        credit('line', 'bank_credit_line', yuan(1_000_000), { repayment: 'revolving' }),
        credit('loan', 'bank_loan', yuan(5_000), {
          outstanding: [
            { principal: yuan(5_000), nextDueDate: '2026-03-15', remainingInstalments: 1 },
          ],
        }),
      ],
    });
    // Outflows 30 × 500 = 15,000 + the ¥5,000 loan due 03-15 = 20,000 → 10,000 / 20,000 = 50 %.
    expect(metricsOf(p).stressCoverageRatio30d).toBe(50);
  });

  it('no outflows → null', () => {
    expect(
      metricsOf(planWith({ cashAccounts: [account('bank', yuan(1))] })).stressCoverageRatio30d,
    ).toBeNull();
  });
});

describe('rollover need', () => {
  // Horizon 90 days from 2026-03-01: the last day is 2026-05-29.
  const sources = () => [
    // ¥3,000 over 3 instalments from 03-15: the last on 05-15, inside → matures.
    credit('j', 'jiebei', yuan(10_000), {
      outstanding: [{ principal: yuan(3_000), nextDueDate: '2026-03-15', remainingInstalments: 3 }],
    }),
    // ¥7,000 over 12 from 03-20: the last on 2027-02-20 → does not.
    credit('loan', 'bank_loan', yuan(7_000), {
      outstanding: [
        { principal: yuan(7_000), nextDueDate: '2026-03-20', remainingInstalments: 12 },
      ],
    }),
  ];
  const plan = planWith({
    horizonDays: 90,
    cashAccounts: [account('bank', yuan(50_000))],
    fundingSources: sources(),
  });

  it('funding maturing inside the horizon ÷ total: 3,000 / 10,000 = 30 %', () => {
    expect(metricsOf(plan).rolloverNeed).toBe(30);
  });

  it('Huabei bills and revolving lines count as maturing', () => {
    const p = planWith({
      horizonDays: 90,
      cashAccounts: [account('bank', yuan(50_000))],
      fundingSources: [
        ...sources(),
        huabei('hb', yuan(5_000), {
          outstanding: [
            { principal: yuan(1_000), nextDueDate: '2026-03-10', remainingInstalments: 6 },
          ],
        }),
        credit('line', 'bank_credit_line', yuan(5_000), {
          repayment: 'revolving',
          outstanding: [
            { principal: yuan(1_500), nextDueDate: '2026-12-20', remainingInstalments: 1 },
          ],
        }),
      ],
    });
    // (3,000 + 1,000 + 1,500) / (3,000 + 7,000 + 1,000 + 1,500) = 5,500 / 12,500 = 44 %
    expect(metricsOf(p).rolloverNeed).toBe(44);
  });

  it('a recall makes the recalled balance mature: (3,000 + 7,000) / 10,000 = 100 %', () => {
    const s = scenario({
      type: 'recall',
      target: { type: 'sources', sourceIds: ['loan'] },
      startDay: 10,
      dueWithinDays: 30,
    });
    expect(metricsOf(plan, s).rolloverNeed).toBe(100);
  });
});

describe('shortfall metrics and reference day', () => {
  it('referenceDay is the earliest shock start clamped to the horizon, 0 without shocks', () => {
    expect(referenceDay(null, 30)).toBe(0);
    expect(referenceDay(scenario(), 30)).toBe(0);
    expect(
      referenceDay(
        scenario(
          { type: 'revenue_drop', dropPercent: 10, startDay: 12, durationDays: 3 },
          {
            type: 'freeze',
            target: { type: 'kinds', kinds: ['jiebei'] },
            startDay: 7,
            durationDays: 3,
          },
        ),
        30,
      ),
    ).toBe(7);
    expect(
      referenceDay(
        scenario({ type: 'revenue_drop', dropPercent: 10, startDay: 99, durationDays: 3 }),
        30,
      ),
    ).toBe(29);
  });

  it('survival counts from the shock; the cash-zero date from day 0; recovery is the day after the last shortfall', () => {
    // ¥1,000 cash, −¥500 a day on days 0–5 (03-01..03-06), then +¥1,000 on 03-09.
    const plan = planWith({
      cashAccounts: [account('bank', yuan(1_000))],
      cashFlows: [
        outflow('costs', yuan(500), { type: 'daily' }, { endDate: '2026-03-06' }),
        inflow('refund', yuan(3_000), { type: 'once', date: '2026-03-09' }),
      ],
    });
    // Cash: 500, 0, −500, −1,000, −1,500, −2,000, −2,000, −2,000, +1,000. Short on days 2–7.
    const s = scenario({ type: 'revenue_drop', dropPercent: 0, startDay: 1, durationDays: 1 });
    const run = simulate(plan, s);
    expect(firstShortfallDay(run)).toBe(2);
    expect(firstShortfallDay(run, 3)).toBe(3);
    const m = runMetrics(plan, s, run, simulate(plan));
    expect(m.survivalDays).toBe(1);
    expect(m.cashZeroDate).toBe('2026-03-03');
    expect(m.daysShort).toBe(6);
    expect(m.deepestShortfall).toBe(2_000);
    // 500 + 1,000 + 1,500 + 2,000 × 3 = 9,000
    expect(m.cumulativeShortfall).toBe(9_000);
    expect(m.recoveryDate).toBe('2026-03-09');
    expect(m.lowestCash).toBe(-2_000);
    expect(m.lowestCashDate).toBe('2026-03-06');
  });

  it('financing cost and the extra cost of the scenario', () => {
    // Plan c of simulate.test.ts: ¥280 + ¥310 of interest in 60 days. Blocking repayments on
    // days 20–29 leaves the ¥280 of interest due on 03-21 (day 20) overdue (interest only: no
    // principal is due) until day 30: 10 days late, the same 10 days as the block.
    // Penalty = overdue × multiplier × daily rate × days late = 28,000 fen × 1.5 × 0.01 % × 10
    // = 4.2 fen a day × 10 = 42 fen, paid with the ¥280 on day 30.
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
    expect(metricsOf(plan).financingCost).toBe(590);
    expect(metricsOf(plan).extraFinancingCost).toBe(0);
    const blocked = scenario({
      type: 'repayment_blocked',
      target: { type: 'sources', sourceIds: ['loan'] },
      startDay: 20,
      durationDays: 10,
    });
    const m = metricsOf(plan, blocked);
    expect(m.extraFinancingCost).toBe(0.42);
    expect(m.financingCost).toBe(590.42);
  });
});
