import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { BookMessages } from '../../i18n/messages/book';
import type { Lang } from '../../i18n/lang';
import { openClient } from '../../state/clientSession/actions';
import { goToSection } from '../layout/sectionRoute';
import {
  lineCells,
  SORT_KEYS,
  statusOf,
  type BookLine,
  type ScenarioNamer,
  type Sort,
  type SortKey,
} from './bookTableModel';
import { rowWindow, sameWindow, type RowWindow } from './rowWindow';

/** A row's height before one is measured: one line of text beside the status pill, px. */
const ROW_ESTIMATE_PX = 41;
/**
 * Rows kept beyond each edge of the region: a keyboard user tabbing row by row always finds the
 * next one there (focusing it scrolls the region, which brings the rows after it).
 */
const OVERSCAN = 8;

export type BookRowsProps = {
  /** The lines in table order, filtered: every one is a row, only those near the view are in the page. */
  shown: readonly BookLine[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  m: BookMessages;
  lang: Lang;
  /** Names each client's own scenario (own worst); null when every client has the chosen one. */
  namer: ScenarioNamer | null;
  caption: string;
  captionId: string;
  running: boolean;
  done: number;
  total: number;
  finished: boolean;
};

/**
 * The book's table in a scrolling region of its own, its header kept in view. Only the rows near
 * the view are in the page (rowWindow.ts; spacer rows stand for the others), so a row arriving,
 * a new sort or a new scenario re-lays out a few dozen rows, never 200: laying out and painting
 * the whole table was most of the main thread's work while the book filled. The table says how
 * many rows it has (aria-rowcount) and each row its place (aria-rowindex), so a screen reader
 * still tells "row 37 of 201". Written here rather than taken from a library: rows of one height
 * need a division, not the 11 KB (gzip) @tanstack/react-virtual would add to this chunk.
 */
export function BookRows({
  shown,
  sort,
  onSort,
  m,
  lang,
  namer,
  caption,
  captionId,
  running,
  done,
  total,
  finished,
}: BookRowsProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const count = shown.length;
  // What the window is computed from, read on every scroll without rendering.
  const geometry = useRef({ bodyTop: 0, rowHeight: ROW_ESTIMATE_PX, count });
  const [range, setRange] = useState<RowWindow>(() =>
    rowWindow({
      bodyTop: 0,
      rowHeight: ROW_ESTIMATE_PX,
      count,
      scrollTop: 0,
      viewport: 0,
      overscan: OVERSCAN,
    }),
  );
  const update = useCallback(() => {
    const region = scroller.current;
    if (!region) return;
    const next = rowWindow({
      ...geometry.current,
      scrollTop: region.scrollTop,
      viewport: region.clientHeight,
      overscan: OVERSCAN,
    });
    setRange((now) => (sameWindow(now, next) ? now : next));
  }, []);

  // The rows start below the caption and the header, whose heights follow the width and the
  // language; the region's own height follows the window's.
  useLayoutEffect(() => {
    const region = scroller.current;
    const header = head.current;
    if (!region || !header) return;
    const measure = () => {
      geometry.current.bodyTop =
        header.getBoundingClientRect().bottom -
        region.getBoundingClientRect().top +
        region.scrollTop;
      update();
    };
    measure();
    region.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(header);
    observer?.observe(region);
    return () => {
      region.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [update]);

  // After each render, before it is painted: the window for the current number of rows and the
  // rows' real height (a name wraps on a phone, a note adds a line).
  useLayoutEffect(() => {
    geometry.current.count = count;
    const rows = body.current?.querySelectorAll<HTMLElement>('tr.book-row');
    if (rows && rows.length > 0) {
      const first = rows[0]!.getBoundingClientRect();
      const last = rows[rows.length - 1]!.getBoundingClientRect();
      const height = (last.bottom - first.top) / rows.length;
      if (Math.abs(height - geometry.current.rowHeight) > 0.5) geometry.current.rowHeight = height;
    }
    update();
  });

  // Until the effect above has redone the window for a new number of rows (before the paint).
  const start = Math.min(range.start, count);
  const end = Math.min(range.end, count);
  const { before, after } = range;

  return (
    <div
      ref={scroller}
      className="book-scroll"
      role="region"
      aria-labelledby={captionId}
      aria-busy={running}
      data-done={done}
      data-total={total}
      data-finished={finished}
      tabIndex={0}
    >
      <table className="book-table" aria-rowcount={shown.length + 1}>
        <caption id={captionId}>{caption}</caption>
        <colgroup>
          {SORT_KEYS.map((key) => (
            <col key={key} className={`book-col-${key}`} />
          ))}
        </colgroup>
        <thead ref={head}>
          <tr aria-rowindex={1}>
            {SORT_KEYS.map((key) => (
              <SortHeader key={key} column={key} sort={sort} m={m} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody ref={body}>
          {before > 0 && <Spacer height={before} />}
          {shown.slice(start, end).map((line, i) => (
            <Row key={line.id} index={start + i} line={line} m={m} lang={lang} namer={namer} />
          ))}
          {after > 0 && <Spacer height={after} />}
        </tbody>
      </table>
    </div>
  );
}

/** Stands for the rows not in the page, so the region scrolls as if they were. */
function Spacer({ height }: { height: number }) {
  return (
    <tr className="book-spacer" aria-hidden="true">
      <td colSpan={SORT_KEYS.length} style={{ height }} />
    </tr>
  );
}

function SortHeader({
  column,
  sort,
  m,
  onSort,
}: {
  column: SortKey;
  sort: Sort;
  m: BookMessages;
  onSort: (key: SortKey) => void;
}) {
  const label = m.columns[column];
  const current = sort.key === column;
  return (
    <th
      scope="col"
      aria-sort={current ? (sort.descending ? 'descending' : 'ascending') : undefined}
      className={column === 'client' ? 'book-sticky' : undefined}
    >
      <button
        type="button"
        className="book-sort"
        onClick={() => onSort(column)}
        title={m.sortBy(label)}
      >
        {label}
        <span aria-hidden="true" className="book-sort-mark">
          {current ? (sort.descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}

const Row = memo(function Row({
  index,
  line,
  m,
  lang,
  namer,
}: {
  index: number;
  line: BookLine;
  m: BookMessages;
  lang: Lang;
  namer: ScenarioNamer | null;
}) {
  const cells = lineCells(line, m, lang, namer);
  const status = statusOf(line);
  const open = async () => {
    if (await openClient(line.id)) goToSection('answer');
  };
  return (
    <tr aria-rowindex={index + 2} className={`book-row book-${status}`}>
      <th scope="row" className="book-sticky">
        <button
          type="button"
          className="book-open"
          title={m.open(line.name)}
          onClick={() => void open()}
        >
          {line.name}
        </button>
        {cells.note && <span className="book-row-note">{cells.note}</span>}
      </th>
      <td>
        <span className={`book-status book-status-${status}`}>{cells.status}</span>
      </td>
      <td className="book-num">{cells.survival}</td>
      <td className="book-num">{cells.firstShort}</td>
      <td className="book-num">{cells.deepest}</td>
      <td className="book-num">{cells.antShare}</td>
      <td className="book-num">{cells.breakEven}</td>
      <td className="book-num">{cells.lastCheckIn}</td>
    </tr>
  );
});
