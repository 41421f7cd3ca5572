import type { StressGrid } from '../../engine/reverseStress';
import { formatDays, formatMoney, formatPercent } from '../../i18n/format';
import { HEATMAP } from '../../i18n/messages/heatmap';
import type { Lang } from '../../i18n/lang';

/** The map as a plain table, one row per cell, every value with its unit (for screen readers). */
export function HeatmapTable({ grid, lang }: { grid: StressGrid; lang: Lang }) {
  const m = HEATMAP[lang].table;
  return (
    <table className="data heatmap-data">
      <caption>{m.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.duration}</th>
          <th scope="col">{m.cut}</th>
          <th scope="col">{m.survives}</th>
          <th scope="col">{m.survivalDays}</th>
          <th scope="col">{m.deepestShortfall}</th>
        </tr>
      </thead>
      <tbody>
        {grid.cells.flatMap((row) =>
          row.map((c) => (
            <tr key={`${c.durationDays}-${c.cutPercent}`}>
              <th scope="row">{formatDays(c.durationDays, lang)}</th>
              <td>−{formatPercent(c.cutPercent, lang, 0)}</td>
              <td>{c.survives ? m.yes : m.no}</td>
              <td>{c.survivalDays === null ? '—' : formatDays(c.survivalDays, lang)}</td>
              <td>{formatMoney(c.deepestShortfall, lang)}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
