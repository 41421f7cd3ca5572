import { useMemo, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMoney, formatMoneyCompact, formatNumber, formatPercent } from '../../i18n/format';
import { DASHBOARD } from '../../i18n/messages/dashboard';
import { DOMAIN } from '../../i18n/messages/domain';
import { useLang } from '../common/useLang';
import { TableToggle } from '../common/TableToggle';
import { fundingMix } from '../charts/fundingMix';
import { labelWidth } from '../charts/chartFrame';
import { COLORS } from './chartStyle';
import { shortDate } from './dates';
import { hhiLevel } from './metricStatus';
import { useQuickAnalysis } from '../../state/useAnalysis';
import './dashboard.css';
import { localName } from '../../i18n/localName';

const BAR_ROW = 44;

/**
 * Grid lines the chart does not draw: recharts still works out their positions from the axis
 * ticks, measuring every label in the DOM, unless told there are none.
 */
const NO_LINES = (): number[] => [];

/** Credit limits usable today by platform group, with the Ant-group share called out. */
export function FundingMixChart() {
  const lang = useLang();
  const m = DASHBOARD[lang].mix;
  const d = DOMAIN[lang];
  const { plan, analysis, pending } = useQuickAnalysis({ settled: true });
  const base = analysis.baseline;
  const days = base.projection.days;
  const mix = useMemo(() => fundingMix(plan, base.projection), [plan, base.projection]);
  const metrics = base.metrics;
  const money = (x: number) => formatMoney(x, lang);
  // Phones get a narrower label column so the bars keep some length.
  const [narrow, setNarrow] = useState(false);

  const data = mix.groups.map((g) => ({
    name: d.platformGroup[g.group],
    limit: g.limit,
    label: `${formatMoneyCompact(g.limit, lang)} · ${formatPercent(g.share, lang, 0)}`,
    isAnt: g.group === 'ant',
  }));
  // The group names in full (“蚂蚁集团（支付宝）” was cut to “蚁集团…” on a phone), in a column no
  // wider than a phone's bars can spare.
  const nameWidth = Math.min(
    narrow ? 124 : 168,
    Math.max(narrow ? 84 : 132, ...data.map((row) => labelWidth(row.name) + 10)),
  );

  const headline =
    mix.total > 0 && metrics.antGroupShare !== null
      ? m.antShare({
          share: formatPercent(metrics.antGroupShare, lang, 0),
          ant: money(mix.ant),
          total: money(mix.total),
        })
      : m.noCredit;
  const hhiText =
    metrics.hhiHeadroom !== null && metrics.effectiveSources !== null
      ? m.hhi({
          hhi: formatNumber(metrics.hhiHeadroom, lang),
          level: m.level[hhiLevel(metrics.hhiHeadroom)],
          effective: formatNumber(metrics.effectiveSources, lang, 1),
          count: metrics.effectiveSources,
        })
      : m.hhiNone;

  const summary = (
    <>
      <span
        className={`mix-headline${(metrics.antGroupShare ?? 0) >= 50 ? ' is-concentrated' : ''}`}
      >
        {headline}
      </span>
      <span className="summary-line">{hhiText}</span>
      {mix.pending.map((p) => (
        <span key={p.name} className="summary-line">
          {p.usableFrom
            ? m.pending({
                name: localName(p.name, lang),
                limit: money(p.limit),
                date: shortDate(p.usableFrom, lang, days),
              })
            : m.pendingBeyond({ name: localName(p.name, lang), limit: money(p.limit) })}
        </span>
      ))}
    </>
  );

  const height = Math.max(1, data.length) * BAR_ROW + 32;
  return (
    <TableToggle
      title={m.title}
      pending={pending}
      summary={summary}
      chart={
        data.length === 0 ? null : (
          <div className="chart-frame" role="img" aria-label={m.chartLabel}>
            <ResponsiveContainer
              width="100%"
              height={height}
              initialDimension={{ width: 560, height }}
              onResize={(width) => setNarrow(width < 440)}
            >
              <BarChart
                data={data}
                layout="vertical"
                margin={{ top: 4, right: narrow ? 84 : 100, bottom: 4, left: 4 }}
                accessibilityLayer={false}
              >
                <CartesianGrid
                  stroke={COLORS.grid}
                  horizontal={false}
                  horizontalCoordinatesGenerator={NO_LINES}
                />
                <XAxis
                  type="number"
                  // Compact money labels that fit: skip recharts' DOM measuring.
                  interval={0}
                  // Three on a phone: five ran together once the names got their full width.
                  tickCount={narrow ? 3 : 5}
                  tickFormatter={(v: number) => formatMoneyCompact(v, lang)}
                  tick={{ fill: COLORS.axis, fontSize: 12 }}
                  stroke={COLORS.axisLine}
                />
                <YAxis
                  type="category"
                  dataKey="name"
                  width={nameWidth}
                  interval={0}
                  tick={{ fill: COLORS.ink, fontSize: 12 }}
                  stroke={COLORS.axisLine}
                />
                <Bar dataKey="limit" isAnimationActive={false} barSize={24}>
                  {data.map((row) => (
                    <Cell
                      key={row.name}
                      fill={row.isAnt ? COLORS.ant : COLORS.other}
                      fillOpacity={row.isAnt ? 1 : 0.75}
                    />
                  ))}
                  <LabelList
                    dataKey="label"
                    position="right"
                    fill={COLORS.ink}
                    fontSize={narrow ? 11 : 12}
                  />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        )
      }
      table={() => (
        <table className="data">
          <caption className="visually-hidden">{m.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.group}</th>
              <th scope="col" className="num">
                {m.limit}
              </th>
              <th scope="col" className="num">
                {m.share}
              </th>
            </tr>
          </thead>
          <tbody>
            {mix.groups.map((g) => (
              <tr key={g.group}>
                <th scope="row">{d.platformGroup[g.group]}</th>
                <td className="num">{money(g.limit)}</td>
                <td className="num">{formatPercent(g.share, lang, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
