import type { GridCell } from '../../engine/reverseStress';
import type { StressMap } from '../../engine/stressBoundary';
import { formatDays, formatMoney, formatPercent } from '../../i18n/format';
import { HEATMAP } from '../../i18n/messages/heatmap';
import type { Lang } from '../../i18n/lang';
import { breakingCuts, type MarkedCell } from './heatmapModel';

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

/**
 * What a limit cut after the outage does, in the grid's own rows: the smallest cut on the map
 * that breaks the plan sooner than no cut (and, if later, the smallest short without any
 * outage); or that none does.
 */
function cutSentences(map: StressMap, lang: Lang): string[] {
  const m = HEATMAP[lang].summary;
  const pct = (c: number) => formatPercent(c, lang, 0);
  const { sooner, atOnce } = breakingCuts(map.boundary);
  const deepest = map.grid.cuts.at(-1) ?? 0;
  if (!sooner) {
    if (deepest === 0) return [];
    const neverBreaks = map.boundary.every((p) => p.breakEvenDays === null);
    const longest = formatDays(map.grid.durations.at(-1) ?? 0, lang);
    return [neverBreaks ? m.cutNever(pct(deepest), longest) : m.cutNoWorse(pct(deepest))];
  }
  if (sooner.breakEvenDays === 0) return [m.cutAtOnce(pct(sooner.cutPercent))];
  const out = [m.cutAfter(pct(sooner.cutPercent), formatDays(sooner.breakEvenDays ?? 0, lang))];
  if (atOnce) out.push(m.cutAtOnceFrom(pct(atOnce.cutPercent)));
  return out;
}

/**
 * "You survive any outage up to N days; from a 20 % cut you are short even without an outage."
 * Every number comes from the map itself: the cut named is a row the grid shows breaking.
 */
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
  if (first?.breakEvenDays !== 0) parts.push(...cutSentences(map, lang));
  if (marked) {
    const cell = grid.cells[marked.durationIndex]?.[marked.cutIndex];
    if (cell)
      parts.push(m.marked(days(cell.durationDays), pct(cell.cutPercent), outcomeText(cell, lang)));
  }
  return parts.join(' ');
}
