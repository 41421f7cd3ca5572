import type { BookRow } from '../../engine/book';
import { formatDate, formatDays, formatMoney, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { BookMessages } from '../../i18n/messages/book';
import type { RecordRow } from '../../workers/bookItem';
import { survivalStatus } from '../dashboard/metricStatus';

/**
 * What the book table shows: one line per client file, its status in words, sorted and filtered.
 * Pure, so the table only renders (tested in bookTableModel.test.ts).
 */

/** A client file in the table: its name, and its row once the Worker has made it. */
export type BookLine = { id: string; name: string; result: RecordRow | null };

export type BookStatus = 'risk' | 'watch' | 'ok' | 'problem' | 'pending';

export const SORT_KEYS = [
  'client',
  'status',
  'survival',
  'firstShort',
  'deepest',
  'antShare',
  'breakEven',
  'lastCheckIn',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = { key: SortKey; descending: boolean };

/** Most urgent first: the advisor's first question is whom to call. */
export const DEFAULT_SORT: Sort = { key: 'status', descending: false };

const rowOf = (line: BookLine): BookRow | null => (line.result?.ok ? line.result.row : null);

/**
 * Risk: short within a typical 30-day freeze; watch: short later (within 180 days); no gap: never
 * short — the dashboard's own survival verdict (metricStatus.ts), so a client's status here is
 * the one its survival card shows.
 */
export function statusOf(line: BookLine): BookStatus {
  if (!line.result) return 'pending';
  if (!line.result.ok) return 'problem';
  const { survivalDays } = line.result.row;
  if (survivalDays === null) return 'ok';
  return survivalStatus(survivalDays) === 'risk' ? 'risk' : 'watch';
}

const STATUS_ORDER: Record<BookStatus, number> = {
  risk: 0,
  watch: 1,
  ok: 2,
  problem: 3,
  pending: 4,
};

/** Numbers sort with "never" after every real value; missing rows last whatever the direction. */
function valueOf(line: BookLine, key: SortKey): number | string | null {
  const row = rowOf(line);
  switch (key) {
    case 'client':
      return line.name;
    case 'status':
      return STATUS_ORDER[statusOf(line)];
    case 'survival':
      return row ? (row.survivalDays ?? Number.POSITIVE_INFINITY) : null;
    case 'firstShort':
      return row ? (row.cashZeroDate ?? '9999-12-31') : null;
    case 'deepest':
      return row ? row.deepestShortfall : null;
    case 'antShare':
      return row ? (row.antGroupShare ?? -1) : null;
    case 'breakEven':
      return row ? (row.breakEvenOutageDays ?? Number.POSITIVE_INFINITY) : null;
    case 'lastCheckIn':
      return line.result?.ok ? (line.result.lastCheckIn ?? '') : null;
    default:
      return assertNever(key);
  }
}

// One collator per language: `localeCompare(b, lang)` builds a new one on every call, which in
// a sort of 200 rows redone as rows arrive is most of the main thread's time.
const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang, { numeric: true });
    collators.set(lang, c);
  }
  return c;
}

function compareValues(a: number | string, b: number | string, lang: Lang): number {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  return collator(lang).compare(String(a), String(b));
}

/**
 * The lines sorted by `sort` (ties: most urgent first by survival days, then deepest gap, then
 * name), filtered by a name search and, with `onlyGap`, to clients short under the scenario.
 */
export function visibleLines(
  lines: readonly BookLine[],
  opts: { sort: Sort; search: string; onlyGap: boolean; lang: Lang },
): BookLine[] {
  const search = opts.search.trim().toLowerCase();
  const shown = lines.filter((line) => {
    if (search && !line.name.toLowerCase().includes(search)) return false;
    if (opts.onlyGap) {
      const row = rowOf(line);
      return row !== null && row.survivalDays !== null;
    }
    return true;
  });
  const { key, descending } = opts.sort;
  const tieBreak = (a: BookLine, b: BookLine) =>
    compareValues(
      valueOf(a, 'survival') ?? Infinity,
      valueOf(b, 'survival') ?? Infinity,
      opts.lang,
    ) ||
    compareValues(
      -(rowOf(a)?.deepestShortfall ?? 0),
      -(rowOf(b)?.deepestShortfall ?? 0),
      opts.lang,
    ) ||
    compareValues(a.name, b.name, opts.lang);
  return shown.sort((a, b) => {
    const va = valueOf(a, key);
    const vb = valueOf(b, key);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
      return tieBreak(a, b);
    }
    const order = compareValues(va, vb, opts.lang);
    return (descending ? -order : order) || tieBreak(a, b);
  });
}

