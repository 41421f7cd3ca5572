import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { niceTicks } from '../charts/axisTicks';
import type { BinRow } from '../charts/monteCarloRows';
import { useChartWidth } from '../charts/useChartWidth';

const H = 200;
const PAD = { top: 10, right: 16, bottom: 40, left: 44 };
/** Room one value label needs at 12 px. */
const LABEL_PX = 56;

/**
 * A plain SVG histogram: twenty bars need no chart library, and recharts in this lazy panel
 * splits recharts out of the first screen's chunk (see FanPlot). The value axis has round ticks
 * at their own positions, labelled by `axisFormat(ticks)` (one unit for the whole axis) and
 * named by `unit`; the SVG is drawn at the box's width, so labels stay 12 px on a phone.
 */
export function Histogram({
  rows,
  label,
  axisFormat,
  unit,
  lang,
}: {
  rows: BinRow[];
  label: string;
  axisFormat: (ticks: readonly number[]) => (v: number) => string;
  /** The value axis's unit in words ("days", "¥"), shown at its end. */
  unit: string;
  lang: Lang;
}) {
  const { ref, width: W } = useChartWidth(360);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const barW = plotW / Math.max(1, rows.length);
  const from = rows[0]?.from ?? 0;
  const to = rows.at(-1)?.to ?? from + 1;
  const x = (v: number) => PAD.left + ((v - from) / Math.max(1e-9, to - from)) * plotW;
  const y = (count: number) => PAD.top + plotH - (count / max) * plotH;
  const fit = Math.max(2, Math.floor(plotW / LABEL_PX));
  // Bins of whole numbers (days) get whole-number ticks only.
  const whole = rows.every((r) => Number.isInteger(r.from) && Number.isInteger(r.to));
  const ticks = niceTicks(from, to, fit).filter(
    (t) => t >= from && t <= to && (!whole || Number.isInteger(t)),
  );
  const tickLabel = axisFormat(ticks);
  return (
    <div ref={ref} className="chart-frame mc-histogram" role="img" aria-label={label}>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} aria-hidden="true">
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
          <rect
            key={r.from}
            x={PAD.left + i * barW + 1}
            y={y(r.count)}
            width={Math.max(1, barW - 2)}
            height={PAD.top + plotH - y(r.count)}
            className="mc-bar"
          >
            <title>{`${r.label}: ${formatNumber(r.count, lang)}`}</title>
          </rect>
        ))}
        {ticks.map((t) => (
          <g key={t}>
            <line
              x1={x(t)}
              x2={x(t)}
              y1={PAD.top + plotH}
              y2={PAD.top + plotH + 4}
              className="mc-axis"
            />
            <text x={x(t)} y={PAD.top + plotH + 17} textAnchor="middle" className="mc-tick">
              {tickLabel(t)}
            </text>
          </g>
        ))}
        <text x={W - PAD.right} y={H - 4} textAnchor="end" className="mc-tick mc-unit">
          {unit}
        </text>
      </svg>
    </div>
  );
}
