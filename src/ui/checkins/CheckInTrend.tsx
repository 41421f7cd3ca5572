import type { TrendPoint } from '../../engine/checkIns/types';
import { yuanFromFen } from '../../engine/money';
import { formatDate, formatDays, formatMoneyCompact } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { CheckInsMessages } from '../../i18n/messages/checkIns';
import { useChartWidth } from '../charts/useChartWidth';

const HEIGHT = 120;
const MARGIN = { top: 16, right: 16, bottom: 24, left: 56 };

/**
 * One small line over the check-ins (oldest on the left), sized to its box so its labels keep
 * their size on a phone. Plain SVG, as the compare chart: another lazy chunk with recharts would
 * move recharts out of the entry chunk and over the initial-JS budget.
 */
function Spark({
  values,
  dates,
  label,
  format,
  threshold,
  lang,
}: {
  values: (number | null)[];
  dates: string[];
  label: string;
  format: (v: number) => string;
  threshold?: { value: number; label: string };
  lang: Lang;
}) {
  const { ref, width } = useChartWidth(320, 200);
  const known = values.filter((v): v is number => v !== null);
  const hi = Math.max(...known, threshold?.value ?? 0, 1);
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (i: number) =>
    MARGIN.left + (values.length > 1 ? (i / (values.length - 1)) * plotW : plotW / 2);
  const y = (v: number) => MARGIN.top + (1 - v / hi) * plotH;
  const path = values
    .map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
    .filter((p): p is string => p !== null)
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p}`)
    .join('');
  const summary = values
    .map((v, i) => `${formatDate(dates[i]!, lang)}: ${v === null ? '—' : format(v)}`)
    .join(lang === 'zh-CN' ? '；' : '; ');
  const first = dates[0];
  const last = dates.at(-1);
  return (
    <figure className="checkin-spark">
      <figcaption>{label}</figcaption>
      <div ref={ref} role="img" aria-label={`${label}: ${summary}`}>
        <svg width={width} height={HEIGHT} aria-hidden="true" focusable="false">
          <line
            x1={MARGIN.left}
            x2={width - MARGIN.right}
            y1={y(0)}
            y2={y(0)}
            className="checkin-axis"
          />
          <text x={MARGIN.left - 6} y={y(hi) + 4} textAnchor="end" className="checkin-tick">
            {format(hi)}
          </text>
          <text x={MARGIN.left - 6} y={y(0) + 4} textAnchor="end" className="checkin-tick">
            {format(0)}
          </text>
          {threshold && (
            <g>
              <line
                x1={MARGIN.left}
                x2={width - MARGIN.right}
                y1={y(threshold.value)}
                y2={y(threshold.value)}
                className="checkin-threshold"
              />
              <text
                x={width - MARGIN.right}
                y={y(threshold.value) - 4}
                textAnchor="end"
                className="checkin-tick"
              >
                {threshold.label}
              </text>
            </g>
          )}
          <path d={path} className="checkin-line-path" fill="none" />
          {values.map((v, i) =>
            v === null ? null : (
              <circle key={i} cx={x(i)} cy={y(v)} r={3.5} className="checkin-dot" />
            ),
          )}
          {first && (
            <text
              x={x(0)}
              y={HEIGHT - 6}
              textAnchor={values.length > 1 ? 'start' : 'middle'}
              className="checkin-tick"
            >
              {formatDate(first, lang)}
            </text>
          )}
          {last && values.length > 1 && (
            <text x={x(values.length - 1)} y={HEIGHT - 6} textAnchor="end" className="checkin-tick">
              {formatDate(last, lang)}
            </text>
          )}
        </svg>
      </div>
    </figure>
  );
}

/** Buffer days and credit limits available over the check-ins. */
export function CheckInTrend({
  trend,
  bufferThreshold,
  lang,
  m,
}: {
  trend: TrendPoint[];
  bufferThreshold: number;
  lang: Lang;
  m: CheckInsMessages;
}) {
  if (trend.length < 2) return <p className="field-hint">{m.trendNeedsTwo}</p>;
  const dates = trend.map((t) => t.date);
  return (
    <div className="checkin-trend">
      <Spark
        values={trend.map((t) => t.bufferDays)}
        dates={dates}
        label={m.trendBuffer}
        format={(v) => formatDays(Math.round(v * 10) / 10, lang)}
        threshold={{
          value: bufferThreshold,
          label: m.thresholdLine(formatDays(bufferThreshold, lang)),
        }}
        lang={lang}
      />
      <Spark
        values={trend.map((t) => yuanFromFen(t.totalCredit))}
        dates={dates}
        label={m.trendCredit}
        format={(v) => formatMoneyCompact(v, lang)}
        lang={lang}
      />
    </div>
  );
}
