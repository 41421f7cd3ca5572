import { formatNumber } from '../../i18n/format';
import type { MonteCarloMessages } from '../../i18n/messages/monteCarlo';
import type { Lang } from '../../i18n/lang';
import type { BinRow } from '../charts/monteCarloRows';
import { TableToggle } from '../common/TableToggle';
import { Histogram } from './Histogram';

/** A histogram of the paths that run short, with its summary and a table. */
export function DistributionChart({
  title,
  summary,
  rows,
  axisFormat,
  unit,
  lang,
  m,
}: {
  title: string;
  summary: string;
  rows: BinRow[];
  /** The value axis's labels, one format for all its ticks. */
  axisFormat: (ticks: readonly number[]) => (v: number) => string;
  unit: string;
  lang: Lang;
  m: MonteCarloMessages;
}) {
  return (
    <TableToggle
      title={title}
      headingLevel={3}
      summary={summary}
      chart={
        <Histogram
          rows={rows}
          label={`${title}. ${summary}`}
          axisFormat={axisFormat}
          unit={unit}
          lang={lang}
        />
      }
      table={() => (
        <table className="data mc-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{m.range}</th>
              <th scope="col">{m.pathCount}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.from}>
                <th scope="row">{r.label}</th>
                <td>{formatNumber(r.count, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
