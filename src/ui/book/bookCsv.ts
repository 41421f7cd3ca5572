import type { BookMessages } from '../../i18n/messages/book';
import { downloadText } from '../common/downloadText';
import { csvCells, type BookLine, type ScenarioNamer } from './bookTableModel';

/**
 * Download the table as shown (sorted, filtered) as CSV for the advisor's own records. papaparse
 * does the quoting; it loads on the click, not with the section.
 */
export async function downloadBookCsv(
  lines: readonly BookLine[],
  m: BookMessages,
  scenarioName: string,
  namer: ScenarioNamer,
): Promise<void> {
  const [{ default: Papa }, { UTF8_BOM }] = await Promise.all([
    import('papaparse'),
    import('../../io/projectionCsv'),
  ]);
  const text = Papa.unparse(csvCells(lines, m, scenarioName, namer), {
    newline: '\r\n',
    escapeFormulae: true,
  });
  const day = new Date().toISOString().slice(0, 10);
  downloadText(`${m.csvName}-${day}.csv`, UTF8_BOM + text, 'text/csv;charset=utf-8');
}
