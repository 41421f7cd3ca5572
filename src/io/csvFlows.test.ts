import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowsFromCsv, type CsvRowResult } from './csvFlows';
import { guessMapping, mappingProblems, EMPTY_MAPPING } from './csvMapping';
import { decodeCsvBytes, readCsvText, type CsvTable } from './csvTable';
import { readAmount, readDate, readDirection, readFrequency, readWeekday } from './csvValues';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/csv/${name}`, import.meta.url)));

function tableOf(name: string): CsvTable {
  const decoded = decodeCsvBytes(fixture(name));
  if (!decoded.ok) throw new Error(`cannot decode ${name}`);
  const read = readCsvText(decoded.text);
  if (!read.ok) throw new Error(`cannot read ${name}: ${read.error.reason}`);
  return read.table;
}

const OPTIONS = { startDate: '2026-12-01', existingIds: ['csv-1', 'rent'] };
const codes = (r: CsvRowResult) =>
  r.problems.map((p) =>
    p.code === 'invalid' ? `invalid:${p.issue.path}:${p.issue.code}` : p.code,
  );

describe('cell readers', () => {
  it.each([
    ['¥1,200.50', 1200.5],
    ['￥1,200.50', 1200.5],
    ['1,200,000', 1200000],
    ['-3,000', -3000],
    ['(300)', -300],
    ['1.200,50', 1200.5],
    ['12,5', 12.5],
    ['1 200 元', 1200],
    ['RMB 99.9', 99.9],
    ['+45', 45],
  ])('amount %s → %s', (text, value) => expect(readAmount(text)).toBe(value));

  it.each(['', 'abc', '1,2,3', '12-3', '¥', '1e5'])('amount %j is unreadable', (text) =>
    expect(readAmount(text)).toBeNull(),
  );

  it('reads directions, frequencies, dates and weekdays in both languages', () => {
    expect([readDirection('收入'), readDirection('OUT'), readDirection('maybe')]).toEqual([
      'inflow',
      'outflow',
      null,
    ]);
    expect([
      readFrequency('每月'),
      readFrequency('Quarterly'),
      readFrequency('一次'),
      readFrequency('sometimes'),
    ]).toEqual(['monthly', 'quarterly', 'once', null]);
    expect([
      readDate('2026/3/1'),
      readDate('2026年3月1日'),
      readDate('2026-02-30'),
      readDate('1/3/2026'),
    ]).toEqual(['2026-03-01', '2026-03-01', null, null]);
    expect([readWeekday('周一'), readWeekday('Sun'), readWeekday('7'), readWeekday('8')]).toEqual([
      1,
      0,
      0,
      null,
    ]);
  });
});

describe('reading a CSV file', () => {
  it('drops a UTF-8 BOM and guesses the comma delimiter', () => {
    const table = tableOf('zh-bom.csv');
    expect(table.delimiter).toBe(',');
    expect(table.headers).toEqual(['名称', '金额', '收支', '频率', '日期']);
    expect(table.rows).toHaveLength(5);
  });

  it('guesses semicolons and tabs', () => {
    expect(tableOf('semicolon.csv').delimiter).toBe(';');
    expect(tableOf('tabs.csv').delimiter).toBe('\t');
  });

  it('refuses GBK (not UTF-8) instead of showing mojibake', () => {
    expect(decodeCsvBytes(fixture('gbk.csv'))).toEqual({
      ok: false,
      error: { reason: 'not_utf8' },
    });
  });

  it('refuses a file with a header and no rows', () => {
    const decoded = decodeCsvBytes(fixture('header-only.csv'));
    expect(decoded.ok && readCsvText(decoded.text)).toEqual({
      ok: false,
      error: { reason: 'empty' },
    });
  });
});

describe('column mapping', () => {
  it('guesses Chinese headers', () => {
    expect(guessMapping(['名称', '金额', '收支', '频率', '日期'])).toMatchObject({
      name: 0,
      amount: 1,
      direction: 2,
      frequency: 3,
      date: 4,
      day: null,
    });
    expect(guessMapping(['摘要', '收入', '支出', '日期'])).toMatchObject({
      name: 0,
      income: 1,
      expense: 2,
      date: 3,
      amount: null,
    });
  });

  it('guesses English headers, "end date" apart from "date"', () => {
    expect(
      guessMapping(['Description', 'Amount', 'Start date', 'End date', 'Day of month']),
    ).toMatchObject({
      name: 0,
      amount: 1,
      date: 2,
      endDate: 3,
      day: 4,
    });
  });

  it('needs a name column and an amount column', () => {
    expect(mappingProblems(EMPTY_MAPPING)).toEqual(['need_name', 'need_amount']);
    expect(mappingProblems({ ...EMPTY_MAPPING, name: 0, expense: 1 })).toEqual([]);
  });
});

describe('rows to cash flows', () => {
  it('turns the Chinese sample into flows and says why the others are skipped', () => {
    const table = tableOf('zh-bom.csv');
    const rows = flowsFromCsv(table, guessMapping(table.headers), OPTIONS);
    expect(rows.map((r) => r.flow)).toEqual([
      {
        id: 'csv-2',
        name: '房租',
        direction: 'outflow',
        amount: 8000,
        frequency: { type: 'monthly', dayOfMonth: 5 },
        startDate: '2026-12-05',
      },
      {
        id: 'csv-3',
        name: '淘宝货款',
        direction: 'inflow',
        amount: 1200.5,
        frequency: { type: 'weekly', weekday: 1 },
        startDate: '2026-12-07',
        platformGroup: 'bank',
      },
      {
        id: 'csv-4',
        name: '设备款',
        direction: 'outflow',
        amount: 3000,
        frequency: { type: 'once', date: '2026-12-20' },
      },
      null,
      null,
    ]);
    expect(rows.map(codes)).toEqual([[], [], [], ['name_missing'], ['amount_invalid']]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('reads decimal commas and weekday names; a day of month of 40 is refused', () => {
    const table = tableOf('semicolon.csv');
    const rows = flowsFromCsv(table, guessMapping(table.headers), OPTIONS);
    expect(rows[0]!.flow).toMatchObject({
      direction: 'outflow',
      amount: 8000,
      frequency: { type: 'monthly', dayOfMonth: 5 },
    });
    expect(rows[1]!.flow).toMatchObject({
      direction: 'inflow',
      amount: 1200.5,
      frequency: { type: 'weekly', weekday: 1 },
    });
    expect(codes(rows[2]!)).toEqual(['day_invalid']);
  });

  it('reads separate income and expense columns; a row with both is skipped', () => {
    const table = tableOf('tabs.csv');
    const rows = flowsFromCsv(table, guessMapping(table.headers), OPTIONS);
    expect(rows[0]!.flow).toMatchObject({
      direction: 'inflow',
      amount: 12000,
      frequency: { type: 'once', date: '2026-12-15' },
    });
    expect(rows[1]!.flow).toMatchObject({ direction: 'outflow', amount: 4500.5 });
    expect(codes(rows[2]!)).toEqual(['amount_both']);
  });

  it('lets the plan schema refuse what a plan file cannot hold (3 decimals, over ¥10 billion)', () => {
    const table: CsvTable = {
      headers: ['name', 'amount'],
      rows: [
        ['fee', '1.005'],
        ['huge', '20000000000'],
        ['x'.repeat(130), '5'],
      ],
      delimiter: ',',
    };
    const rows = flowsFromCsv(table, guessMapping(table.headers), OPTIONS);
    expect(rows.map(codes)).toEqual([
      ['invalid:amount:too_many_decimals'],
      ['invalid:amount:amount_too_large'],
      ['invalid:name:too_long'],
    ]);
  });

  it('stops at the 200-flow limit of a plan', () => {
    const table: CsvTable = {
      headers: ['name', 'amount'],
      rows: [
        ['a', '1'],
        ['b', '2'],
        ['c', '3'],
      ],
      delimiter: ',',
    };
    const rows = flowsFromCsv(table, guessMapping(table.headers), { ...OPTIONS, room: 2 });
    expect(rows.map(codes)).toEqual([[], [], ['too_many']]);
  });

  it('needs a date for a one-off flow and reads an end date', () => {
    const table: CsvTable = {
      headers: ['名称', '金额', '频率', '结束日期'],
      rows: [
        ['奖金', '500', '一次', ''],
        ['租金', '-100', '每季', '2027-06-30'],
        ['?', '10', '偶尔', ''],
      ],
      delimiter: ',',
    };
    const rows = flowsFromCsv(table, guessMapping(table.headers), OPTIONS);
    expect(codes(rows[0]!)).toEqual(['date_missing']);
    expect(rows[1]!.flow).toMatchObject({
      frequency: { type: 'quarterly', dayOfMonth: 1 },
      endDate: '2027-06-30',
    });
    expect(codes(rows[2]!)).toEqual(['frequency_unknown']);
  });
});
