/**
 * Which CSV column holds which part of a cash flow. The user confirms or changes a guess made
 * from the header names (English or Chinese).
 */

export const CSV_FIELDS = [
  'name',
  'amount',
  'direction',
  'income',
  'expense',
  'frequency',
  'day',
  'date',
  'endDate',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Column index per field, or null when no column holds it. */
export type ColumnMapping = Record<CsvField, number | null>;

export const EMPTY_MAPPING: ColumnMapping = {
  name: null,
  amount: null,
  direction: null,
  income: null,
  expense: null,
  frequency: null,
  day: null,
  date: null,
  endDate: null,
};

/** Header words per field, lower case; a header matches when it equals or contains one. */
const HEADER_WORDS: Record<CsvField, string[]> = {
  name: [
    'name',
    'description',
    'item',
    'payee',
    'memo',
    'counterparty',
    '名称',
    '项目',
    '摘要',
    '说明',
    '对方',
    '备注',
    '名字',
  ],
  amount: ['amount', 'value', 'sum', 'total', '金额', '数额', '发生额'],
  direction: ['direction', 'type', 'in/out', 'flow', '方向', '收支', '类型', '类别'],
  income: ['income', 'inflow', 'credit', 'receipts', '收入', '流入', '贷方', '收款'],
  expense: ['expense', 'outflow', 'debit', 'payments', '支出', '流出', '借方', '付款'],
  frequency: ['frequency', 'repeat', 'recurrence', 'every', '频率', '周期', '频次'],
  day: ['day of month', 'weekday', 'day', '每月几号', '几号', '星期', '日'],
  date: ['start date', 'date', 'first date', 'from', '开始日期', '起始日期', '日期', '首次日期'],
  endDate: ['end date', 'until', 'to', 'last date', '结束日期', '截止日期', '终止日期'],
};

/** Fields in the order a header is tried: specific words before generic ones ("end date" before "date"). */
const TRY_ORDER: CsvField[] = [
  'endDate',
  'date',
  'income',
  'expense',
  'direction',
  'frequency',
  'amount',
  'name',
  'day',
];

function matches(header: string, field: CsvField): boolean {
  const h = header.trim().toLowerCase();
  return HEADER_WORDS[field].some((word) => h === word || (word.length > 2 && h.includes(word)));
}

/**
 * A first mapping from header names; each column serves at most one field, each field at most
 * one column.
 * @example guessMapping(['名称', '金额', '收支', '日期']) // { name: 0, amount: 1, direction: 2, date: 3, … }
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = { ...EMPTY_MAPPING };
  const used = new Set<number>();
  // Exact matches first, so "日期" goes to date even though "日" would also match day.
  for (const exact of [true, false]) {
    for (const field of TRY_ORDER) {
      if (mapping[field] !== null) continue;
      const index = headers.findIndex((h, i) => {
        if (used.has(i)) return false;
        const lower = h.trim().toLowerCase();
        return exact ? HEADER_WORDS[field].includes(lower) : matches(h, field);
      });
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
      }
    }
  }
  return mapping;
}

export type MappingProblem = 'need_name' | 'need_amount';

/** What the mapping still lacks before rows can be read: a name column and some amount column. */
export function mappingProblems(mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (mapping.name === null) problems.push('need_name');
  if (mapping.amount === null && mapping.income === null && mapping.expense === null)
    problems.push('need_amount');
  return problems;
}
