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
  amount: ['amount', 'value', 'sum', 'total', '金额', '数额', '发生额', '交易金额', '金额(元)'],
  direction: [
    'direction',
    'type',
    'in/out',
    'in or out',
    'flow',
    'inflow/outflow',
    'debit/credit',
    'dr/cr',
    '方向',
    '收支',
    '收/支',
    '收支方向',
    '收支类型',
    '收付方向',
    '借贷',
    '借贷方向',
    '借贷标志',
    '类型',
    '类别',
  ],
  income: ['income', 'inflow', 'credit', 'receipts', '收入', '流入', '贷方', '收款'],
  expense: ['expense', 'outflow', 'debit', 'payments', '支出', '流出', '借方', '付款'],
  frequency: ['frequency', 'how often', 'repeat', 'recurrence', 'every', '频率', '周期', '频次'],
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

/**
 * A header as compared: lower case, without spaces and without a note in brackets, so the
 * app's own labels ("金额（¥；负数表示支出）", "Amount (¥; negative = money going out)") match.
 */
function normalize(header: string): string {
  return header
    .toLowerCase()
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s_]+/g, ' ')
    .trim();
}

const CJK = /[\u3400-\u9fff]/;

/** Contains a header word: two CJK characters are already a word (收支), Latin needs three letters. */
function matches(header: string, field: CsvField): boolean {
  const h = normalize(header);
  return HEADER_WORDS[field].some(
    (word) =>
      h === word || ((word.length > 2 || (CJK.test(word) && word.length >= 2)) && h.includes(word)),
  );
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
        return exact ? HEADER_WORDS[field].includes(normalize(h)) : matches(h, field);
      });
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
      }
    }
  }
  return mapping;
}

export type MappingProblem = 'need_name' | 'need_amount' | 'need_direction';

/** Whether an amount cell is negative ("-300", "(300)", "−300"). */
const NEGATIVE = /^\s*(?:[-−]|\()/;

/**
 * What the mapping still lacks before rows can be read: a name column, some amount column,
 * and a way to tell money in from money out. With one amount column and neither an in/out
 * column nor any negative amount, FundGap asks instead of guessing (it used to call every row
 * an inflow): the user picks the in/out column, or says all rows go one way (`allRows`).
 */
export function mappingProblems(
  mapping: ColumnMapping,
  rows: readonly (readonly string[])[] = [],
  allRows: 'inflow' | 'outflow' | null = null,
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (mapping.name === null) problems.push('need_name');
  if (mapping.amount === null && mapping.income === null && mapping.expense === null)
    problems.push('need_amount');
  else if (
    mapping.amount !== null &&
    mapping.direction === null &&
    mapping.income === null &&
    mapping.expense === null &&
    allRows === null &&
    !rows.some((r) => NEGATIVE.test(r[mapping.amount!] ?? ''))
  )
    problems.push('need_direction');
  return problems;
}
