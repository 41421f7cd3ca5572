import { CASH_CHART } from '../../i18n/messages/dashboardCash';
import { useMemo } from 'react';
import { formatDate, formatMoney } from '../../i18n/format';
import { DASHBOARD } from '../../i18n/messages/dashboard';
import { useLang } from '../common/useLang';
import { TableToggle } from '../common/TableToggle';
import { dateTicks } from '../charts/axis';
import {
  headroomChangeRows,
  headroomRows,
  headroomSeries,
  headroomStories,
  headroomTotals,
} from '../charts/headroomRows';
import { shockWindows } from '../charts/shockWindows';
import { ChartLegend } from './ChartLegend';
import { paletteOf } from './chartStyle';
import { HeadroomPlot } from './HeadroomPlot';
import { headroomSummary } from './headroomSummary';
import { useQuickAnalysis } from '../../state/useAnalysis';
import './dashboard.css';
import { localName } from '../../i18n/localName';

/** Which credit line vanishes when: usable headroom per source with the outage, stacked. */
export function HeadroomChart() {
  const lang = useLang();
  const m = DASHBOARD[lang].headroom;
  const { plan, scenario, analysis, pending } = useQuickAnalysis({ settled: true });
  const run = analysis.stressed.projection;
  const days = run.days;

  const series = useMemo(() => headroomSeries(plan), [plan]);
  const rows = useMemo(() => headroomRows(plan, run), [plan, run]);
  const ticks = useMemo(
    () => dateTicks(plan.business.startDate, days),
    [plan.business.startDate, days],
  );
  const windows = useMemo(() => shockWindows(scenario, days), [scenario, days]);
  const lines = useMemo(() => {
    const stories = headroomStories(plan, run);
    const totals = headroomTotals(plan, analysis.baseline.projection, run);
    return headroomSummary(stories, totals, days, lang, m);
  }, [plan, run, analysis, days, lang, m]);

  const summary = (
    <>
      {lines.map((line, i) => (
        <span key={i} className="summary-line">
          {line}
        </span>
      ))}
    </>
  );

  return (
    <TableToggle
      title={m.title}
      pending={pending}
      summary={summary}
      chart={
        series.length === 0 ? null : (
          <>
            <ChartLegend
              items={series.map((s, i) => ({
                label: localName(s.name, lang),
                swatch: {
                  type: 'band',
                  color: paletteOf(i).color,
                  dash: paletteOf(i).dash,
                  opacity: 0.28,
                },
              }))}
            />
            <HeadroomPlot rows={rows} series={series} ticks={ticks} windows={windows} lang={lang} />
          </>
        )
      }
      table={() => {
        const changes = headroomChangeRows(rows, series);
        return (
          <table className="data">
            <caption className="visually-hidden">{m.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{CASH_CHART[lang].table.date}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="num">
                    {localName(s.name, lang)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {m.total}
                </th>
              </tr>
            </thead>
            <tbody>
              {changes.map((row) => (
                <tr key={row.day}>
                  <th scope="row">{formatDate(row.date, lang)}</th>
                  {series.map((s) => (
                    <td key={s.key} className="num">
                      {formatMoney(Number(row[s.key]), lang)}
                    </td>
                  ))}
                  <td className="num">
                    {formatMoney(
                      series.reduce((sum, s) => sum + Number(row[s.key]), 0),
                      lang,
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      }}
    />
  );
}
