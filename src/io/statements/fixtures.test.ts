import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ProposedFlow } from '../../engine/statements/transactions';
import { readStatement, type StatementResult } from './readStatement';

/**
 * The three synthetic exports in test/fixtures/statements/ (made by generate.mjs) and the plan
 * each must yield, to the yuan. docs/import.md lists the same expectations in words.
 */

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(new URL(`../../../test/fixtures/statements/${name}`, import.meta.url)),
  );

async function open(name: string) {
  const result: StatementResult = await readStatement(fixture(name));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result;
}

/** A flow as the tests state it: yuan, the schedule, where it lands, the Huabei share. */
const brief = (f: ProposedFlow) => ({
  role: f.role,
  direction: f.direction,
  yuan: f.amount / 100,
  frequency: f.frequency,
  ...(f.platformGroup ? { lands: f.platformGroup } : {}),
  ...(f.huabeiShare !== undefined ? { huabei: f.huabeiShare } : {}),
  level: f.level,
});

const salesByWeekday = (lands: string, yuanMonToSun: number[]) =>
  [1, 2, 3, 4, 5, 6, 0].map((weekday, i) => ({
    role: 'sales',
    direction: 'inflow',
    yuan: yuanMonToSun[i],
    frequency: { type: 'weekly', weekday },
    lands,
    level: 'high',
  }));

describe('Alipay app export, GBK: 青山服饰 (Taobao shop), Sep–Nov 2026', () => {
  it('reads the GBK file, skipping the preamble, closed orders, refunds and own transfers', async () => {
    const { statement } = await open('alipay-taobao-shop-gbk.csv');
    expect(statement.format).toBe('alipay_app');
    expect(statement.encoding).toBe('gb18030');
    expect(statement.period).toEqual({ from: '2026-09-01', to: '2026-11-30' });
    expect(statement.transactions).toHaveLength(1387);
    expect(statement.skipped).toEqual({ closed: 15, refunded: 9, own_transfer: 9, unreadable: 0 });
  });

  it('proposes daily sales into Alipay with the 双11 month, the weekly factory, wages, rent, couriers, ads', async () => {
    const { proposal } = await open('alipay-taobao-shop-gbk.csv');
    expect(proposal.flows.map(brief)).toEqual([
      // ¥306,000 of sales over 91 days = ¥3,362.64 a day; November (双11) 122 %.
      {
        role: 'sales',
        direction: 'inflow',
        yuan: 3362.64,
        frequency: { type: 'daily' },
        lands: 'ant',
        level: 'high',
      },
      // Every Monday ¥12,000; 8 of the 13 paid with Huabei.
      {
        role: 'supplier',
        direction: 'outflow',
        yuan: 12000,
        frequency: { type: 'weekly', weekday: 1 },
        huabei: 0.62,
        level: 'high',
      },
      // Two staff on the 10th: one wage bill.
      {
        role: 'payroll',
        direction: 'outflow',
        yuan: 10500,
        frequency: { type: 'monthly', dayOfMonth: 10 },
        level: 'high',
      },
      {
        role: 'rent',
        direction: 'outflow',
        yuan: 8000,
        frequency: { type: 'monthly', dayOfMonth: 5 },
        level: 'high',
      },
      // Couriers almost daily: ¥15,447 over 91 days, spread weekly (× 7 ÷ 91).
      {
        role: 'supplier',
        direction: 'outflow',
        yuan: 1188.23,
        frequency: { type: 'weekly', weekday: 0 },
        level: 'medium',
      },
      {
        role: 'regular_payment',
        direction: 'outflow',
        yuan: 2000,
        frequency: { type: 'monthly', dayOfMonth: 1 },
        level: 'high',
      },
      // 45 odd purchases from different shops (¥7,500.91), 40 % of it on Huabei.
      {
        role: 'other_spending',
        direction: 'outflow',
        yuan: 82.43,
        frequency: { type: 'daily' },
        huabei: 0.4,
        level: 'low',
      },
    ]);
    expect(proposal.flows[0]!.seasonality?.monthly).toEqual([
      1, 1, 1, 1, 1, 1, 1, 1, 0.89, 0.89, 1.22, 1,
    ]);
    expect(proposal.flows[0]!.sources).toHaveLength(1239);
    expect(proposal.summary.totalInflow).toBe(30_600_000);
    expect(proposal.summary.huabeiShareOfOutflows).toBeCloseTo(0.4118, 4);
    expect(proposal.summary.inflowByGroup).toEqual({ ant: 30_600_000 });
  });
});

