import { ReferenceArea } from 'recharts';
import { formatMoneyCompact } from '../../i18n/format';
import { DOMAIN } from '../../i18n/messages/domain';
import type { Lang } from '../../io/messages';
import type { ShockWindow } from '../charts/shockWindows';
import { COLORS, DASH } from './chartStyle';
import { shortDate } from './dates';
import { WindowLabel } from './WindowLabel';

/**
 * What the day-by-day charts share: the date axis, the money axis and the shaded shock
 * windows. Returned as props and elements (not components) because recharts wants its axes
 * and reference areas as direct children of the chart.
 */

export const CHART_MARGIN = { top: 12, right: 12, bottom: 4, left: 4 };

/** Props of an XAxis over day indices, labelled with dates. */
export function dayAxisProps(rows: readonly { date: string }[], ticks: number[], lang: Lang) {
  const days = rows.length;
  return {
    dataKey: 'day',
    type: 'number' as const,
    domain: [0, Math.max(0, days - 1)],
    ticks,
    interval: 'preserveStartEnd' as const,
    minTickGap: 18,
    tickFormatter: (day: number) => (rows[day] ? shortDate(rows[day].date, lang, days) : ''),
    tick: { fill: COLORS.axis, fontSize: 12 },
    stroke: COLORS.axisLine,
  };
}

/** Props of a YAxis in compact yuan. */
export function moneyAxisProps(lang: Lang) {
  return {
    tickFormatter: (v: number) => formatMoneyCompact(v, lang),
    width: 64,
    tick: { fill: COLORS.axis, fontSize: 12 },
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
      x2={Math.max(w.to, w.from + 0.6)}
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
