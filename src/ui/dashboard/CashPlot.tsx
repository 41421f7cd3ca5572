import { memo, useMemo } from 'react';
import type { Analysis } from '../../engine/analyze';
import type { Plan } from '../../engine/model';
import { formatMoney } from '../../i18n/format';
import { CASH_CHART } from '../../i18n/messages/dashboardCash';
import { DOMAIN } from '../../i18n/messages/domain';
import type { Lang } from '../../i18n/lang';
import { dateTicks } from '../charts/axis';
import { moneyAxisFormat } from '../charts/axisTicks';
import { cashAxisTicks, cashRows, deepestGapDay, gapRuns } from '../charts/cashRows';
import { plotBox } from '../charts/chartFrame';
import { cashPaths, type BandPaths } from '../charts/cashPaths';
import { plotScale } from '../charts/plotScale';
import type { ShockWindow } from '../charts/shockWindows';
import { useChartWidth } from '../charts/useChartWidth';
import { CashTooltip } from './CashTooltip';
import { BAND_OPACITY, CHART_HEIGHT, COLORS, DASH, WHAT_IF_STYLE } from './chartStyle';
import { dayLabels } from './dates';
import {
  PlotAxes,
  PlotCursor,
  PlotSurface,
  ShockBands,
  ShockLabels,
  tipPlacement,
  usePlotPointer,
} from './plotParts';

