import { describe, expect, it } from 'vitest';
import { buildGuidedPlan, namePlan } from './guidedPlan';
import { dailyFromMonthly, DEFAULT_ANSWERS, type GuidedAnswers } from './guidedAnswers';
import { nextDayOfMonth } from './guidedCredit';
import { parsePlanValue } from './planFile';
import { REFERENCE_ANSWERS } from './guidedReference';

const TODAY = '2026-12-06';

function with_(patch: (a: GuidedAnswers) => void): GuidedAnswers {
  const a = structuredClone(DEFAULT_ANSWERS);
  patch(a);
  return a;
}

function built(answers: GuidedAnswers) {
  const result = buildGuidedPlan(answers, TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
}

describe('buildGuidedPlan: the reference business (issue 13), typed with 万', () => {
  const file = built(REFERENCE_ANSWERS);

  it('reads 3万 of bank cash as ¥30,000 and adds no platform account the owner did not enter', () => {
    expect(file.cashAccounts).toEqual([
      { id: 'bank', name: '', kind: 'bank', platformGroup: 'bank', balance: 30000 },
    ]);
  });

  it('has daily sales of ¥4,000 landing in Alipay, rent ¥15,000 on the 5th, ¥60,000 purchases all on Huabei', () => {
    expect(file.cashFlows).toEqual([
      {
        id: 'sales',
        name: '',
        direction: 'inflow',
        amount: 4000,
        frequency: { type: 'daily' },
        platformGroup: 'ant',
      },
      {
        id: 'rent',
        name: '',
        direction: 'outflow',
        amount: 15000,
        frequency: { type: 'monthly', dayOfMonth: 5 },
        category: 'rent',
      },
      {
        id: 'purchases',
        name: '',
        direction: 'outflow',
        amount: 60000,
        frequency: { type: 'monthly', dayOfMonth: 1 },
        category: 'supplier',
        huabeiSharePercent: 100,
      },
    ]);
  });

  it('has Huabei ¥80,000 (8万), Jiebei ¥100,000 at 0.04 %/day undrawn, and the bank loan fully owed', () => {
    const [huabei, jiebei, loan] = file.fundingSources;
    expect(huabei).toMatchObject({ kind: 'huabei', limit: 80000, outstanding: [] });
    expect(huabei).toMatchObject({ billInstalments: 0, statementDay: 1, dueDay: 10 });
    expect(jiebei).toMatchObject({
      kind: 'jiebei',
      limit: 100000,
      price: { type: 'daily', ratePercent: 0.04 },
      outstanding: [],
    });
    // Drawn last month, nothing repaid yet: all ¥200,000 owed over 12 instalments, the first
    // on the next 20th; the limit is what is owed, so the loan adds no headroom to draw.
    expect(loan).toMatchObject({
      kind: 'bank_loan',
      limit: 200000,
      price: { type: 'annual', ratePercent: 4.2 },
      repayment: 'equal_instalment',
      termMonths: 12,
      outstanding: [{ principal: 200000, nextDueDate: '2026-12-20', remainingInstalments: 12 }],
    });
  });

  it('starts today, runs a year and passes the plan file schema', () => {
    expect(file.business).toMatchObject({ startDate: TODAY, horizonDays: 365, minCashBuffer: 0 });
    const named = namePlan(file, {
      business: '我的店',
      accounts: { bank: '银行存款', alipay: '支付宝余额', yuebao: '余额宝' },
      flows: { sales: '销售收入', rent: '房租', wages: '工资', purchases: '进货' },
      sources: { huabei: '花呗', jiebei: '借呗', 'bank-loan': '银行贷款' },
    });
    const parsed = parsePlanValue(named);
    expect(parsed.ok).toBe(true);
    expect(named.cashFlows.map((f) => f.name)).toEqual(['销售收入', '房租', '进货']);
  });
});

describe('buildGuidedPlan: details', () => {
  it('spreads monthly sales over the year: 12万 a month is ¥3,945.21 a day (120,000 × 12 / 365)', () => {
    expect(dailyFromMonthly(120000)).toBe(3945.21);
    const file = built(with_((a) => Object.assign(a.sales, { amount: '12万', per: 'month' })));
    expect(file.cashFlows[0]).toMatchObject({ amount: 3945.21, frequency: { type: 'daily' } });
  });

  it('reads 1.5万, ¥30,000 and 30,000 alike', () => {
    const file = built(
      with_((a) => (a.cash = { bank: '1.5万', alipay: '¥30,000', yuebao: '30,000' })),
    );
    expect(file.cashAccounts.map((c) => [c.id, c.balance])).toEqual([
      ['bank', 15000],
      ['alipay', 30000],
      ['yuebao', 30000],
    ]);
  });

  it('after one instalment of a ¥200,000 loan at 4.2 %: ¥183,651.74 owed over 11', () => {
    // Monthly rate 0.35 %; payment 200,000 × 0.0035 / (1 − 1.0035^−12) = ¥17,048.26; the first
    // month's interest ¥700.00, so ¥16,348.26 of principal is repaid.
    const file = built(
      with_((a) =>
        Object.assign(a.bankLoan, {
          amount: '20万',
          annualRatePercent: '4.2',
          paidInstalments: '1',
        }),
      ),
    );
    expect(file.fundingSources[0]).toMatchObject({
      limit: 183651.74,
      outstanding: [{ principal: 183651.74, remainingInstalments: 11 }],
    });
  });

  it('adds the season calendar to sales: a restaurant closes over Spring Festival', () => {
    const file = built(
      with_((a) => Object.assign(a.sales, { amount: '3000', season: 'restaurant' })),
    );
    expect(file.cashFlows[0]?.seasonality).toEqual({
      events: [{ event: 'spring_festival', percent: 0 }],
    });
  });

  it('makes nothing out of empty answers but a bank account at ¥0', () => {
    const file = built(DEFAULT_ANSWERS);
    expect(file.cashFlows).toEqual([]);
    expect(file.fundingSources).toEqual([]);
    expect(file.cashAccounts).toHaveLength(1);
  });

  it('refuses a credit line without its rate, Huabei purchases without a Huabei limit, and bad text', () => {
    const result = buildGuidedPlan(
      with_((a) => {
        a.jiebei.limit = '10万';
        a.purchases = { amount: '6万', day: '1', huabeiPercent: 50 };
        a.cash.bank = '三万';
        a.fixed.rentDay = '32';
        a.bankLoan.annualRatePercent = '4';
      }),
      TODAY,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { field: 'cash.bank', code: 'not_amount' },
        { field: 'fixed.rentDay', code: 'not_day' },
        { field: 'huabei.limit', code: 'required' },
        { field: 'jiebei.dailyRatePercent', code: 'required' },
        { field: 'bankLoan.amount', code: 'required' },
      ]),
    );
    expect(result.problems).toHaveLength(5);
  });

  it('refuses what the plan file could not hold, beside its field, instead of rounding or failing later', () => {
    const result = buildGuidedPlan(
      with_((a) => {
        a.cash.bank = '200亿'; // over ¥10 billion, the plan file's ceiling
        a.cash.alipay = '12.345'; // finer than the fen
        a.jiebei = { limit: '1万', dailyRatePercent: '0.0000001', drawn: '' }; // 7 decimals
      }),
      TODAY,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'cash.bank', code: 'amount_too_large' },
        { field: 'cash.alipay', code: 'amount_decimals' },
        { field: 'jiebei.dailyRatePercent', code: 'rate_decimals' },
      ],
    });
    // At the ceiling and to the fen, both are kept exactly.
    const kept = buildGuidedPlan(
      with_((a) => {
        a.cash.bank = '100亿';
        a.cash.alipay = '12.34';
      }),
      TODAY,
    );
    expect(kept.ok && kept.file.cashAccounts.map((c) => c.balance)).toEqual([
      10_000_000_000, 12.34,
    ]);
  });

  it('refuses more drawn than the limit', () => {
    const result = buildGuidedPlan(
      with_((a) => (a.jiebei = { limit: '1万', dailyRatePercent: '0.04', drawn: '2万' })),
      TODAY,
    );
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'jiebei.drawn', code: 'over_limit' }],
    });
  });

  it('finds the next due day after today, clamped to short months', () => {
    expect(nextDayOfMonth('2026-12-06', 20)).toBe('2026-12-20');
    expect(nextDayOfMonth('2026-12-20', 20)).toBe('2027-01-20');
    expect(nextDayOfMonth('2027-01-31', 31)).toBe('2027-02-28');
  });
});
