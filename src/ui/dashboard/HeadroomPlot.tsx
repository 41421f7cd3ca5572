import { memo, useState } from 'react';
import {
  Area,
  AreaChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDate, formatMoney } from '../../i18n/format';
import { DASHBOARD } from '../../i18n/messages/dashboard';
import type { Lang } from '../../i18n/lang';
import type { HeadroomRow, HeadroomSeries } from '../charts/headroomRows';
import type { ShockWindow } from '../charts/shockWindows';
import { CHART_HEIGHT, COLORS, paletteOf } from './chartStyle';
import { CHART_MARGIN } from '../charts/chartFrame';
import { NO_LINES, dayAxisProps, moneyAxisProps, shockWindowAreas } from './chartParts';

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
  // Spaces the date labels (chartParts.dayTickInterval); the container reports its real width.
  const [width, setWidth] = useState(560);
  const m = DASHBOARD[lang].headroom;
  return (
    <div className="chart-frame" role="img" aria-label={m.chartLabel}>
      <ResponsiveContainer
        onResize={setWidth}
        width="100%"
        height={CHART_HEIGHT.headroom}
        initialDimension={{ width: 560, height: CHART_HEIGHT.headroom }}
      >
        <AreaChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid
            stroke={COLORS.grid}
            vertical={false}
            verticalCoordinatesGenerator={NO_LINES}
          />
          <XAxis {...dayAxisProps(rows, ticks, lang, width)} />
          <YAxis {...moneyAxisProps(lang)} />
          {shockWindowAreas(windows, lang, 0.12)}
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
