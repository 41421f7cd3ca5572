import { useMemo } from 'react';
import type { Plan } from '../../engine/model';
import type { MonteCarloSummary } from '../../engine/monteCarloSummary';
import { formatDate, formatMoney } from '../../i18n/format';
import type { MonteCarloMessages } from '../../i18n/messages/monteCarlo';
import type { Lang } from '../../i18n/lang';
import { dateTicks } from '../charts/axis';
import { fanRows, lowestP5Day } from '../charts/monteCarloRows';
import { TableToggle } from '../common/TableToggle';
import { FAN, FanPlot } from './FanPlot';

/** Daily reachable cash across paths: P5–P95 and P25–P75 bands, the median, and zero. */
export function FanChart({
  plan,
  summary,
  lang,
  m,
}: {
  plan: Plan;
  summary: MonteCarloSummary;
  lang: Lang;
  m: MonteCarloMessages;
}) {
  const rows = useMemo(() => fanRows(plan, summary), [plan, summary]);
  const ticks = useMemo(
    () => dateTicks(plan.business.startDate, rows.length),
    [plan.business.startDate, rows.length],
  );
  const last = rows[rows.length - 1]!;
  const low = rows[lowestP5Day(summary)]!;
  const money = (x: number) => formatMoney(x, lang);
  const text = m.fanSummary({
    date: formatDate(last.date, lang),
    p5: money(last.p5),
    p50: money(last.p50),
    p95: money(last.p95),
    lowDate: formatDate(low.date, lang),
    lowP5: money(low.p5),
  });
  return (
    <TableToggle
      title={m.fanTitle}
      headingLevel={3}
      summary={text}
      chart={
        <div className="chart-frame" role="img" aria-label={`${m.fanTitle}. ${text}`}>
          <FanPlot rows={rows} ticks={ticks} lang={lang} />
          <ul className="mc-legend" aria-hidden="true">
            <li>
              <span className="mc-swatch" style={{ background: FAN.outer }} /> {m.band5to95}
            </li>
            <li>
              <span className="mc-swatch" style={{ background: FAN.inner }} /> {m.band25to75}
            </li>
            <li>
              <span className="mc-swatch mc-swatch-line" style={{ background: FAN.median }} />{' '}
              {m.median}
            </li>
            <li>
              <span className="mc-swatch mc-swatch-zero" /> {m.zero}
            </li>
          </ul>
        </div>
      }
      table={() => (
        <table className="data mc-table">
          <caption className="visually-hidden">{m.fanTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{m.date}</th>
              <th scope="col">P5</th>
              <th scope="col">P25</th>
              <th scope="col">P50</th>
              <th scope="col">P75</th>
              <th scope="col">P95</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.day}>
                <th scope="row">{formatDate(r.date, lang)}</th>
                <td>{money(r.p5)}</td>
                <td>{money(r.p25)}</td>
                <td>{money(r.p50)}</td>
                <td>{money(r.p75)}</td>
                <td>{money(r.p95)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
