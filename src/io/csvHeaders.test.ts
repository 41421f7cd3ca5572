import { describe, expect, it } from 'vitest';
import { CSV } from '../i18n/messages/csv';
import { flowsFromCsv } from './csvFlows';
import { CSV_FIELDS, guessMapping, mappingProblems } from './csvMapping';

/** Issue 13's CSV cases: the app's own field names, synonyms, no direction column, negatives. */

describe('CSV headers', () => {
  it('matches 收支方向 and the other synonyms owners use for in/out', () => {
    for (const header of ['收支方向', '收/支', '收支类型', '借贷标志', 'In or out', 'Dr/Cr']) {
      expect(guessMapping(['名称', '金额', header]).direction, header).toBe(2);
    }
  });

  it("matches the app's own column labels in both languages, notes in brackets and all", () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const headers = CSV_FIELDS.map((f) => CSV[lang].field[f]);
      const mapping = guessMapping(headers);
      for (const [i, field] of CSV_FIELDS.entries())
        expect(mapping[field], `${lang} ${field}`).toBe(i);
    }
  });

  it('stops and asks when nothing says which way the money goes', () => {
    const rows = [
      ['房租', '8000'],
      ['工资', '12000'],
    ];
    const mapping = guessMapping(['名称', '金额']);
    expect(mappingProblems(mapping, rows)).toEqual(['need_direction']);
    // Said by the user: every row is an outflow, and then they read that way.
    expect(mappingProblems(mapping, rows, 'outflow')).toEqual([]);
    const flows = flowsFromCsv({ headers: ['名称', '金额'], rows, delimiter: ',' }, mapping, {
      startDate: '2026-12-01',
      existingIds: [],
      allRows: 'outflow',
    });
    expect(flows.map((r) => r.flow?.direction)).toEqual(['outflow', 'outflow']);
  });

  it('reads negative amounts as outflows without asking', () => {
    const rows = [
      ['房租', '-8000'],
      ['淘宝货款', '30000'],
      ['工资', '(12,000)'],
    ];
    const mapping = guessMapping(['名称', '金额']);
    expect(mappingProblems(mapping, rows)).toEqual([]);
    const flows = flowsFromCsv({ headers: ['名称', '金额'], rows, delimiter: ',' }, mapping, {
      startDate: '2026-12-01',
      existingIds: [],
    });
    expect(flows.map((r) => [r.flow?.direction, r.flow?.amount])).toEqual([
      ['outflow', 8000],
      ['inflow', 30000],
      ['outflow', 12000],
    ]);
  });

  it('reads rent, supplier payments and wages as outflows when 收支方向 says so', () => {
    const headers = ['名称', '金额', '收支方向'];
    const rows = [
      ['房租', '8000', '支出'],
      ['供应商货款', '20000', '支出'],
      ['工资', '12000', '支出'],
    ];
    const flows = flowsFromCsv({ headers, rows, delimiter: ',' }, guessMapping(headers), {
      startDate: '2026-12-01',
      existingIds: [],
    });
    expect(flows.map((r) => r.flow?.direction)).toEqual(['outflow', 'outflow', 'outflow']);
  });
});
