import { civil, epochDay } from '../engine/calendar';
import { formatIssues, type Issue } from './issues';
import { LIMITS } from './limits';
import { CURRENT_FORMAT_VERSION } from './migrations';
import type { ColumnMapping, CsvField } from './csvMapping';
import type { CsvTable } from './csvTable';
import {
  readAmount,
  readDate,
  readDayOfMonth,
  readDirection,
  readFrequency,
  readWeekday,
  type FrequencyWord,
} from './csvValues';
import { planFileSchema, type PlanFileCashFlow, type PlanFileInput } from './planSchema';

/**
 * CSV rows → plan-file cash flows. Each row is read on its own: a row that cannot become a valid
 * flow is skipped with the reasons, the others are added. Every flow that is kept has passed the
 * plan file's own schema, so an import can never put something into the plan that a file could not.
 */

export type RowProblemCode =
  | 'name_missing'
  | 'amount_missing'
  | 'amount_invalid'
  | 'amount_zero'
  | 'amount_both'
  | 'direction_unknown'
  | 'frequency_unknown'
  | 'day_invalid'
  | 'date_invalid'
  | 'date_missing'
  | 'too_many';

export type RowProblem =
  | { code: RowProblemCode; field?: CsvField }
  /** The plan schema refused the flow (e.g. 3 decimals, over ¥10 billion); `issue.path` is inside the flow. */
  | { code: 'invalid'; issue: Issue };

export type CsvRowResult = {
  /** 1-based line of the data row in the table (the header is line 1, so the first row is 2). */
  line: number;
  cells: string[];
  flow: PlanFileCashFlow | null;
  problems: RowProblem[];
};

export type CsvFlowOptions = {
  /** The plan's start date: a new flow's default dates and the wrapper the schema checks. */
  startDate: string;
  /** Ids already in the plan, never reused. */
  existingIds: readonly string[];
  /** How many flows the plan can still take (the file allows 200). */
  room?: number;
  /** With no in/out column and no negative amounts, the direction the user said all rows have. */
  allRows?: 'inflow' | 'outflow' | null;
};

type Reading<T> = { value: T } | { problem: RowProblem };

function cellOf(cells: readonly string[], mapping: ColumnMapping, field: CsvField): string {
  const index = mapping[field];
  return index === null ? '' : (cells[index] ?? '').trim();
}

/** Direction and amount (≥ 0) from an amount column (signed, or with a direction column) or income/expense columns. */
function readMoney(
  cell: (f: CsvField) => string,
  mapping: ColumnMapping,
  allRows: 'inflow' | 'outflow' | null,
): Reading<{ direction: 'inflow' | 'outflow'; amount: number }> {
  if (mapping.income !== null || mapping.expense !== null) {
    const found: { direction: 'inflow' | 'outflow'; amount: number }[] = [];
    for (const [field, direction] of [
      ['income', 'inflow'],
      ['expense', 'outflow'],
    ] as const) {
      const text = cell(field);
      if (text === '') continue;
      const value = readAmount(text);
      if (value === null) return { problem: { code: 'amount_invalid', field } };
      if (value !== 0) found.push({ direction, amount: Math.abs(value) });
    }
    if (found.length === 1) return { value: found[0]! };
    if (found.length === 2) return { problem: { code: 'amount_both', field: 'income' } };
    if (mapping.amount === null) return { problem: { code: 'amount_missing', field: 'income' } };
  }
  const text = cell('amount');
  if (text === '') return { problem: { code: 'amount_missing', field: 'amount' } };
  const value = readAmount(text);
  if (value === null) return { problem: { code: 'amount_invalid', field: 'amount' } };
  if (value === 0) return { problem: { code: 'amount_zero', field: 'amount' } };
  const directionText = cell('direction');
  if (directionText !== '') {
    const direction = readDirection(directionText);
    if (direction === null) return { problem: { code: 'direction_unknown', field: 'direction' } };
    return { value: { direction, amount: Math.abs(value) } };
  }
  // Negative amounts are outflows; positive ones follow what the user said, else the sign.
  return {
    value: { direction: value < 0 ? 'outflow' : (allRows ?? 'inflow'), amount: Math.abs(value) },
  };
}

function readOptionalDate(text: string, field: CsvField): Reading<string | null> {
  if (text === '') return { value: null };
  const iso = readDate(text);
  return iso === null ? { problem: { code: 'date_invalid', field } } : { value: iso };
}

