import type { StressGrid } from '../../engine/reverseStress';
import { formatDays, formatMoney, formatPercent } from '../../i18n/format';
import { HEATMAP, type HeatmapMetric } from '../../i18n/messages/heatmap';
import type { Lang } from '../../i18n/lang';
import { SURVIVAL_BUCKETS, type MarkedCell } from './heatmapModel';

type Props = {
  grid: StressGrid;
  metric: HeatmapMetric;
  marked: MarkedCell | null;
  lang: Lang;
  deepest: number;
};

/** Swatches with their meaning and units, the boundary edge and the scenario ring. */
export function HeatmapLegend({ grid, metric, marked, lang, deepest }: Props) {
  const m = HEATMAP[lang].legend;
  const days = (n: number) => formatDays(n, lang);
  const money = (x: number) => formatMoney(x, lang);
  const buckets: { sev: number; text: string }[] = [];
  if (metric === 'survives') buckets.push({ sev: 3, text: m.breaks });
  if (metric === 'survivalDays') {
    const [a, b, c] = SURVIVAL_BUCKETS;
    buckets.push(
      { sev: 4, text: m.survivalBucket(0, a) },
      { sev: 3, text: m.survivalBucket(a + 1, b) },
      { sev: 2, text: m.survivalBucket(b + 1, c) },
      { sev: 1, text: m.survivalBucket(c + 1, null) },
    );
  }
  if (metric === 'deepestShortfall') {
    const q = (f: number) => money(Math.round(deepest * f));
    buckets.push(
      { sev: 1, text: m.gapBucket(q(0), q(0.25)) },
      { sev: 2, text: m.gapBucket(q(0.25), q(0.5)) },
      { sev: 3, text: m.gapBucket(q(0.5), q(0.75)) },
      { sev: 4, text: m.gapBucket(q(0.75), q(1)) },
    );
  }
  return (
    <div className="heatmap-legend">
      <h4 className="heatmap-legend-title">{m.title}</h4>
      <p className="heatmap-units">{m.units[metric]}</p>
      <ul>
        <li>
          <span className="heatmap-swatch sev-0" aria-hidden="true">
            ✓
          </span>
          {m.survives}
        </li>
        {buckets.map((b) => (
          <li key={b.sev}>
            <span className={`heatmap-swatch sev-${b.sev}`} aria-hidden="true" />
            {b.text}
          </li>
        ))}
        <li>
          <span className="heatmap-swatch sev-3 is-edge" aria-hidden="true" />
          {m.boundary}
        </li>
        {marked && (
          <li>
            <span className="heatmap-swatch is-marked" aria-hidden="true">
              ◉
            </span>
            {m.marked(
              days(grid.durations[marked.durationIndex] ?? 0),
              formatPercent(grid.cuts[marked.cutIndex] ?? 0, lang, 0),
            )}
          </li>
        )}
      </ul>
    </div>
  );
}
