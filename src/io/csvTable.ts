import Papa from 'papaparse';

/**
 * Reading a CSV file into a table of text cells (papaparse does the quoting rules). Only UTF-8
 * is read: a Chinese spreadsheet saved as GBK fails to decode, and the user is told to save it
 * as "CSV UTF-8" instead of seeing mojibake.
 */

export const MAX_CSV_BYTES = 1024 * 1024;
export const MAX_CSV_ROWS = 1000;

export type CsvTable = {
  headers: string[];
  /** Data rows (the header excluded), each padded or cut to `headers.length`. */
  rows: string[][];
  delimiter: ',' | ';' | '\t';
};

export type CsvReadError =
  | { reason: 'too_large'; maxBytes: number }
  | { reason: 'not_utf8' }
  | { reason: 'empty' }
  | { reason: 'too_many_rows'; maxRows: number };

export type CsvReadResult = { ok: true; table: CsvTable } | { ok: false; error: CsvReadError };

/** The bytes of a file as text: UTF-8 (a BOM is dropped), or `not_utf8`. */
export function decodeCsvBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: CsvReadError } {
  if (bytes.byteLength > MAX_CSV_BYTES)
    return { ok: false, error: { reason: 'too_large', maxBytes: MAX_CSV_BYTES } };
  try {
    // `fatal`: invalid UTF-8 (GBK, Latin-1) throws instead of turning into U+FFFD.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: { reason: 'not_utf8' } };
  }
}

/**
 * A table from CSV text: delimiter guessed among comma, semicolon and tab; blank lines skipped;
 * the first row is the header.
 * @example readCsvText('名称,金额\n房租,-8000').table.rows // [['房租', '-8000']]
 */
export function readCsvText(text: string): CsvReadResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(source, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
  });
  const [header, ...body] = parsed.data;
  if (!header || body.length === 0) return { ok: false, error: { reason: 'empty' } };
  if (body.length > MAX_CSV_ROWS)
    return { ok: false, error: { reason: 'too_many_rows', maxRows: MAX_CSV_ROWS } };
  const headers = header.map((h) => h.trim());
  const rows = body.map((row) => headers.map((_, i) => (row[i] ?? '').trim()));
  const guessed = parsed.meta.delimiter;
  const delimiter = guessed === ';' || guessed === '\t' ? guessed : ',';
  return { ok: true, table: { headers, rows, delimiter } };
}
