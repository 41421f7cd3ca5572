import type { Lang } from '../../i18n/lang';
import { edgeAnchor, moneyAxisFormat, niceTicks } from '../charts/axisTicks';
import { labelWidth } from '../charts/chartFrame';
import type { FanRow } from '../charts/monteCarloRows';
import { useChartWidth } from '../charts/useChartWidth';
import { shortDate } from '../dashboard/dates';

const H = 300;
const PAD = { top: 12, right: 12, bottom: 28, left: 64 };
/** Room one date label needs at 12 px, so labels never touch on a phone. */
const DATE_LABEL_PX = 64;

export const FAN = { outer: '#c9dcf2', inner: '#7fa9da', median: '#12467f' } as const;

/** Every how many date ticks one is shown at this plot width. */
function dateTickEvery(ticks: readonly number[], n: number, plotW: number): number {
  if (ticks.length < 2 || n < 2) return 1;
  const spacing = ((ticks[1]! - ticks[0]!) / (n - 1)) * plotW;
  return Math.max(1, Math.ceil(DATE_LABEL_PX / Math.max(1, spacing)));
}

/**
 * The fan itself in plain SVG: P5–P95 and P25–P75 bands, the median line and zero. Drawn by
 * hand because a recharts chart in this lazily loaded panel makes the bundler split recharts out
 * of the first screen's chunk, which costs ~4 KB gzip the initial budget does not have. Drawn at
 * the box's own width, so its 12 px labels stay 12 px on a phone.
 */
export function FanPlot({ rows, ticks, lang }: { rows: FanRow[]; ticks: number[]; lang: Lang }) {
  const { ref, width: W } = useChartWidth(720);
  const n = rows.length;
  let lo = 0;
  let hi = 0;
  for (const r of rows) {
    if (r.p5 < lo) lo = r.p5;
    if (r.p95 > hi) hi = r.p95;
  }
  const yTicks = niceTicks(lo, hi);
  const yLabel = moneyAxisFormat(yTicks, lang);
  lo = Math.min(lo, yTicks[0] ?? lo);
  hi = Math.max(hi, yTicks.at(-1) ?? hi);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (d: number) => PAD.left + (n > 1 ? (d / (n - 1)) * plotW : 0);
  const y = (v: number) => PAD.top + plotH - ((v - lo) / Math.max(1, hi - lo)) * plotH;
  const band = (low: (r: FanRow) => number, high: (r: FanRow) => number) =>
    [
      ...rows.map((r) => `${x(r.day).toFixed(1)},${y(high(r)).toFixed(1)}`),
      ...rows.map((r) => `${x(r.day).toFixed(1)},${y(low(r)).toFixed(1)}`).reverse(),
    ].join(' ');
  const median = rows.map((r) => `${x(r.day).toFixed(1)},${y(r.p50).toFixed(1)}`).join(' ');
  const every = dateTickEvery(ticks, n, plotW);
  return (
    <div ref={ref}>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} aria-hidden="true" className="mc-fan">
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="mc-grid" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="mc-tick">
              {yLabel(v)}
            </text>
          </g>
        ))}
        <polygon
          points={band(
            (r) => r.p5,
            (r) => r.p95,
          )}
          fill={FAN.outer}
        />
        <polygon
          points={band(
            (r) => r.p25,
            (r) => r.p75,
          )}
          fill={FAN.inner}
        />
        {lo < 0 && (
          <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="mc-zero" />
        )}
        <polyline points={median} fill="none" stroke={FAN.median} strokeWidth={2} />
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={PAD.top + plotH}
          y2={PAD.top + plotH}
          className="mc-axis"
        />
        {ticks
          .filter((_, i) => i % every === 0)
          .map((d) => {
            const label = rows[d] ? shortDate(rows[d].date, lang, n) : '';
            return (
              <text
                key={d}
                x={x(d)}
                y={H - 8}
                textAnchor={edgeAnchor(x(d), W, labelWidth(label))}
                className="mc-tick"
              >
                {label}
              </text>
            );
          })}
      </svg>
    </div>
  );
}
