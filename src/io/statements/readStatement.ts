import Papa from 'papaparse';
import { deriveFlows } from '../../engine/statements/deriveFlows';
import type {
  StatementPeriod,
  StatementProposal,
  StatementTransaction,
} from '../../engine/statements/transactions';
import { readStatementDate } from './cells';
import { decodeStatement, type StatementEncoding } from './decode';
import { matchHeader, type StatementFormat } from './formats';
import { readRow, type SkipReason } from './readRows';

/**
 * Opening a statement export (untrusted input): bytes → table → transactions → a proposed plan.
 * Never throws; every failure is one reason from a closed set, each with a translated message
 * (`src/i18n/messages/statements.ts`). The same function runs in the app's Worker and the CLI.
 */

export const MAX_STATEMENT_BYTES = 64 * 1024 * 1024;
export const MAX_STATEMENT_ROWS = 200_000;
/** The header is looked for in the first rows only: preambles run to about twenty lines. */
const HEADER_SEARCH_ROWS = 80;

export type StatementError =
  | { reason: 'empty' }
  | { reason: 'too_large'; maxBytes: number }
  | { reason: 'not_text' }
  | { reason: 'xlsx_unreadable' }
  /** No header row of a known export (a preamble with no table, or some other file). */
  | { reason: 'unknown_format' }
  | { reason: 'no_transactions'; format: StatementFormat }
  /** The file stops inside the table: the last row is cut short. */
  | { reason: 'truncated'; line: number }
  | { reason: 'too_many_rows'; maxRows: number };

export type Statement = {
  format: StatementFormat;
  encoding: StatementEncoding | 'xlsx';
  period: StatementPeriod;
  /** Kept transactions, in file order. */
  transactions: StatementTransaction[];
  /** Rows left out, by reason. */
  skipped: Record<SkipReason, number>;
  /** Up to 20 left-out rows per reason, for the review. */
  skippedLines: Record<SkipReason, number[]>;
  /** Bank statements: the balance after the latest transaction. */
  closingBalance: { fen: number; date: string } | null;
};

export type StatementResult =
  | { ok: true; statement: Statement; proposal: StatementProposal }
  | { ok: false; error: StatementError };

/** 0–1, called now and then while a large file is read. */
export type ProgressListener = (done: number) => void;

const PROGRESS_EVERY = 5000;

/** CSV text → rows of cells, row by row so a 100,000-row file reports progress while it parses. */
export function csvRows(text: string, onProgress?: ProgressListener): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  Papa.parse<string[]>(source, {
    delimitersToGuess: [',', '\t', ';'],
    skipEmptyLines: false,
    step: (results) => {
      rows.push(results.data);
      if (rows.length % PROGRESS_EVERY === 0)
        onProgress?.(Math.min(1, results.meta.cursor / Math.max(1, source.length)));
    },
  });
  return rows;
}

type Preamble = { period: Partial<StatementPeriod>; holder: string };

