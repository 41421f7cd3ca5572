import { ReferenceArea } from 'recharts';
import type { BaseTickContentProps } from 'recharts/types/util/types';
import { formatMoneyCompact } from '../../i18n/format';
import { DOMAIN } from '../../i18n/messages/domain';
import type { Lang } from '../../i18n/lang';
import { moneyAxisFormat } from '../charts/axisTicks';
import { dayTickInterval, Y_AXIS_WIDTH } from '../charts/chartFrame';
import { shadedEnd, type ShockWindow } from '../charts/shockWindows';
import { COLORS, DASH } from './chartStyle';
import { dayLabels } from './dates';
import { WindowLabel } from './WindowLabel';

/**
 * What the day-by-day charts share: the date axis, the money axis and the shaded shock
 * windows. Returned as props and elements (not components) because recharts wants its axes
 * and reference areas as direct children of the chart.
 */

/**
 * Grid lines a chart does not draw: recharts still works out their positions from the axis ticks,
 * measuring every label in the DOM, unless told there are none.
 */
export const NO_LINES = (): number[] => [];

/**
 * An axis label as plain SVG text. recharts' own label component measures every word in the DOM
 * (a forced page layout each) to wrap it, on every redraw; axis labels here never wrap.
 */
function axisTick(fill: string) {
  return function AxisTick({
    x,
    y,
    textAnchor,
    verticalAnchor,
    payload,
    index,
    tickFormatter,
    className,
  }: BaseTickContentProps) {
    const text = tickFormatter ? tickFormatter(payload.value, index) : String(payload.value);
    // recharts' offsets for one line of text: top-anchored labels hang below, middle ones centre.
    const dy =
      verticalAnchor === 'start' ? '0.71em' : verticalAnchor === 'middle' ? '0.355em' : undefined;
    return (
      <text
        x={x}
        y={y}
        dy={dy}
        textAnchor={textAnchor}
        fill={fill}
        fontSize={12}
        className={className}
      >
        {text}
      </text>
    );
  };
}
const AXIS_TICK = axisTick(COLORS.axis);

/** Props of an XAxis over day indices, labelled with dates; `chartWidth` spaces the labels. */
export function dayAxisProps(
  rows: readonly { date: string }[],
  ticks: number[],
  lang: Lang,
  chartWidth: number,
) {
  const days = rows.length;
  const label = dayLabels(rows, lang);
  return {
    dataKey: 'day',
    type: 'number' as const,
    domain: [0, Math.max(0, days - 1)],
    ticks,
    interval: dayTickInterval(ticks.map(label), chartWidth),
    tickFormatter: label,
    tick: AXIS_TICK,
    stroke: COLORS.axisLine,
  };
}

/**
 * Props of a YAxis in compact yuan. With `ticks` (from `niceTicks`) the axis shows exactly those,
 * all in one unit (`moneyAxisFormat`): no "-¥0", no "¥6" beside "¥12K".
 */
export function moneyAxisProps(lang: Lang, ticks?: readonly number[]) {
  const fixed =
    ticks && ticks.length > 1
      ? {
          ticks: [...ticks],
          domain: [ticks[0]!, ticks[ticks.length - 1]!],
          tickFormatter: moneyAxisFormat(ticks, lang),
        }
      : null;
  return {
    tickFormatter: (v: number) => formatMoneyCompact(v, lang),
    ...fixed,
    width: Y_AXIS_WIDTH,
    // Vertical labels never collide at these chart heights: skip recharts' DOM measuring.
    interval: 0,
    tick: AXIS_TICK,
    stroke: COLORS.axisLine,
  };
}

/** The scenario's shock windows as shaded, labelled areas. */
export function shockWindowAreas(windows: readonly ShockWindow[], lang: Lang, fillOpacity: number) {
  const d = DOMAIN[lang];
  return windows.map((w, i) => (
    <ReferenceArea
      key={`${w.from}-${w.to}`}
      x1={w.from}
      x2={shadedEnd(w)}
      fill={COLORS.shock}
      fillOpacity={fillOpacity}
      stroke={COLORS.shock}
      strokeOpacity={0.5}
      strokeDasharray={DASH.window}
      ifOverflow="hidden"
      label={<WindowLabel text={w.types.map((t) => d.shockType[t]).join(' + ')} row={i} />}
    />
  ));
}
