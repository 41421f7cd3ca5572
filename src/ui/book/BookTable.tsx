import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { PRESETS } from '../../engine/presets';
import { BOOK, type BookMessages } from '../../i18n/messages/book';
import { DOMAIN } from '../../i18n/messages/domain';
import type { Lang } from '../../i18n/lang';
import type { BookScenario } from '../../state/bookRun';
import type { ClientMeta } from '../../state/clientIndex';
import { openClient } from '../../state/clientSession/actions';
import { useClients } from '../../state/clientSession/useClients';
import { DEFAULT_SCENARIO_ID } from '../../state/scenarioSlice';
import { clientLabel } from '../clients/clientLabel';
import { CLIENTS } from '../../i18n/messages/clients';
import { useLang } from '../common/useLang';
import { goToSection, useSection } from '../layout/sectionRoute';
import {
  DEFAULT_SORT,
  lineCells,
  SORT_KEYS,
  statusOf,
  visibleLines,
  type BookLine,
  type ScenarioNamer,
  type Sort,
  type SortKey,
} from './bookTableModel';
import { downloadBookCsv } from './bookCsv';
import { useBookRun } from './useBookRun';
import './book.css';

/** `--scenario own-worst` in the CLI; the select's value for "each client's own worst". */
export const OWN_WORST = 'own-worst';

function choiceOf(value: string): BookScenario | null {
  if (value === OWN_WORST) return { kind: 'own_worst' };
  const preset = PRESETS.find((p) => p.id === value);
  return preset ? { kind: 'scenario', scenario: preset } : null;
}

/**
 * The book stress test: every client file under one scenario (a preset, or each client's own
 * worst saved scenario), filled row by row from a Worker while the clients section is on screen;
 * sortable, filterable, colour-coded with the verdict in words, one click opens a client, and a
 * CSV of what is shown.
 */
export function BookTable() {
  const lang = useLang();
  const m = BOOK[lang];
  const id = useId();
  const clients = useClients((s) => s.clients);
  const active = useSection() === 'clients';
  const [choiceKey, setChoiceKey] = useState(DEFAULT_SCENARIO_ID);
  const choice = useMemo(() => choiceOf(choiceKey), [choiceKey]);
  const [search, setSearch] = useState('');
  const [onlyGap, setOnlyGap] = useState(false);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const run = useBookRun(clients, choiceKey, choice, active);
  const untitled = CLIENTS[lang].untitled;
  const presetNames = DOMAIN[lang].presetName;
  const namer = useMemo<ScenarioNamer>(
    () => (sid, name) => presetNames[sid] ?? name,
    [presetNames],
  );
  // The same line object while a client's row is unchanged, so a memoised row does not render
  // again each time another client's row arrives.
  const [lineCache] = useState(() => new Map<string, BookLine>());
  const scenarioName = choiceKey === OWN_WORST ? m.ownWorst : (presetNames[choiceKey] ?? choiceKey);

  const lines = useMemo<BookLine[]>(
    () =>
      clients.map((c, i) => {
        const name = clientLabel(c, lang, untitled);
        const result = run.results[i] ?? null;
        const known = lineCache.get(c.id);
        if (known && known.name === name && known.result === result) return known;
        const line = { id: c.id, name, result };
        lineCache.set(c.id, line);
        return line;
      }),
    [clients, run.results, lang, untitled, lineCache],
  );
  const deferredSearch = useDeferredValue(search);
  // Only clients whose row has arrived: a finished row never changes its place relative to the
  // others, so each new one is inserted and none is moved (moving a few hundred table rows a
  // frame is what made the main thread's long tasks).
  const arrived = useMemo(() => lines.filter((l) => l.result !== null), [lines]);
  const shown = useMemo(
    () => visibleLines(arrived, { sort, search: deferredSearch, onlyGap, lang }),
    [arrived, sort, deferredSearch, onlyGap, lang],
  );
  const total = clients.length;
  const running = active && total > 0 && !run.finished;

  const toggleSort = (key: SortKey) =>
    setSort((s) =>
      s.key === key ? { key, descending: !s.descending } : { key, descending: false },
    );

  return (
    <section className="book-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{m.title}</h3>
      <p className="client-dialog-intro">{m.intro}</p>
      <div className="book-controls">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-scenario`}>
            {m.scenarioLabel}
          </label>
          <select
            id={`${id}-scenario`}
            value={choiceKey}
            onChange={(e) => setChoiceKey(e.target.value)}
          >
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {presetNames[p.id] ?? p.name}
              </option>
            ))}
            <option value={OWN_WORST}>{m.ownWorst}</option>
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-search`}>
            {m.searchLabel}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <label className="book-check">
          <input type="checkbox" checked={onlyGap} onChange={(e) => setOnlyGap(e.target.checked)} />
          {m.onlyGap}
        </label>
        <button
          type="button"
          disabled={total === 0}
          onClick={() => void downloadBookCsv(shown, m, scenarioName, namer)}
        >
          {m.downloadCsv}
        </button>
      </div>
      <p className="book-progress" role="status">
        {total === 0 ? m.empty : running ? m.progress(run.done, total) : m.finished(total)}
        {total > 0 && !running && shown.length !== total && ` · ${m.shown(shown.length, total)}`}
      </p>
      {running && (
        <progress className="book-progress-bar" max={total} value={run.done} aria-hidden="true" />
      )}
      {total > 0 && (
        <>
          <p className="book-hint">{m.scrollHint}</p>
          <div
            className="book-scroll"
            role="region"
            aria-labelledby={`${id}-caption`}
            aria-busy={running}
            data-done={run.done}
            data-total={total}
            data-finished={run.finished && active}
            tabIndex={0}
          >
            <table className="book-table">
              <caption id={`${id}-caption`}>{m.tableCaption(scenarioName)}</caption>
              <colgroup>
                {SORT_KEYS.map((key) => (
                  <col key={key} className={`book-col-${key}`} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  {SORT_KEYS.map((key) => (
                    <SortHeader key={key} column={key} sort={sort} m={m} onSort={toggleSort} />
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((line) => (
                  <Row
                    key={line.id}
                    line={line}
                    m={m}
                    lang={lang}
                    namer={choiceKey === OWN_WORST ? namer : null}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {shown.length === 0 && !running && <p className="client-note">{m.noMatch}</p>}
          <p className="book-note">{m.statusNote}</p>
        </>
      )}
    </section>
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
  line,
  m,
  lang,
  namer,
}: {
  line: BookLine;
  m: BookMessages;
  lang: Lang;
  namer: ScenarioNamer | null;
}) {
  const cells = lineCells(line, m, lang, namer);
  const status = statusOf(line);
  const open = async (c: Pick<ClientMeta, 'id'>) => {
    if (await openClient(c.id)) goToSection('answer');
  };
  return (
    <tr className={`book-row book-${status}`}>
      <th scope="row" className="book-sticky">
        <button
          type="button"
          className="book-open"
          title={m.open(line.name)}
          onClick={() => void open(line)}
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
