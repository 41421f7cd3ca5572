import { formatMoneyCompact } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { FanRow } from '../charts/monteCarloRows';
import { shortDate } from '../dashboard/dates';

const W = 720;
const H = 300;
const PAD = { top: 12, right: 12, bottom: 28, left: 64 };

export const FAN = { outer: '#c9dcf2', inner: '#7fa9da', median: '#12467f' } as const;

/** Round step (1, 2 or 5 × 10^k) giving about `count` ticks over [lo, hi]. */
function niceTicks(lo: number, hi: number, count = 5): number[] {
  const span = Math.max(1, hi - lo);
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) ticks.push(v);
  return ticks;
}

/**
 * The fan itself in plain SVG: P5–P95 and P25–P75 bands, the median line and zero. Drawn by
 * hand because a recharts chart in this lazily loaded panel makes the bundler split recharts out
 * of the first screen's chunk, which costs ~4 KB gzip the initial budget does not have.
 */
export function FanPlot({ rows, ticks, lang }: { rows: FanRow[]; ticks: number[]; lang: Lang }) {
  const n = rows.length;
  let lo = 0;
  let hi = 0;
  for (const r of rows) {
    if (r.p5 < lo) lo = r.p5;
    if (r.p95 > hi) hi = r.p95;
  }
  const yTicks = niceTicks(lo, hi);
  lo = Math.min(lo, yTicks[0] ?? lo);
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
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      className="mc-fan"
    >
      {yTicks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="mc-grid" />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="mc-tick">
            {formatMoneyCompact(v, lang)}
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
      {lo < 0 && <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="mc-zero" />}
      <polyline points={median} fill="none" stroke={FAN.median} strokeWidth={2} />
      <line
        x1={PAD.left}
        x2={W - PAD.right}
        y1={PAD.top + plotH}
        y2={PAD.top + plotH}
        className="mc-axis"
      />
      {ticks.map((d) => (
        <text key={d} x={x(d)} y={H - 8} textAnchor="middle" className="mc-tick">
          {rows[d] ? shortDate(rows[d].date, lang, n) : ''}
        </text>
      ))}
    </svg>
  );
}
