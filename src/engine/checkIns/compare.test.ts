import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleValid } from '../../io/exampleFixtures';
import { averageDailyOutflows } from '../metrics';
import { simulate } from '../simulate';
import { bufferDaysOf, compareCheckIns, planReference, trendOf } from './compare';
import type { CheckIn, PlanReference } from './types';

/**
 * A plan reference worked by hand: ¥60,000 cash, Jiebei ¥50,000 at 10.95 %, a bank line ¥100,000
 * at 4.35 %, ¥2,000 a day of spending (fen throughout).
 */
const ref: PlanReference = {
  cash: [
    { accountId: 'bank', name: 'Bank', balance: 5_000_000 },
    { accountId: 'alipay', name: 'Alipay', balance: 1_000_000 },
  ],
  lines: [
    { sourceId: 'jiebei', name: 'Jiebei', limit: 5_000_000, annualRate: 0.1095 },
    { sourceId: 'bank_line', name: 'Bank line', limit: 10_000_000, annualRate: 0.0435 },
  ],
  dailyOutflow: 200_000,
};

const checkIn = (id: string, date: string, over: Partial<CheckIn> = {}): CheckIn => ({
  id,
  date,
  cash: [
    { accountId: 'bank', name: 'Bank', balance: 5_000_000 },
    { accountId: 'alipay', name: 'Alipay', balance: 1_000_000 },
  ],
  lines: [
    {
      sourceId: 'jiebei',
      name: 'Jiebei',
      limit: 5_000_000,
      annualRate: 0.1095,
      failedRepayment: false,
      notice: false,
    },
    {
      sourceId: 'bank_line',
      name: 'Bank line',
      limit: 10_000_000,
      annualRate: 0.0435,
      failedRepayment: false,
      notice: false,
    },
  ],
  note: '',
  ...over,
});

const lines = (jiebei: Partial<CheckIn['lines'][number]>) =>
  checkIn('x', '2026-01-01').lines.map((l) => (l.sourceId === 'jiebei' ? { ...l, ...jiebei } : l));

describe('a check-in that matches the plan', () => {
  it('changes nothing and fires nothing: ¥60,000 ÷ ¥2,000 a day = 30 days of buffer', () => {
    const [c] = compareCheckIns(ref, [checkIn('a', '2026-12-01')]);
    expect(c).toMatchObject({
      totalCash: 6_000_000,
      totalCredit: 15_000_000,
      bufferDays: 30,
      cashVsPrevious: null,
      creditVsPrevious: null,
      warnings: [],
    });
    expect(c!.creditVsPlan).toEqual({ from: 15_000_000, to: 15_000_000, delta: 0, percent: 0 });
  });
});

describe('a Jiebei limit cut of 30 %', () => {
  const [c] = compareCheckIns(ref, [
    checkIn('a', '2026-12-01', { lines: lines({ limit: 3_500_000 }) }),
  ]);
  it('is ¥15,000 and 30 % against the plan, and fires limit_drop at its threshold of 30 %', () => {
    const jiebei = c!.lines[0]!;
    expect(jiebei.vsPlan!.limit).toEqual({
      from: 5_000_000,
      to: 3_500_000,
      delta: -1_500_000,
      percent: -30,
    });
    expect(c!.warnings).toEqual([
      expect.objectContaining({
        id: 'limit_drop',
        sourceId: 'jiebei',
        measured: 30,
        threshold: 30,
        unit: 'percent',
      }),
    ]);
  });
  it('lowers the credit available from ¥150,000 to ¥135,000 (−10 %)', () => {
    expect(c!.creditVsPlan).toEqual({
      from: 15_000_000,
      to: 13_500_000,
      delta: -1_500_000,
      percent: -10,
    });
  });
  it('a cut of 29.9 % does not fire', () => {
    const [d] = compareCheckIns(ref, [
      checkIn('a', '2026-12-01', { lines: lines({ limit: 3_505_000 }) }),
    ]);
    expect(d!.lines[0]!.vsPlan!.limit.percent).toBe(-29.9);
    expect(d!.warnings).toEqual([]);
  });
});

describe('against the previous check-in', () => {
  it('a second cut from ¥40,000 to ¥28,000 is −¥12,000, −30 % since last time (−44 % against the plan)', () => {
    const [, second] = compareCheckIns(ref, [
      // Recorded out of order: the comparison follows the dates.
      checkIn('b', '2027-01-01', { lines: lines({ limit: 2_800_000 }) }),
      checkIn('a', '2026-12-01', { lines: lines({ limit: 4_000_000 }) }),
    ]);
    expect(second!.id).toBe('b');
    expect(second!.lines[0]!.vsPrevious!.limit).toEqual({
      from: 4_000_000,
      to: 2_800_000,
      delta: -1_200_000,
      percent: -30,
    });
    expect(second!.lines[0]!.vsPlan!.limit.percent).toBe(-44);
    expect(second!.warnings[0]).toMatchObject({ id: 'limit_drop', measured: 44 });
    expect(second!.creditVsPrevious!.delta).toBe(-1_200_000);
  });

  it('a plan updated to the cut limit leaves an unchanged second check-in quiet', () => {
    const updated: PlanReference = {
      ...ref,
      lines: ref.lines.map((l) => (l.sourceId === 'jiebei' ? { ...l, limit: 3_500_000 } : l)),
    };
    const cut = lines({ limit: 3_500_000 });
    const out = compareCheckIns(updated, [
      checkIn('a', '2026-12-01', { lines: cut }),
      checkIn('b', '2027-01-01', { lines: cut }),
    ]);
    expect(out.map((c) => c.warnings)).toEqual([[], []]);
  });
});