type Props = {
  /** The frame's width when the plot first renders (it then follows the frame's width). */
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

const H = CHART_HEIGHT.cash;

/**
 * The cash chart's picture, drawn by hand in SVG like the fan plot and the histogram. It used to
 * be a recharts ComposedChart; mounting that one chart (fourteen children, each registering in
 * recharts' store, every registration re-rendering the rest synchronously) was a single 320–460 ms
 * task on the main thread at full speed, the longest of the whole page load, right where the
 * desktop answer appears (docs/first-screen.md). Drawn here it is a few milliseconds. It keeps
 * recharts' geometry (`chartFrame.ts`, `plotScale.ts`), so it lines up with the charts below it.
 */
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
  const { ref, width } = useChartWidth(initialWidth);
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
  const yTicks = useMemo(() => cashAxisTicks(rows, buffer), [rows, buffer]);

  const box = useMemo(() => plotBox(width, H), [width]);
  const scale = useMemo(
    () => plotScale(box, days, yTicks[0] ?? 0, yTicks.at(-1) ?? 0),
    [box, days, yTicks],
  );
  const { x, y } = scale;
  const { hovered, handlers } = usePlotPointer(width, H, box, scale.dayAt);
  const paths = useMemo(
    () => cashPaths(rows, scale, whatIfLabel !== null),
    [rows, scale, whatIfLabel],
  );

  const moneyLabel = moneyAxisFormat(yTicks, lang);
  const gapRow = gapDay === null ? null : rows[gapDay];
  const hoveredRow = hovered === null ? null : rows[hovered];
  const plotHeight = box.bottom - box.top;

  return (
    <div className="chart-frame" role="img" aria-label={m.chartLabel} ref={ref}>
      <PlotSurface
        className="cash-plot"
        width={width}
        height={H}
        box={box}
        moneyTicks={yTicks}
        y={y}
        handlers={handlers}
        clipped={
          <>
            <ShockBands windows={windows} box={box} x={x} opacity={0.14} />
            {gaps.map((g) => {
              const from = x(Math.max(0, g.from - 0.5));
              return (
                <rect
                  key={`gap-${g.from}`}
                  x={from}
                  y={box.top}
                  width={x(Math.min(days - 1, g.to + 0.5)) - from}
                  height={plotHeight}
                  fill={COLORS.gap}
                  fillOpacity={0.1}
                />
              );
            })}
            <Band
              paths={paths.cash}
              fill={COLORS.stressed}
              opacity={BAND_OPACITY.cash}
              stroke={COLORS.stressed}
            />
            <Band paths={paths.credit} fill={COLORS.credit} opacity={BAND_OPACITY.credit} />
            <Band paths={paths.gap} fill={COLORS.gap} opacity={0.45} stroke={COLORS.gap} />
            <line x1={box.left} x2={box.right} y1={y(0)} y2={y(0)} stroke={COLORS.axisLine} />
            <path
              className="cash-line"
              d={paths.baseline}
              fill="none"
              stroke={COLORS.baseline}
              strokeWidth={2}
              strokeDasharray={DASH.baseline}
            />
            <path
              className="cash-line"
              d={paths.stressed}
              fill="none"
              stroke={COLORS.stressed}
              strokeWidth={2.5}
            />
            {whatIfLabel && (
              <path
                className="cash-line cash-line-what-if"
                d={paths.whatIf}
                fill="none"
                stroke={WHAT_IF_STYLE.color}
                strokeWidth={3}
                strokeDasharray={WHAT_IF_STYLE.dash}
                strokeLinecap="round"
              />
            )}
          </>
        }
      >
        <line
          x1={box.left}
          x2={box.right}
          y1={y(buffer)}
          y2={y(buffer)}
          stroke={COLORS.ink}
          strokeWidth={1.5}
          strokeDasharray={DASH.buffer}
        />
        <text x={box.right - 5} y={y(buffer) - 5} textAnchor="end" fill={COLORS.ink} fontSize={12}>
          {m.bufferLine({ amount: formatMoney(buffer, lang) })}
        </text>
        <PlotAxes
          box={box}
          scale={scale}
          width={width}
          moneyTicks={yTicks}
          moneyLabel={moneyLabel}
          dateTicks={ticks}
          dayLabel={dayLabels(rows, lang)}
        />
        <ShockLabels windows={windows} box={box} x={x} lang={lang} />
        {gapRow && (
          <g>
            <circle
              cx={x(gapRow.day)}
              cy={y(gapRow.stressedCash)}
              r={4}
              fill={COLORS.gap}
              stroke="#fff"
            />
            <text
              className="cash-gap-label"
              x={x(gapRow.day) + (gapRow.day < days / 2 ? 9 : -9)}
              y={y(gapRow.stressedCash)}
              dy="0.355em"
              textAnchor={gapRow.day < days / 2 ? 'start' : 'end'}
              fill={COLORS.gapText}
              fontSize={12}
              fontWeight={700}
            >
              {`${d.shortfall} ${formatMoney(gapRow.gap[1] - gapRow.gap[0], lang)}`}
            </text>
          </g>
        )}
        {hoveredRow && (
          <PlotCursor
            x={x(hoveredRow.day)}
            box={box}
            dots={[
              { y: y(hoveredRow.baseline), color: COLORS.baseline },
              { y: y(hoveredRow.stressed), color: COLORS.stressed },
              ...(whatIfLabel && hoveredRow.whatIf !== undefined
                ? [{ y: y(hoveredRow.whatIf), color: WHAT_IF_STYLE.color }]
                : []),
            ]}
          />
        )}
      </PlotSurface>
      {hoveredRow && (
        <div {...tipPlacement(x(hoveredRow.day), width, box.top)} aria-hidden="true">
          <CashTooltip plan={plan} analysis={analysis} day={hoveredRow.day} lang={lang} />
        </div>
      )}
    </div>
  );
});

/** A ranged area: the filled band and, when stroked, both its edges. */
function Band({
  paths,
  fill,
  opacity,
  stroke,
}: {
  paths: BandPaths;
  fill: string;
  opacity: number;
  stroke?: string;
}) {
  return (
    <g>
      <path d={paths.area} fill={fill} fillOpacity={opacity} stroke="none" />
      {stroke && <path d={paths.high} fill="none" stroke={stroke} strokeWidth={1} />}
      {stroke && <path d={paths.low} fill="none" stroke={stroke} strokeWidth={1} />}
    </g>
  );
}
