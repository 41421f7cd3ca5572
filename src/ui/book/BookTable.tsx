import { useDeferredValue, useId, useMemo, useState } from 'react';
import { PRESETS } from '../../engine/presets';
import { BOOK } from '../../i18n/messages/book';
import { DOMAIN } from '../../i18n/messages/domain';
import type { BookScenario } from '../../state/bookRun';
import { useClients } from '../../state/clientSession/useClients';
import { DEFAULT_SCENARIO_ID } from '../../state/scenarioSlice';
import { clientLabel } from '../clients/clientLabel';
import { CLIENTS } from '../../i18n/messages/clients';
import { useLang } from '../common/useLang';
import { useSection } from '../layout/sectionRoute';
import {
  DEFAULT_SORT,
  visibleLines,
  type BookLine,
  type ScenarioNamer,
  type Sort,
  type SortKey,
} from './bookTableModel';
import { BookRows } from './BookRows';
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
  // Every client, those still being worked on last ("Working…"): the table has its full length
  // from the start and fills in place. Only the rows near the view are in the page (BookRows).
  const shown = useMemo(
    () => visibleLines(lines, { sort, search: deferredSearch, onlyGap, lang }),
    [lines, sort, deferredSearch, onlyGap, lang],
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
          <BookRows
            shown={shown}
            sort={sort}
            onSort={toggleSort}
            m={m}
            lang={lang}
            namer={choiceKey === OWN_WORST ? namer : null}
            caption={m.tableCaption(scenarioName)}
            captionId={`${id}-caption`}
            running={running}
            done={run.done}
            total={total}
            finished={run.finished && active}
          />
          {shown.length === 0 && !running && <p className="client-note">{m.noMatch}</p>}
          <p className="book-note">{m.statusNote}</p>
        </>
      )}
    </section>
  );
}
