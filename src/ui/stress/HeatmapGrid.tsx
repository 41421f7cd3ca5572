import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { GridCell, StressGrid } from '../../engine/reverseStress';
import type { BoundaryPoint } from '../../engine/stressBoundary';
import { formatDays, formatMoneyCompact, formatPercent } from '../../i18n/format';
import { HEATMAP, type HeatmapMetric } from '../../i18n/messages/heatmap';
import type { Lang } from '../../i18n/lang';
import { boundaryAt, boundaryRows, deepestOf, severityOf, type MarkedCell } from './heatmapModel';
import { outcomeText } from './heatmapSummary';
import { HeatmapLegend } from './HeatmapLegend';
import { useScrollHint } from './useScrollHint';
import './heatmap.css';

type Props = {
  grid: StressGrid;
  boundary: readonly BoundaryPoint[];
  /** The user's current scenario, at its nearest cell. */
  marked: MarkedCell | null;
  /** The cell picked to look at (and maybe load), shown pressed. */
  picked?: MarkedCell | null;
  metric: HeatmapMetric;
  lang: Lang;
  /** With it, each cell is a button (arrow keys move between cells); without, a static map for print. */
  onPick?: (durationIndex: number, cutIndex: number) => void;
  /** Right under the map, above the legend: what a pick says, so it shows where the tap was. */
  children?: ReactNode;
};

/** What one cell shows besides its colour. */
function cellText(cell: GridCell, metric: HeatmapMetric, lang: Lang): string {
  if (cell.survives) return '✓';
  if (metric === 'survivalDays') return String(cell.survivalDays ?? 0);
  if (metric === 'deepestShortfall') return formatMoneyCompact(cell.deepestShortfall, lang);
  return '✕';
}

/**
 * The reverse-stress map: columns are outage lengths, rows are limit cuts, each cell coloured by
 * the chosen metric and carrying a symbol or number; the first breaking cell of each row has a
 * thick left edge (the break-even boundary, also given to the day in the last column) and the
 * user's scenario is ringed. Presentational: a printed report can reuse it without the controls.
 */
export function HeatmapGrid({
  grid,
  boundary,
  marked,
  picked = null,
  metric,
  lang,
  onPick,
  children,
}: Props) {
  const m = HEATMAP[lang];
  const deepest = deepestOf(grid);
  const edges = boundaryRows(grid);
  const tableRef = useRef<HTMLTableElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // A phone shows the first columns only: the reader's scenario is brought into view, and a hint
  // under the map says the rest is a swipe away (and which way).
  const hidden = useScrollHint(
    scrollRef,
    marked ? `[data-cell="${marked.durationIndex}-${marked.cutIndex}"]` : null,
    `${grid.durations.join()}|${grid.cuts.join()}`,
  );
  const [focus, setFocus] = useState<MarkedCell>(marked ?? { durationIndex: 0, cutIndex: 0 });
  const rows = grid.cuts.length;
  const cols = grid.durations.length;
  const at = {
    durationIndex: Math.min(focus.durationIndex, cols - 1),
    cutIndex: Math.min(focus.cutIndex, rows - 1),
  };

  const move = (e: KeyboardEvent) => {
    let { durationIndex: c, cutIndex: r } = at;
    if (e.key === 'ArrowRight') c = Math.min(cols - 1, c + 1);
    else if (e.key === 'ArrowLeft') c = Math.max(0, c - 1);
    else if (e.key === 'ArrowDown') r = Math.min(rows - 1, r + 1);
    else if (e.key === 'ArrowUp') r = Math.max(0, r - 1);
    else if (e.key === 'Home') c = 0;
    else if (e.key === 'End') c = cols - 1;
    else return;
    e.preventDefault();
    setFocus({ durationIndex: c, cutIndex: r });
    tableRef.current?.querySelector<HTMLButtonElement>(`[data-cell="${c}-${r}"]`)?.focus();
  };

  const percent = (c: number) => formatPercent(c, lang, 0);
  const breakEven = (cut: number) => {
    const p = boundaryAt(boundary, cut);
    if (!p || p.breakEvenDays === null) return m.breakEvenCell.none;
    return p.breakEvenDays === 0 ? m.breakEvenCell.atOnce : formatDays(p.breakEvenDays, lang);
  };

  return (
    <div className="heatmap">
      <div
        ref={scrollRef}
        className="heatmap-scroll"
        role="region"
        aria-label={m.mapTitle}
        tabIndex={onPick ? undefined : 0}
      >
        <table ref={tableRef} className="heatmap-table" onKeyDown={onPick ? move : undefined}>
          <caption className="heatmap-caption">
            <span>{m.axis.duration} →</span> <span>{m.axis.cut} ↓</span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className="heatmap-corner">
                <span className="visually-hidden">{m.axis.cut}</span>
              </th>
              {grid.durations.map((d) => (
                <th key={d} scope="col" className="heatmap-duration">
                  {d}
                </th>
              ))}
              <th scope="col" className="heatmap-breakeven-head">
                {m.axis.breakEven}
              </th>
            </tr>
          </thead>
          <tbody>
            {grid.cuts.map((cut, j) => (
              <tr key={cut}>
                <th scope="row" className="heatmap-cut">
                  {cut === 0 ? percent(0) : `−${percent(cut)}`}
                </th>
                {grid.durations.map((d, i) => {
                  const cell = grid.cells[i]![j]!;
                  const isMarked =
                    marked !== null && marked.durationIndex === i && marked.cutIndex === j;
                  const isPicked =
                    picked !== null && picked.durationIndex === i && picked.cutIndex === j;
                  const cls = [
                    'heatmap-cell',
                    `sev-${severityOf(cell, metric, deepest)}`,
                    edges[j] === i ? 'is-edge' : '',
                    isMarked ? 'is-marked' : '',
                    isPicked ? 'is-picked' : '',
                  ]
                    .filter(Boolean)
                    .join(' ');
                  const text = cellText(cell, metric, lang);
                  const label = m.cell({
                    days: formatDays(d, lang),
                    cut: percent(cut),
                    outcome: outcomeText(cell, lang),
                    marked: isMarked,
                  });
                  return (
                    <td key={d} className={cls}>
                      {onPick ? (
                        <button
                          type="button"
                          data-cell={`${i}-${j}`}
                          tabIndex={at.durationIndex === i && at.cutIndex === j ? 0 : -1}
                          aria-label={label}
                          aria-pressed={isPicked}
                          onFocus={() => setFocus({ durationIndex: i, cutIndex: j })}
                          onClick={() => onPick(i, j)}
                        >
                          {isMarked && <span aria-hidden="true">◉</span>}
                          <span aria-hidden="true">{text}</span>
                        </button>
                      ) : (
                        <span title={label}>
                          {isMarked && <span aria-hidden="true">◉</span>}
                          {text}
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="heatmap-breakeven">{breakEven(cut)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(hidden.left || hidden.right) && (
        <p className="heatmap-scroll-hint">
          {m.scrollHint({
            from: formatDays(grid.durations[0] ?? 0, lang),
            to: formatDays(grid.durations.at(-1) ?? 0, lang),
            left: hidden.left,
            right: hidden.right,
          })}
        </p>
      )}
      {children}
      <HeatmapLegend grid={grid} metric={metric} marked={marked} lang={lang} deepest={deepest} />
    </div>
  );
}
