import { useState, type ReactNode } from 'react';
import { COMMON } from '../../i18n/messages/common';
import { useLang } from './useLang';

/**
 * A chart with its text summary always visible and a "show as table" alternative, so no one
 * depends on seeing the chart (or its colours).
 */
export function TableToggle({
  title,
  summary,
  chart,
  table,
  headingLevel = 2,
  actions,
  pending = false,
}: {
  title: string;
  summary: ReactNode;
  chart: ReactNode;
  table: () => ReactNode;
  headingLevel?: 2 | 3;
  /** More buttons beside the toggle (e.g. a download). */
  actions?: ReactNode;
  /** The figures are an earlier plan's until the current ones arrive: dimmed and marked busy. */
  pending?: boolean;
}) {
  const [asTable, setAsTable] = useState(false);
  const m = COMMON[useLang()];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      className={pending ? 'panel chart-panel is-pending' : 'panel chart-panel'}
      aria-label={title}
      aria-busy={pending || undefined}
    >
      <div className="panel-head">
        <Heading>{title}</Heading>
        {actions}
        <button
          type="button"
          className="link-button"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? m.showChart : m.showTable}
        </button>
      </div>
      <p className="chart-summary">{summary}</p>
      {asTable ? (
        // Focusable so keyboard users can scroll a long table (axe: scrollable-region-focusable).
        <div className="table-scroll" role="region" aria-label={title} tabIndex={0}>
          {table()}
        </div>
      ) : (
        chart
      )}
    </section>
  );
}
