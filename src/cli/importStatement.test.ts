import { describe, expect, it } from 'vitest';
import { parsePlanValue } from '../io/planFile';
import { run } from './main';

function capture() {
  const logs: string[] = [];
  const errors: string[] = [];
  return {
    out: { log: (s: string) => logs.push(s), error: (s: string) => errors.push(s) },
    logs,
    errors,
  };
}

const BANK = 'test/fixtures/statements/bank-stationery-shop.csv';

describe('fundgap import', () => {
  it('prints a valid plan file and, per flow, the transactions it came from (--json)', async () => {
    const c = capture();
    expect(await run(['import', BANK, '--json'], c.out)).toBe(0);
    const json = JSON.parse(c.logs.join('\n'));
    expect(parsePlanValue(json.plan).ok).toBe(true);
    expect(json.plan.business.startDate).toBe('2026-12-01'); // the day after the statement
    expect(json.plan.cashAccounts).toEqual([
      expect.objectContaining({ kind: 'bank', balance: 168270 }),
    ]);
    const rent = json.flows.find((f: { role: string }) => f.role === 'rent');
    expect(rent.sources.map((s: { date: string; amount: number }) => [s.date, s.amount])).toEqual([
      ['2026-09-05', 15000],
      ['2026-10-05', 15000],
      ['2026-11-05', 15000],
    ]);
    expect(json.plan.cashFlows.find((f: { id: string }) => f.id === rent.id)).toMatchObject({
      name: 'Rent · 杭州金辉物业管理有限公司',
      amount: 15000,
      frequency: { type: 'monthly', dayOfMonth: 5 },
    });
  });

  it('reads in Chinese, starts where told, and ends with the plan file in text mode', async () => {
    const c = capture();
    expect(await run(['import', BANK, '--lang', 'zh-CN', '--start', '2026-12-07'], c.out)).toBe(0);
    expect(c.logs[0]).toContain('银行流水');
    const planAt = c.logs.indexOf('方案文件：');
    const plan = JSON.parse(c.logs.slice(planAt + 1).join('\n'));
    expect(plan.business.startDate).toBe('2026-12-07');
    expect(plan.cashFlows.map((f: { name: string }) => f.name)).toContain(
      '房租 · 杭州金辉物业管理有限公司',
    );
  });

  it('says why a file is not a statement, with exit code 1; a bad flag is exit code 2', async () => {
    const c = capture();
    expect(await run(['import', 'README.md'], c.out)).toBe(1);
    expect(c.errors.join('\n')).toMatch(/No transaction table was found/);
    expect(await run(['import', BANK, '--start', 'tomorrow'], capture().out)).toBe(2);
    expect(await run(['import'], capture().out)).toBe(2);
  });
});