/** Every cell of a line in words, each number with its unit. */
export type LineCells = {
  status: string;
  survival: string;
  firstShort: string;
  deepest: string;
  antShare: string;
  breakEven: string;
  lastCheckIn: string;
  /** The scenario this client was tested under (own worst), or a problem in words. */
  note: string;
};

/** A scenario's name in the reader's language: a preset's from the messages, a custom one's own. */
export type ScenarioNamer = (id: string, name: string) => string;

/** `namer` only under "own worst", where each client's scenario differs and is shown. */
export function lineCells(
  line: BookLine,
  m: BookMessages,
  lang: Lang,
  namer: ScenarioNamer | null,
): LineCells {
  const status = m.status[statusOf(line)];
  const result = line.result;
  if (!result || !result.ok) {
    const note = !result ? '' : result.problem === 'unreadable' ? m.unreadable : m.noSavedScenario;
    const blank = result ? m.none : m.pending;
    return {
      status,
      survival: blank,
      firstShort: blank,
      deepest: blank,
      antShare: blank,
      breakEven: blank,
      lastCheckIn: blank,
      note,
    };
  }
  const r = result.row;
  return {
    status,
    survival: r.survivalDays === null ? m.never : formatDays(r.survivalDays, lang),
    firstShort: r.cashZeroDate === null ? m.never : formatDate(r.cashZeroDate, lang),
    deepest: formatMoney(r.deepestShortfall, lang),
    antShare: r.antGroupShare === null ? m.none : formatPercent(r.antGroupShare, lang),
    breakEven:
      r.breakEvenOutageDays === null
        ? m.none
        : r.breakEvenOutageDays === 0
          ? m.anyOutage
          : formatDays(r.breakEvenOutageDays, lang),
    lastCheckIn: result.lastCheckIn ? formatDate(result.lastCheckIn, lang) : m.notRecorded,
    note: namer ? m.underScenario(namer(r.scenarioId, result.scenarioName)) : '',
  };
}

/**
 * The table as CSV cells: plain numbers (days, yuan with 2 decimals, percent with 1) so a
 * spreadsheet reads them as numbers, dates ISO, the headers saying each unit; '' where a value
 * does not exist (never short, no Ant credit, not recorded).
 */
export function csvCells(
  lines: readonly BookLine[],
  m: BookMessages,
  /** The chosen scenario's name (own worst: its description), for clients without a row. */
  scenarioName: string,
  namer: ScenarioNamer,
): { fields: string[]; data: string[][] } {
  const h = m.csvHeaders;
  const fields = [
    h.client,
    h.scenario,
    h.status,
    h.survival,
    h.firstShort,
    h.deepest,
    h.antShare,
    h.breakEven,
    h.lastCheckIn,
  ];
  const data = lines.map((line) => {
    const result = line.result;
    const status = m.status[statusOf(line)];
    if (!result?.ok) return [line.name, scenarioName, status, '', '', '', '', '', ''];
    const r = result.row;
    return [
      line.name,
      namer(r.scenarioId, result.scenarioName),
      status,
      r.survivalDays === null ? '' : String(r.survivalDays),
      r.cashZeroDate ?? '',
      r.deepestShortfall.toFixed(2),
      r.antGroupShare === null ? '' : r.antGroupShare.toFixed(1),
      r.breakEvenOutageDays === null ? '' : String(r.breakEvenOutageDays),
      result.lastCheckIn ?? '',
    ];
  });
  return { fields, data };
}

function assertNever(x: never): never {
  throw new Error(`unexpected sort key: ${String(x)}`);
}
