import { memo, useMemo } from 'react';
import { DASHBOARD } from '../../i18n/messages/dashboard';
import type { Lang } from '../../i18n/lang';
import { moneyAxisFormat } from '../charts/axisTicks';
import { plotBox } from '../charts/chartFrame';
import type { HeadroomRow, HeadroomSeries } from '../charts/headroomRows';
import { headroomAxisTicks, headroomPaths, headroomStack } from '../charts/headroomPaths';
import { plotScale } from '../charts/plotScale';
import type { ShockWindow } from '../charts/shockWindows';
import { useChartWidth } from '../charts/useChartWidth';
import { CHART_HEIGHT, paletteOf } from './chartStyle';
import { dayLabels } from './dates';
import { HeadroomTooltip } from './HeadroomTooltip';
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
  rows: HeadroomRow[];
  series: HeadroomSeries[];
  ticks: number[];
  windows: ShockWindow[];
  lang: Lang;
};

const H = CHART_HEIGHT.headroom;

/**
 * Stacked usable headroom per source, in steps, because headroom changes from one day to the
 * next. Drawn by hand like the cash plot above it: as a recharts AreaChart, mounting it when the
 * reader scrolled to it was a task of 300–470 ms at full speed (measured on two days; every area
 * and axis registering in recharts' store and re-rendering the others), over a second of a page
 * that does not scroll on a phone. It is drawn once its frame is measured, at its real width.
 */
export const HeadroomPlot = memo(function HeadroomPlot(props: Props) {
  const { ref, width } = useChartWidth(null);
  const m = DASHBOARD[props.lang].headroom;
  return (
    <div className="chart-frame" role="img" aria-label={m.chartLabel} ref={ref}>
      {width === null ? (
        <svg className="day-plot" width="100%" height={H} />
      ) : (
        <HeadroomDrawing {...props} width={width} />
      )}
    </div>
  );
});

function HeadroomDrawing({ rows, series, ticks, windows, lang, width }: Props & { width: number }) {
  const days = rows.length;

  const stack = useMemo(() => headroomStack(rows, series), [rows, series]);
  const yTicks = useMemo(() => headroomAxisTicks(stack), [stack]);
  const box = useMemo(() => plotBox(width, H), [width]);
  const scale = useMemo(
    () => plotScale(box, days, yTicks[0] ?? 0, yTicks.at(-1) ?? 0),
    [box, days, yTicks],
  );
  const layers = useMemo(() => headroomPaths(stack, series, scale), [stack, series, scale]);
  // Day d holds from x(d) to x(d + 1): the pointer shows the step it is over.
  const { hovered, handlers } = usePlotPointer(width, H, box, scale.stepDayAt);
  const { x, y } = scale;

  const hoveredRow = hovered === null ? null : rows[hovered];

  return (
    <>
      <PlotSurface
        className="headroom-plot"
        width={width}
        height={H}
        box={box}
        moneyTicks={yTicks}
        y={y}
        handlers={handlers}
        clipped={
          <>
            <ShockBands windows={windows} box={box} x={x} opacity={0.12} />
            {layers.map((layer, i) => (
              <g key={layer.key} className="headroom-layer">
                <path d={layer.area} fill={paletteOf(i).color} fillOpacity={0.28} stroke="none" />
                <path
                  d={layer.top}
                  fill="none"
                  stroke={paletteOf(i).color}
                  strokeWidth={2}
                  strokeDasharray={paletteOf(i).dash}
                />
              </g>
            ))}
          </>
        }
      >
        <PlotAxes
          box={box}
          scale={scale}
          width={width}
          moneyTicks={yTicks}
          moneyLabel={moneyAxisFormat(yTicks, lang)}
          dateTicks={ticks}
          dayLabel={dayLabels(rows, lang)}
        />
        <ShockLabels windows={windows} box={box} x={x} lang={lang} />
        {hoveredRow && (
          <PlotCursor
            x={x(hoveredRow.day)}
            box={box}
            dots={stack.map((level, i) => ({
              y: y(level[hoveredRow.day]!),
              color: paletteOf(i).color,
            }))}
          />
        )}
      </PlotSurface>
      {hoveredRow && (
        <div {...tipPlacement(x(hoveredRow.day), width, box.top)} aria-hidden="true">
          <HeadroomTooltip row={hoveredRow} series={series} lang={lang} />
        </div>
      )}
    </>
  );
}