describe('WeChat Pay bill with a BOM: 老街面馆 (noodle shop), Oct–Nov 2026', () => {
  const expected = [
    // Takings Mon–Thu ¥1,800, Fri ¥2,400, Sat ¥3,000, Sun ¥2,700, all into WeChat 零钱.
    ...salesByWeekday('tencent', [1800, 1800, 1800, 1800, 2400, 3000, 2700]),
    {
      role: 'payroll',
      direction: 'outflow',
      yuan: 8500,
      frequency: { type: 'monthly', dayOfMonth: 15 },
      level: 'high',
    },
    {
      role: 'rent',
      direction: 'outflow',
      yuan: 6000,
      frequency: { type: 'monthly', dayOfMonth: 1 },
      level: 'high',
    },
    {
      role: 'supplier',
      direction: 'outflow',
      yuan: 1200,
      frequency: { type: 'weekly', weekday: 2 },
      level: 'high',
    },
    // Market stalls every morning: ¥25,904 over 61 days.
    {
      role: 'other_spending',
      direction: 'outflow',
      yuan: 424.66,
      frequency: { type: 'daily' },
      level: 'low',
    },
  ];

  it('reads the UTF-8 CSV with its BOM and proposes the weekday takings and the fixed costs', async () => {
    const { statement, proposal } = await open('wechat-noodle-shop-bom.csv');
    expect(statement.format).toBe('wechat');
    expect(statement.encoding).toBe('utf-8');
    expect(statement.period).toEqual({ from: '2026-10-01', to: '2026-11-30' });
    expect(statement.skipped).toEqual({ closed: 2, refunded: 2, own_transfer: 2, unreadable: 0 });
    expect(proposal.flows.map(brief)).toEqual(expected);
  });

  it('gives the same plan from the .xlsx the newer app sends', async () => {
    const { statement, proposal } = await open('wechat-noodle-shop.xlsx');
    expect(statement.encoding).toBe('xlsx');
    expect(proposal.flows.map(brief)).toEqual(expected);
  });
});

describe('bank statement CSV: 杭州明远文具店, Sep–Nov 2026', () => {
  it('reads debit/credit columns, the closing balance, and leaves out own transfers and a reversal', async () => {
    const { statement, proposal } = await open('bank-stationery-shop.csv');
    expect(statement.format).toBe('bank');
    expect(statement.closingBalance).toEqual({ fen: 16_827_000, date: '2026-11-30' });
    // The 冲正 and the payment it reverses; transfers to the holder's own account and Alipay cash-outs.
    expect(statement.skipped).toEqual({ closed: 2, refunded: 0, own_transfer: 6, unreadable: 0 });
    expect(proposal.flows.map(brief)).toEqual([
      // Card takings ¥2,800 on weekdays and ¥4,200 at weekends, into the bank.
      ...salesByWeekday('bank', [2800, 2800, 2800, 2800, 2800, 4200, 4200]),
      // The wholesaler twice a month, ¥69,300 in all: one month’s average (¥69,300 ÷ 91 days × 365.25 ÷ 12) on the median day
      {
        role: 'supplier',
        direction: 'outflow',
        yuan: 23179.33,
        frequency: { type: 'monthly', dayOfMonth: 10 },
        level: 'medium',
      },
      {
        role: 'payroll',
        direction: 'outflow',
        yuan: 18000,
        frequency: { type: 'monthly', dayOfMonth: 10 },
        level: 'high',
      },
      {
        role: 'rent',
        direction: 'outflow',
        yuan: 15000,
        frequency: { type: 'monthly', dayOfMonth: 5 },
        level: 'high',
      },
      {
        role: 'regular_payment',
        direction: 'outflow',
        yuan: 2300,
        frequency: { type: 'monthly', dayOfMonth: 15 },
        level: 'high',
      },
      {
        role: 'regular_payment',
        direction: 'outflow',
        yuan: 1250,
        frequency: { type: 'monthly', dayOfMonth: 20 },
        level: 'high',
      },
    ]);
  });
});