function readSchedule(
  cell: (f: CsvField) => string,
  date: string | null,
): Reading<PlanFileCashFlow['frequency']> {
  const frequencyText = cell('frequency');
  const type: FrequencyWord | null =
    frequencyText === '' ? (date === null ? 'monthly' : 'once') : readFrequency(frequencyText);
  if (type === null) return { problem: { code: 'frequency_unknown', field: 'frequency' } };
  const dayText = cell('day');
  const onDate = date === null ? null : civil(epochDay(date));
  switch (type) {
    case 'daily':
      return { value: { type } };
    case 'once':
      return date === null
        ? { problem: { code: 'date_missing', field: 'date' } }
        : { value: { type, date } };
    case 'weekly': {
      const weekday = dayText === '' ? (onDate?.weekday ?? 1) : readWeekday(dayText);
      return weekday === null
        ? { problem: { code: 'day_invalid', field: 'day' } }
        : { value: { type, weekday } };
    }
    case 'monthly':
    case 'quarterly': {
      const dayOfMonth = dayText === '' ? (onDate?.dayOfMonth ?? 1) : readDayOfMonth(dayText);
      return dayOfMonth === null
        ? { problem: { code: 'day_invalid', field: 'day' } }
        : { value: { type, dayOfMonth } };
    }
  }
}

function uniqueIds(existing: readonly string[]): () => string {
  const taken = new Set(existing);
  let n = 0;
  return () => {
    let id: string;
    do id = `csv-${++n}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
}

/** The schema's verdict on one flow, checked inside a minimal plan; issue paths are made relative to the flow. */
export function schemaProblems(flow: PlanFileCashFlow, startDate: string): RowProblem[] {
  const wrapper: PlanFileInput = {
    formatVersion: CURRENT_FORMAT_VERSION,
    business: { name: '', startDate, horizonDays: 180 },
    cashAccounts: [],
    cashFlows: [flow],
    fundingSources: [],
  };
  const result = planFileSchema.safeParse(wrapper);
  if (result.success) return [];
  return formatIssues(result.error).map((issue) => ({
    code: 'invalid' as const,
    issue: { ...issue, path: issue.path.replace(/^cashFlows\[0\]\.?/, '') },
  }));
}

/**
 * Every data row as a cash flow or as the reasons it cannot be one.
 * @example flowsFromCsv(table, guessMapping(table.headers), { startDate: '2026-12-01', existingIds: [] })
 */
export function flowsFromCsv(
  table: CsvTable,
  mapping: ColumnMapping,
  options: CsvFlowOptions,
): CsvRowResult[] {
  const nextId = uniqueIds(options.existingIds);
  let room = options.room ?? LIMITS.cashFlows - options.existingIds.length;
  return table.rows.map((cells, i): CsvRowResult => {
    const cell = (f: CsvField) => cellOf(cells, mapping, f);
    const problems: RowProblem[] = [];
    const take = <T>(r: Reading<T>): T | undefined => {
      if ('problem' in r) {
        problems.push(r.problem);
        return undefined;
      }
      return r.value;
    };
    const name = cell('name');
    if (name === '') problems.push({ code: 'name_missing', field: 'name' });
    const money = take(readMoney(cell, mapping, options.allRows ?? null));
    const date = take(readOptionalDate(cell('date'), 'date'));
    const endDate = take(readOptionalDate(cell('endDate'), 'endDate'));
    const frequency = date === undefined ? undefined : take(readSchedule(cell, date));
    const base = { line: i + 2, cells };
    if (problems.length > 0 || !money || frequency === undefined)
      return { ...base, flow: null, problems };

    const flow: PlanFileCashFlow = {
      id: nextId(),
      name,
      direction: money.direction,
      amount: money.amount,
      frequency,
      ...(date && frequency.type !== 'once' ? { startDate: date } : {}),
      ...(endDate ? { endDate } : {}),
      ...(money.direction === 'inflow' ? { platformGroup: 'bank' as const } : {}),
    };
    const invalid = schemaProblems(flow, options.startDate);
    if (invalid.length > 0) return { ...base, flow: null, problems: invalid };
    if (room <= 0) return { ...base, flow: null, problems: [{ code: 'too_many' }] };
    room--;
    return { ...base, flow, problems: [] };
  });
}
