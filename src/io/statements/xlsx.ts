import { readSheet } from 'read-excel-file/universal';

/**
 * The first sheet of an .xlsx (WeChat Pay's newer bill export) as rows of text cells, or null
 * when the file is not a readable spreadsheet. read-excel-file (fflate + a small XML parser) is
 * loaded only when such a file is opened: it is its own chunk, never in the first bundle.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function text(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    // Spreadsheet dates carry no zone: read them as written (UTC fields).
    return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())} ${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}:${pad(cell.getUTCSeconds())}`;
  }
  return String(cell);
}

export async function xlsxRows(bytes: Uint8Array): Promise<string[][] | null> {
  try {
    const copy = bytes.slice().buffer;
    const sheet = await readSheet(copy);
    return sheet.map((row) => row.map(text));
  } catch {
    return null;
  }
}
