import type { RunMetrics } from '../../engine/metrics';
import {
  formatDate,
  formatDays,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../i18n/format';
import { COMPARE } from '../../i18n/messages/compare';
import type { Lang } from '../../i18n/lang';
import {
  LETTERS,
  metricRows,
  type CompareRow,
  type MetricFormat,
  type MetricSpec,
} from './compareModel';

function formatValue(v: number | null, spec: MetricSpec, lang: Lang): string {
  const m = COMPARE[lang];
  if (v === null) return spec.nullIsBest ? m.never : m.notApplicable;
  const by: Record<MetricFormat, (x: number) => string> = {
    days: (x) => formatDays(x, lang),
    money: (x) => formatMoney(x, lang),
    moneyDays: (x) => m.moneyDays(formatMoney(x, lang)),
    percent: (x) => formatPercent(x, lang, 0),
    count: (x) => formatNumber(x, lang),
  };
  return by[spec.format](v);
}

/** Rows = metrics, columns = scenarios; the best value of each row is bold and starred. */
export function CompareMetrics({
  names,
  metrics,
  lang,
}: {
  names: string[];
  metrics: RunMetrics[];
  lang: Lang;
}) {
  const m = COMPARE[lang];
  return (
    <div
      className="table-scroll compare-metrics"
      role="region"
      aria-label={m.metricsTitle}
      tabIndex={0}
    >
      <table className="data">
        <caption>{m.metricsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.metric}</th>
            {names.map((name, i) => (
              <th key={i} scope="col" className="num">
                {LETTERS[i]} · {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {metricRows(metrics).map((row) => (
            <tr key={row.spec.key}>
              <th scope="row">
                {m.metricName[row.spec.key]}
                <span className="compare-better">{m.better[row.spec.better]}</span>
              </th>
              {row.values.map((v, i) => (
                <td key={i} className={row.best[i] ? 'num is-best' : 'num'}>
                  {row.best[i] ? (
                    <>
                      <strong>{formatValue(v, row.spec, lang)}</strong>{' '}
                      <span aria-hidden="true">★</span>
                      <span className="visually-hidden"> ({m.best})</span>
                    </>
                  ) : (
                    formatValue(v, row.spec, lang)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="compare-best-note">{m.bestNote}</p>
    </div>
  );
}

/** The chart as a table: cash at the end of each day, one column per scenario. */
export function CompareCashTable({
  rows,
  names,
  lang,
}: {
  rows: CompareRow[];
  names: string[];
  lang: Lang;
}) {
  const m = COMPARE[lang];
  return (
    <table className="data">
      <caption className="visually-hidden">{m.chartTable.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.chartTable.date}</th>
          <th scope="col" className="num">
            {m.baseline}
          </th>
          {names.map((name, i) => (
            <th key={i} scope="col" className="num">
              {LETTERS[i]} · {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.day}>
            <th scope="row">{formatDate(r.date, lang)}</th>
            <td className="num">{formatMoney(r.baseline, lang)}</td>
            {names.map((_, i) => (
              <td key={i} className="num">
                {formatMoney(r[`s${i}`] ?? 0, lang)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