describe('a rate rise, a failed repayment, a notice', () => {
  it('Jiebei from 10.95 % to 14.6 % is a rise of 3.65 points and fires rate_rise', () => {
    const [c] = compareCheckIns(ref, [
      checkIn('a', '2026-12-01', { lines: lines({ annualRate: 0.146 }) }),
    ]);
    expect(c!.lines[0]!.vsPlan!.rate).toEqual({
      from: 10.95,
      to: 14.6,
      delta: 3.65,
      percent: null,
    });
    expect(c!.warnings).toEqual([
      expect.objectContaining({ id: 'rate_rise', measured: 3.65, unit: 'points' }),
    ]);
  });
  it('a rate not read is no rise', () => {
    const [c] = compareCheckIns(ref, [
      checkIn('a', '2026-12-01', { lines: lines({ annualRate: null }) }),
    ]);
    expect(c!.lines[0]!.vsPlan!.rate).toBeNull();
    expect(c!.warnings).toEqual([]);
  });
  it('a failed repayment and a lender notice each fire their signal, naming the line', () => {
    const [c] = compareCheckIns(ref, [
      checkIn('a', '2026-12-01', { lines: lines({ failedRepayment: true, notice: true }) }),
    ]);
    expect(c!.warnings).toEqual([
      { id: 'repayment_failed', sourceId: 'jiebei', sourceName: 'Jiebei' },
      { id: 'risk_notice', sourceId: 'jiebei', sourceName: 'Jiebei' },
    ]);
  });
});

describe('buffer days', () => {
  it('¥28,000 of cash at ¥2,000 a day is 14 days: below 15, fires buffer_days', () => {
    const [c] = compareCheckIns(ref, [
      checkIn('a', '2026-12-01', {
        cash: [{ accountId: 'bank', name: 'Bank', balance: 2_800_000 }],
      }),
    ]);
    expect(c!.bufferDays).toBe(14);
    expect(c!.cashVsPlan).toEqual({
      from: 6_000_000,
      to: 2_800_000,
      delta: -3_200_000,
      percent: -53.3,
    });
    expect(c!.warnings).toEqual([
      expect.objectContaining({ id: 'buffer_days', measured: 14, threshold: 15, unit: 'days' }),
    ]);
  });
  it('exactly 15 days does not fire (the trigger is “fewer than 15”)', () => {
    const [c] = compareCheckIns(ref, [
      checkIn('a', '2026-12-01', {
        cash: [{ accountId: 'bank', name: 'Bank', balance: 3_000_000 }],
      }),
    ]);
    expect(c!.bufferDays).toBe(15);
    expect(c!.warnings).toEqual([]);
  });
  it('a plan with no spending has no buffer days, and an overdraft counts as none', () => {
    expect(bufferDaysOf(1_000_000, 0)).toBeNull();
    expect(bufferDaysOf(-500_000, 200_000)).toBe(0);
  });
});

describe('the trend', () => {
  it('is one point per check-in, oldest first', () => {
    const out = compareCheckIns(ref, [
      checkIn('b', '2027-01-01', { lines: lines({ limit: 3_500_000 }) }),
      checkIn('a', '2026-12-01'),
    ]);
    expect(trendOf(out)).toEqual([
      { date: '2026-12-01', bufferDays: 30, totalCredit: 15_000_000, totalCash: 6_000_000 },
      { date: '2027-01-01', bufferDays: 30, totalCredit: 13_500_000, totalCash: 6_000_000 },
    ]);
  });

  it('property: a limit cut fires limit_drop exactly when it is 30 % or more of the plan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), (limit) => {
        const [c] = compareCheckIns(ref, [checkIn('a', '2026-12-01', { lines: lines({ limit }) })]);
        const cut = Math.round(((5_000_000 - limit) / 5_000_000) * 1000) / 10;
        const fired = c!.warnings.some((w) => w.id === 'limit_drop');
        expect(fired).toBe(cut >= 30);
        // The credit available falls by exactly the cut, in fen.
        expect(c!.creditVsPlan.delta).toBe(limit - 5_000_000);
      }),
    );
  });
});

describe('planReference', () => {
  it('takes the plan’s cash, limits, annual rates and the baseline’s average daily outflow', () => {
    const { plan } = exampleValid('online-shop');
    const r = planReference(plan);
    expect(r.cash.map((c) => c.accountId)).toEqual(plan.cashAccounts.map((a) => a.id));
    expect(r.lines.map((l) => l.limit)).toEqual(plan.fundingSources.map((s) => s.limit));
    expect(r.dailyOutflow).toBe(averageDailyOutflows(simulate(plan)));
    expect(r.dailyOutflow).toBeGreaterThan(0);
  });
});

describe('names', () => {
  it('a line is named as the plan names it now; one the plan no longer has keeps its recorded name', () => {
    const recorded = lines({ name: 'Old name', limit: 3_500_000 });
    const [c] = compareCheckIns(ref, [checkIn('a', '2026-12-01', { lines: recorded })]);
    expect(c!.lines.find((l) => l.sourceId === 'jiebei')?.name).toBe('Jiebei');
    expect(c!.warnings.find((w) => w.id === 'limit_drop')?.sourceName).toBe('Jiebei');
    const gone = { ...ref, lines: ref.lines.filter((l) => l.sourceId !== 'jiebei') };
    const [d] = compareCheckIns(gone, [checkIn('b', '2026-12-01', { lines: recorded })]);
    expect(d!.lines.find((l) => l.sourceId === 'jiebei')?.name).toBe('Old name');
  });
});
