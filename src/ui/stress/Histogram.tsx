import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { BinRow } from '../charts/monteCarloRows';

const W = 360;
const H = 180;
const PAD = { top: 8, right: 8, bottom: 36, left: 40 };

/**
 * A plain SVG histogram: twenty bars need no chart library, and recharts in this lazy panel
 * splits recharts out of the first screen's chunk (see FanPlot).
 */
export function Histogram({
  rows,
  label,
  tick,
  lang,
}: {
  rows: BinRow[];
  label: string;
  tick: (r: BinRow) => string;
  lang: Lang;
}) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const barW = plotW / Math.max(1, rows.length);
  const y = (count: number) => PAD.top + plotH - (count / max) * plotH;
  const tickEvery = Math.max(1, Math.ceil(rows.length / 5));
  return (
    <div className="chart-frame mc-histogram" role="img" aria-label={label}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
        aria-hidden="true"
      >
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={PAD.top + plotH}
          y2={PAD.top + plotH}
          className="mc-axis"
        />
        <text x={PAD.left - 4} y={PAD.top + 10} textAnchor="end" className="mc-tick">
          {formatNumber(max, lang)}
        </text>
        <text x={PAD.left - 4} y={PAD.top + plotH} textAnchor="end" className="mc-tick">
          0
        </text>
        {rows.map((r, i) => (
          <g key={r.from}>
            <rect
              x={PAD.left + i * barW + 1}
              y={y(r.count)}
              width={Math.max(1, barW - 2)}
              height={PAD.top + plotH - y(r.count)}
              className="mc-bar"
            >
              <title>{`${r.label}: ${formatNumber(r.count, lang)}`}</title>
            </rect>
            {i % tickEvery === 0 && (
              <text
                x={PAD.left + i * barW}
                y={H - PAD.bottom + 14}
                textAnchor="middle"
                className="mc-tick"
              >
                {tick(r)}
              </text>
            )}
          </g>
        ))}
      </svg>
    </div>
  );
}