/** The period and the account holder, when the lines above the table say them. */
function readPreamble(rows: readonly string[][]): Preamble {
  const text = rows.map((r) => r.join(',')).join('\n');
  const date = (re: RegExp) => {
    const m = re.exec(text);
    return m ? readStatementDate(m[1]!.replace(/[[\]]/g, '')) : null;
  };
  const from = date(/(?:起始|开始)(?:时间|日期)\s*[:：]\s*\[?\s*([\d/-]{8,10})/);
  const to = date(/(?:终止|结束|截止)(?:时间|日期)\s*[:：]\s*\[?\s*([\d/-]{8,10})/);
  const range =
    /(?:起止日期|查询期间|交易期间)\s*[:：]\s*([\d/-]{8,10})\s*(?:至|到|-|~)\s*([\d/-]{8,10})/.exec(
      text,
    );
  const holder = /(?:户名|账户名称|客户名称|账户名)\s*[:：]\s*([^,，\s[\]]+)/.exec(text)?.[1] ?? '';
  return {
    period: {
      ...(from
        ? { from }
        : range && readStatementDate(range[1]!)
          ? { from: readStatementDate(range[1]!)! }
          : {}),
      ...(to
        ? { to }
        : range && readStatementDate(range[2]!)
          ? { to: readStatementDate(range[2]!)! }
          : {}),
    },
    holder,
  };
}

const emptySkips = (): Record<SkipReason, number> => ({
  closed: 0,
  refunded: 0,
  own_transfer: 0,
  unreadable: 0,
});

/**
 * Rows of cells (from CSV or a spreadsheet) → the statement and its proposed plan.
 * @example readStatementRows(csvRows(text), 'gb18030').ok
 */
export function readStatementRows(
  rows: readonly string[][],
  encoding: Statement['encoding'],
  onProgress?: ProgressListener,
): StatementResult {
  let headerAt = -1;
  let header: ReturnType<typeof matchHeader> = null;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    header = matchHeader(rows[i]!);
    if (header) {
      headerAt = i;
      break;
    }
  }
  if (!header) return { ok: false, error: { reason: 'unknown_format' } };
  if (rows.length - headerAt - 1 > MAX_STATEMENT_ROWS)
    return { ok: false, error: { reason: 'too_many_rows', maxRows: MAX_STATEMENT_ROWS } };

  const preamble = readPreamble(rows.slice(0, headerAt));
  const ctx = { format: header.format, columns: header.columns, holder: preamble.holder };
  const needed = Math.max(...Object.values(header.columns)) + 1;
  const transactions: StatementTransaction[] = [];
  const skipped = emptySkips();
  const skippedLines: Record<SkipReason, number[]> = {
    closed: [],
    refunded: [],
    own_transfer: [],
    unreadable: [],
  };
  let first: string | null = null;
  let last: string | null = null;
  let closing: Statement['closingBalance'] = null;
  let lastDataLine = -1;
  let lastUnreadable = -1;
  const total = rows.length - headerAt - 1;
  for (let i = headerAt + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    const line = i + 1;
    if ((i - headerAt) % PROGRESS_EVERY === 0) onProgress?.((i - headerAt) / Math.max(1, total));
    if (cells.every((c) => c.trim() === '')) continue;
    const reading = readRow(cells, line, ctx);
    if (reading.kind === 'end') break;
    lastDataLine = line;
    // A row with fewer cells than the header names, or a value cut off: the file may stop here.
    const short = cells.length < needed;
    if (reading.kind === 'skip') {
      if (reading.reason === 'unreadable' || short) lastUnreadable = line;
      if (reading.reverses) {
        // The reversed payment goes too: the latest earlier one with the same payee and amount.
        const r = reading.reverses;
        for (let k = transactions.length - 1; k >= 0; k--) {
          const t = transactions[k]!;
          if (
            t.counterparty === r.counterparty &&
            t.amount === r.amount &&
            t.direction === r.direction
          ) {
            transactions.splice(k, 1);
            skipped.closed++;
            if (skippedLines.closed.length < 20) skippedLines.closed.push(t.line);
            break;
          }
        }
      }
      skipped[reading.reason]++;
      if (skippedLines[reading.reason].length < 20) skippedLines[reading.reason].push(line);
      if (reading.date) {
        if (first === null || reading.date < first) first = reading.date;
        if (last === null || reading.date > last) last = reading.date;
      }
      continue;
    }
    if (short) lastUnreadable = line;
    const t = reading.transaction;
    if (first === null || t.date < first) first = t.date;
    if (last === null || t.date > last) last = t.date;
    transactions.push(t);
    if (reading.balance !== undefined && (closing === null || t.date >= closing.date))
      closing = { fen: reading.balance, date: t.date };
  }
  // The last row of the table unreadable or short: the export was cut off, not merely untidy.
  if (lastDataLine > 0 && lastUnreadable === lastDataLine)
    return { ok: false, error: { reason: 'truncated', line: lastDataLine } };
  if (transactions.length === 0 || first === null || last === null)
    return { ok: false, error: { reason: 'no_transactions', format: header.format } };
  if (skipped.unreadable > 0 && skippedLines.unreadable.includes(lastDataLine))
    return { ok: false, error: { reason: 'truncated', line: lastDataLine } };

  const from = preamble.period.from && preamble.period.from <= first ? preamble.period.from : first;
  const to = preamble.period.to && preamble.period.to >= last ? preamble.period.to : last;
  const period = { from, to };
  onProgress?.(1);
  return {
    ok: true,
    statement: {
      format: header.format,
      encoding,
      period,
      transactions,
      skipped,
      skippedLines,
      closingBalance: closing,
    },
    proposal: deriveFlows(transactions, period),
  };
}

/** A zip archive (an .xlsx is one) starts with "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * A statement file's bytes → the statement and its proposed plan, or why not.
 * Progress runs 0–1 over decoding, parsing and reading rows.
 */
export async function readStatement(
  bytes: Uint8Array,
  onProgress?: ProgressListener,
): Promise<StatementResult> {
  if (bytes.byteLength === 0) return { ok: false, error: { reason: 'empty' } };
  if (bytes.byteLength > MAX_STATEMENT_BYTES)
    return { ok: false, error: { reason: 'too_large', maxBytes: MAX_STATEMENT_BYTES } };
  if (isZip(bytes)) {
    // The spreadsheet reader loads only for .xlsx files (its own chunk).
    const { xlsxRows } = await import('./xlsx');
    const rows = await xlsxRows(bytes);
    if (!rows) return { ok: false, error: { reason: 'xlsx_unreadable' } };
    onProgress?.(0.4);
    return readStatementRows(rows, 'xlsx', (p) => onProgress?.(0.4 + 0.6 * p));
  }
  const decoded = decodeStatement(bytes);
  if (!decoded.ok) return { ok: false, error: { reason: 'not_text' } };
  onProgress?.(0.05);
  const rows = csvRows(decoded.text, (p) => onProgress?.(0.05 + 0.45 * p));
  if (rows.every((r) => r.every((c) => c.trim() === '')))
    return { ok: false, error: { reason: 'empty' } };
  return readStatementRows(rows, decoded.encoding, (p) => onProgress?.(0.5 + 0.5 * p));
}
