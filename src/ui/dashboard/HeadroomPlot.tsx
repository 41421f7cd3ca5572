import { memo } from 'react';
import {
  Area,
  AreaChart,
  CartesianGrid,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDate, formatMoney, formatMoneyCompact } from '../../i18n/format';
import { DASHBOARD } from '../../i18n/messages/dashboard';
import { DOMAIN } from '../../i18n/messages/domain';
import type { Lang } from '../../io/messages';
import type { HeadroomRow, HeadroomSeries } from '../charts/headroomRows';
import type { ShockWindow } from '../charts/shockWindows';
import { CHART_HEIGHT, COLORS, DASH, paletteOf } from './chartStyle';
import { shortDate } from './dates';
import { WindowLabel } from './WindowLabel';

type Props = {
  rows: HeadroomRow[];
  series: HeadroomSeries[];
  ticks: number[];
  windows: ShockWindow[];
  lang: Lang;
};

/** Stacked usable headroom per source; step lines, because headroom changes from one day to the next. */
export const HeadroomPlot = memo(function HeadroomPlot({
  rows,
  series,
  ticks,
  windows,
  lang,
}: Props) {
  const m = DASHBOARD[lang].headroom;
  const d = DOMAIN[lang];
  const days = rows.length;
  return (
    <div className="chart-frame" role="img" aria-label={m.chartLabel}>
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT.headroom}
        initialDimension={{ width: 560, height: CHART_HEIGHT.headroom }}
      >
        <AreaChart
          data={rows}
          margin={{ top: 12, right: 12, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis
            dataKey="day"
            type="number"
            domain={[0, Math.max(0, days - 1)]}
            ticks={ticks}
            interval="preserveStartEnd"
            minTickGap={18}
            tickFormatter={(day: number) =>
              rows[day] ? shortDate(rows[day].date, lang, days) : ''
            }
            tick={{ fill: COLORS.axis, fontSize: 12 }}
            stroke={COLORS.axisLine}
          />
          <YAxis
            tickFormatter={(v: number) => formatMoneyCompact(v, lang)}
            width={64}
            tick={{ fill: COLORS.axis, fontSize: 12 }}
            stroke={COLORS.axisLine}
          />
          {windows.map((w, i) => (
            <ReferenceArea
              key={`${w.from}-${w.to}`}
              x1={w.from}
              x2={Math.max(w.to, w.from + 0.6)}
              fill={COLORS.shock}
              fillOpacity={0.12}
              stroke={COLORS.shock}
              strokeOpacity={0.5}
              strokeDasharray={DASH.window}
              ifOverflow="hidden"
              label={<WindowLabel text={w.types.map((t) => d.shockType[t]).join(' + ')} row={i} />}
            />
          ))}
          {series.map((s, i) => (
            <Area
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stackId="headroom"
              type="stepAfter"
              stroke={paletteOf(i).color}
              strokeWidth={2}
              strokeDasharray={paletteOf(i).dash}
              fill={paletteOf(i).color}
              fillOpacity={0.28}
              isAnimationActive={false}
              activeDot={false}
            />
          ))}
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(day) =>
              typeof day === 'number' && rows[day] ? formatDate(rows[day].date, lang) : ''
            }
            formatter={(value) =>
              typeof value === 'number' ? formatMoney(value, lang) : String(value)
            }
            contentStyle={{ borderRadius: 8, borderColor: COLORS.axisLine, fontSize: 13 }}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
});
