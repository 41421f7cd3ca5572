import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../i18n/format';
import type { MonteCarloMessages } from '../../i18n/messages/monteCarlo';
import type { Lang } from '../../io/messages';
import type { BinRow } from '../charts/monteCarloRows';
import { TableToggle } from '../common/TableToggle';
import { COLORS } from '../dashboard/chartStyle';
import { FAN } from './FanChart';

/** A histogram of the paths that run short, with its summary and a table. */
export function DistributionChart({ title, summary, rows, lang, m }: { title: string; summary: string; rows: BinRow[]; lang: Lang; m: MonteCarloMessages }) {
  return (
    <TableToggle
      title={title}
      headingLevel={3}
      summary={summary}
      chart={
        <div className="chart-frame" role="img" aria-label={`${title}. ${summary}`}>
          <ResponsiveContainer width="100%" height={200} initialDimension={{ width: 360, height: 200 }}>
            <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 4 }} accessibilityLayer={false}>
              <CartesianGrid stroke={COLORS.grid} vertical={false} />
              <XAxis dataKey="label" tick={{ fill: COLORS.axis, fontSize: 11 }} stroke={COLORS.axisLine} interval="preserveStartEnd" minTickGap={12} />
              <YAxis allowDecimals={false} width={48} tick={{ fill: COLORS.axis, fontSize: 12 }} stroke={COLORS.axisLine} tickFormatter={(v: number) => formatNumber(v, lang)} />
              <Tooltip formatter={(v) => [formatNumber(Number(v), lang), m.pathCount]} />
              <Bar dataKey="count" fill={FAN.median} isAnimationActive={false} name={m.pathCount} />
            </BarChart>
          </ResponsiveContainer>
        </div>
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
