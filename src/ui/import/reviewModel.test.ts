import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATEMENTS } from '../../i18n/messages/statements';
import { parsePlanValue } from '../../io/planFile';
import { readStatement } from '../../io/statements/readStatement';
import { blankPlanFile } from '../../state/planSlice';
import { checkedByDefault, draftWithImport, sourceRows } from './reviewModel';

async function bank() {
  const bytes = readFileSync(
    new URL('../../../test/fixtures/statements/bank-stationery-shop.csv', import.meta.url),
  );
  const result = await readStatement(new Uint8Array(bytes));
  if (!result.ok) throw new Error('fixture');
  return result;
}

describe('statement review model', () => {
  it('ticks outflows always and inflows unless their confidence is low', async () => {
    const { proposal } = await bank();
    expect(proposal.flows.every(checkedByDefault)).toBe(true);
    const sales = proposal.flows[0]!;
    expect(checkedByDefault({ ...sales, level: 'low' })).toBe(false);
    expect(checkedByDefault({ ...proposal.flows.at(-1)!, level: 'low' })).toBe(true);
  });

  it('adds the ticked flows and the closing balance as one valid draft, with fresh ids', async () => {
    const { statement, proposal } = await bank();
    const m = STATEMENTS['zh-CN'];
    const draft = blankPlanFile('2026-12-07');
    const next = draftWithImport(draft, statement, proposal.flows.slice(7), {
      addBalance: true,
      accountName: m.accountName,
      nameOf: (f) => m.flowName(f),
    });
    expect(next.cashFlows.map((f) => [f.name, f.amount])).toEqual([
      ['供应商货款 · 义乌市晨光文具批发有限公司', 23179.33],
      ['工资 · 代发工资专户', 18000],
      ['房租 · 杭州金辉物业管理有限公司', 15000],
      ['固定支出 · 国家税务总局杭州市西湖区税务局', 2300],
      ['固定支出 · 国网浙江省电力有限公司杭州供电公司', 1250],
    ]);
    expect(next.cashAccounts.at(-1)).toMatchObject({ id: 'import-bank', balance: 168270 });
    expect(parsePlanValue({ ...next, business: { ...next.business, name: 'x' } }).ok).toBe(true);
    // Importing twice never reuses an id.
    const again = draftWithImport(next, statement, proposal.flows.slice(9, 10), {
      addBalance: true,
      accountName: m.accountName,
      nameOf: (f) => m.flowName(f),
    });
    expect(new Set(again.cashFlows.map((f) => f.id)).size).toBe(again.cashFlows.length);
    expect(again.cashAccounts.at(-1)!.id).toBe('import-bank-2');
  });

  it('lists the first sources of a flow and counts the rest', async () => {
    const { statement, proposal } = await bank();
    const byLine = new Map(statement.transactions.map((t) => [t.line, t]));
    const { rows, more } = sourceRows(proposal.flows[0]!, byLine, 5);
    expect(rows).toHaveLength(5);
    expect(more).toBe(proposal.flows[0]!.sources.length - 5);
  });
});
