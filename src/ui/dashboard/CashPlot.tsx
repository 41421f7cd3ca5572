import { memo, useMemo, useState } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { Analysis } from '../../engine/analyze';
import type { Plan } from '../../engine/model';
import { formatMoney } from '../../i18n/format';
import { CASH_CHART } from '../../i18n/messages/dashboardCash';
import { DOMAIN } from '../../i18n/messages/domain';
import type { Lang } from '../../i18n/lang';
import { dateTicks } from '../charts/axis';
import { cashAxisTicks, cashRows, deepestGapDay, gapRuns, type CashRow } from '../charts/cashRows';
import type { ShockWindow } from '../charts/shockWindows';
import { CashTooltip } from './CashTooltip';
import { BAND_OPACITY, CHART_HEIGHT, COLORS, DASH, WHAT_IF_STYLE } from './chartStyle';
import {
  CHART_MARGIN,
  NO_LINES,
  dayAxisProps,
  moneyAxisProps,
  shockWindowAreas,
} from './chartParts';

type Props = {
  /** The frame's width when the plot first renders (recharts then draws once at the right size). */
  initialWidth: number;
  plan: Plan;
  analysis: Analysis;
  /** The suggestion being tried out, drawn as its own line. */
  whatIf: Analysis | null;
  windows: ShockWindow[];
  buffer: number;
  /** Name of the what-if line, when a suggestion is being tried out. */
  whatIfLabel?: string | null;
  lang: Lang;
};

/** The recharts part of the cash chart; memoised so only a new plan, scenario or language redraws it. */
export const CashPlot = memo(function CashPlot({
  plan,
  analysis,
  whatIf,
  windows,
  buffer,
  whatIfLabel = null,
  lang,
  initialWidth,
}: Props) {
  // Spaces the date labels (chartParts.dayTickInterval); the container reports its real width.
  const [width, setWidth] = useState(initialWidth);
  const m = CASH_CHART[lang];
  const d = DOMAIN[lang];
  // The plot's own data is worked out here, in the chart's chunk, once the chart is drawn: the
  // first screen's hydration does not build 365 rows nobody sees yet.
  const rows = useMemo(() => cashRows(plan, analysis, whatIf), [plan, analysis, whatIf]);
  const days = rows.length;
  const ticks = useMemo(
    () => dateTicks(plan.business.startDate, days),
    [plan.business.startDate, days],
  );
  const gapDay = useMemo(() => deepestGapDay(analysis), [analysis]);
  const gaps = useMemo(() => gapRuns(analysis), [analysis]);
  const gapRow = gapDay === null ? null : rows[gapDay];
  const yTicks = useMemo(() => cashAxisTicks(rows, buffer), [rows, buffer]);
  const renderTooltip = (p: TooltipContentProps) => {
    const row = p.payload?.[0]?.payload as CashRow | undefined;
    if (!p.active || !row) return null;
    return <CashTooltip plan={plan} analysis={analysis} day={row.day} lang={lang} />;
  };
  return (
    <div className="chart-frame" role="img" aria-label={m.chartLabel}>
      <ResponsiveContainer
        onResize={setWidth}
        width="100%"
        height={CHART_HEIGHT.cash}
        initialDimension={{ width: initialWidth, height: CHART_HEIGHT.cash }}
      >
        <ComposedChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid
            stroke={COLORS.grid}
            vertical={false}
            verticalCoordinatesGenerator={NO_LINES}
          />
          <XAxis {...dayAxisProps(rows, ticks, lang, width)} />
          <YAxis {...moneyAxisProps(lang, yTicks)} />
          {shockWindowAreas(windows, lang, 0.14)}
          {gaps.map((g) => (
            <ReferenceArea
              key={`gap-${g.from}`}
              x1={Math.max(0, g.from - 0.5)}
              x2={Math.min(days - 1, g.to + 0.5)}
              fill={COLORS.gap}
              fillOpacity={0.1}
              ifOverflow="hidden"
            />
          ))}
          <ReferenceLine y={0} stroke={COLORS.axisLine} ifOverflow="extendDomain" />
          <Area
            dataKey="cashBand"
            name={m.cashPart}
            type="linear"
            fill={COLORS.stressed}
            fillOpacity={BAND_OPACITY.cash}
            stroke={COLORS.stressed}
            strokeWidth={1}
            isAnimationActive={false}
            activeDot={false}
            tooltipType="none"
          />
          <Area
            dataKey="creditBand"
            name={m.creditPart}
            type="linear"
            fill={COLORS.credit}
            fillOpacity={BAND_OPACITY.credit}
            stroke="none"
            isAnimationActive={false}
            activeDot={false}
            tooltipType="none"
          />
          <Area
            dataKey="gap"
            name={d.shortfall}
            type="linear"
            fill={COLORS.gap}
            fillOpacity={0.45}
            stroke={COLORS.gap}
            strokeWidth={1}
            isAnimationActive={false}
            activeDot={false}
            tooltipType="none"
          />
          <ReferenceLine
            y={buffer}
            stroke={COLORS.ink}
            strokeWidth={1.5}
            strokeDasharray={DASH.buffer}
            ifOverflow="extendDomain"
            label={{
              value: m.bufferLine({ amount: formatMoney(buffer, lang) }),
              position: 'insideBottomRight',
              fill: COLORS.ink,
              fontSize: 12,
            }}
          />
          <Line
            dataKey="baseline"
            name={m.lineWithout}
            type="linear"
            stroke={COLORS.baseline}
            strokeWidth={2}
            strokeDasharray={DASH.baseline}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="stressed"
            name={m.lineWith}
            type="linear"
            stroke={COLORS.stressed}
            strokeWidth={2.5}
            dot={false}
            isAnimationActive={false}
          />
          {whatIfLabel && (
            <Line
              dataKey="whatIf"
              name={whatIfLabel}
              type="linear"
              stroke={WHAT_IF_STYLE.color}
              strokeWidth={3}
              strokeDasharray={WHAT_IF_STYLE.dash}
              strokeLinecap="round"
              dot={false}
              isAnimationActive={false}
            />
          )}
          {gapRow && (
            <ReferenceDot
              x={gapRow.day}
              y={gapRow.stressedCash}
              r={4}
              fill={COLORS.gap}
              stroke="#fff"
              ifOverflow="extendDomain"
              label={{
                value: `${d.shortfall} ${formatMoney(gapRow.gap[1] - gapRow.gap[0], lang)}`,
                position: gapRow.day < days / 2 ? 'right' : 'left',
                fill: COLORS.gapText,
                fontSize: 12,
                fontWeight: 700,
              }}
            />
          )}
          <Tooltip
            content={renderTooltip}
            isAnimationActive={false}
            cursor={{ stroke: COLORS.axis }}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
});
