import { memo } from 'react';
import { COMPARE } from '../../i18n/messages/compare';
import type { Lang } from '../../i18n/lang';
import { dateTicks } from '../charts/axis';
import { moneyAxisFormat, niceTicks } from '../charts/axisTicks';
import { useChartWidth } from '../charts/useChartWidth';
import { ChartLegend } from '../dashboard/ChartLegend';
import { CHART_HEIGHT, COLORS, DASH } from '../dashboard/chartStyle';
import { shortDate } from '../dashboard/dates';
import { LETTERS, seriesStyle, type CompareRow } from './compareModel';

type Props = { rows: CompareRow[]; names: string[]; startDate: string; lang: Lang };

const MARGIN = { top: 12, right: 28, bottom: 28, left: 64 };

/**
 * What each kept scenario can still spend each day over the baseline: colour, dash pattern and a letter
 * at each line's end tell them apart. Plain SVG rather than recharts: a fourth lazy chunk using
 * recharts made the bundler move recharts out of the entry chunk, over the initial-JS budget.
 */
export const CompareChart = memo(function CompareChart({ rows, names, startDate, lang }: Props) {
  const m = COMPARE[lang];
  const { ref, width } = useChartWidth(720);
  const height = CHART_HEIGHT.cash;
  const days = rows.length;
  const keys = names.map((_, i) => `s${i}` as const);
  let lo = 0;
  let hi = 0;
  for (const r of rows) {
    for (const v of [r.baseline, ...keys.map((k) => r[k] ?? 0)]) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  const yTicks = niceTicks(lo, hi);
  const yLabel = moneyAxisFormat(yTicks, lang);
  const yMin = Math.min(lo, yTicks[0] ?? lo);
  const yMax = Math.max(hi, yTicks.at(-1) ?? hi);
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const x = (day: number) => MARGIN.left + (days > 1 ? (day / (days - 1)) * plotW : 0);
  const y = (v: number) =>
    MARGIN.top + (yMax === yMin ? plotH / 2 : ((yMax - v) / (yMax - yMin)) * plotH);
  const path = (value: (r: CompareRow) => number) =>
    rows
      .map((r, i) => `${i === 0 ? 'M' : 'L'}${x(r.day).toFixed(1)},${y(value(r)).toFixed(1)}`)
      .join('');
  const xTicks = dateTicks(startDate, days);
  const minGap = 56;
  const shownXTicks: number[] = [];
  for (const d of xTicks) {
    const prev = shownXTicks.at(-1);
    if (prev === undefined || x(d) - x(prev) >= minGap) shownXTicks.push(d);
  }
  const last = rows.at(-1);
  const legend = [
    {
      label: m.baseline,
      swatch: { type: 'line' as const, color: COLORS.baseline, dash: DASH.baseline },
    },
    ...names.map((name, i) => ({
      label: `${LETTERS[i]} · ${name}`,
      swatch: { type: 'line' as const, ...seriesStyle(i), width: 2.5 },
    })),
  ];

  return (
    <>
      <ChartLegend items={legend} />
      <div className="chart-frame compare-chart" ref={ref} role="img" aria-label={m.chartTitle}>
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          aria-hidden="true"
          focusable="false"
        >
          {yTicks.map((t) => (
            <g key={t}>
              <line
                x1={MARGIN.left}
                x2={width - MARGIN.right}
                y1={y(t)}
                y2={y(t)}
                stroke={t === 0 ? COLORS.axisLine : COLORS.grid}
              />
              <text
                x={MARGIN.left - 6}
                y={y(t) + 4}
                textAnchor="end"
                fontSize={12}
                fill={COLORS.axis}
              >
                {yLabel(t)}
              </text>
            </g>
          ))}
          <line
            x1={MARGIN.left}
            x2={width - MARGIN.right}
            y1={height - MARGIN.bottom}
            y2={height - MARGIN.bottom}
            stroke={COLORS.axisLine}
          />
          {shownXTicks.map((d) => (
            <text
              key={d}
              x={x(d)}
              y={height - MARGIN.bottom + 16}
              // The first date starts at the axis instead of centring on it: centred, it ran
              // under the lowest amount's label.
              textAnchor={d === 0 ? 'start' : 'middle'}
              fontSize={12}
              fill={COLORS.axis}
            >
              {rows[d] ? shortDate(rows[d].date, lang, days) : ''}
            </text>
          ))}
          <path
            d={path((r) => r.baseline)}
            fill="none"
            stroke={COLORS.baseline}
            strokeWidth={2}
            strokeDasharray={DASH.baseline}
          />
          {keys.map((k, i) => {
            const style = seriesStyle(i);
            return (
              <g key={k}>
                <path
                  d={path((r) => r[k] ?? 0)}
                  fill="none"
                  stroke={style.color}
                  strokeWidth={2.5}
                  strokeDasharray={style.dash}
                />
                {last && (
                  <text
                    x={x(last.day) + 4}
                    y={y(last[k] ?? 0) + 4 + i * 2}
                    fontSize={12}
                    fontWeight={700}
                    fill={style.color}
                  >
                    {LETTERS[i]}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
    </>
  );
});
