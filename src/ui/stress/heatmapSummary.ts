import type { GridCell } from '../../engine/reverseStress';
import type { StressMap } from '../../engine/stressBoundary';
import { formatDays, formatMoney, formatPercent } from '../../i18n/format';
import { HEATMAP } from '../../i18n/messages/heatmap';
import type { Lang } from '../../i18n/lang';
import { boundaryAt, summaryCut, type MarkedCell } from './heatmapModel';

/** One cell's outcome in words ("short after 12 days, deepest gap ¥8,000"). */
export function outcomeText(cell: GridCell, lang: Lang): string {
  const o = HEATMAP[lang].outcome;
  return cell.survives
    ? o.survives
    : o.breaksAfter(
        formatDays(cell.survivalDays ?? 0, lang),
        formatMoney(cell.deepestShortfall, lang),
      );
}

/** "You survive any outage up to N days; a 50 % cut breaks you after M days." */
export function heatmapSummary(map: StressMap, marked: MarkedCell | null, lang: Lang): string {
  const m = HEATMAP[lang].summary;
  const { grid, boundary } = map;
  const days = (n: number) => formatDays(n, lang);
  const pct = (c: number) => formatPercent(c, lang, 0);
  const longest = grid.durations.at(-1) ?? 0;
  const parts: string[] = [];
  const first = boundary[0];
  if (first && first.cutPercent === 0) {
    if (first.breakEvenDays === null) parts.push(m.survivesAll(days(longest)));
    else if (first.breakEvenDays === 0) parts.push(m.shortAlready);
    else parts.push(m.survivesUpTo(days(first.breakEvenDays - 1)));
  }
  const cut = summaryCut(grid.cuts);
  const point = cut === null ? undefined : boundaryAt(boundary, cut);
  if (cut !== null && point) {
    if (point.breakEvenDays === null) parts.push(m.cutNever(pct(cut), days(longest)));
    else if (point.breakEvenDays === 0) parts.push(m.cutAtOnce(pct(cut)));
    else parts.push(m.cutAfter(pct(cut), days(point.breakEvenDays)));
  }
  if (marked) {
    const cell = grid.cells[marked.durationIndex]?.[marked.cutIndex];
    if (cell)
      parts.push(m.marked(days(cell.durationDays), pct(cell.cutPercent), outcomeText(cell, lang)));
  }
  return parts.join(' ');
}
