import type { GridCell, StressGrid } from '../../engine/reverseStress';
import { formatDays, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { localName } from '../../i18n/localName';
import { HEATMAP } from '../../i18n/messages/heatmap';
import { LETTERS } from '../compare/compareModel';
import { outcomeText } from './heatmapSummary';

/**
 * A heatmap cell is picked before it is loaded: the pick says what the cell means and where
 * loading it would go among the plan's kept scenarios (the comparison's four places), so a
 * click never takes or overwrites a place unannounced.
 */

/** A picked cell by its axis values, so it survives a recomputed map with the same axes. */
export type Pick = { durationDays: number; cutPercent: number };

/** Where loading a cell would put its scenario among the kept ones. */
export type PickSlot =
  | { kind: 'new'; letter: string; used: number; max: number }
  | { kind: 'replace'; letter: string; name: string }
  | { kind: 'full'; max: number };

/**
 * The slot a cell's scenario (always saved under `cellId`) would take: the place it already
 * holds (a cell loaded before, replaced), else the next free one, else none.
 * @example pickSlot([{ id: 'a', name: 'A' }], 'stress-map-cell', 4, 'en')
 *   // { kind: 'new', letter: 'B', used: 2, max: 4 }
 */
export function pickSlot(
  kept: readonly { id: string; name: string }[],
  cellId: string,
  max: number,
  lang: Lang,
): PickSlot {
  const at = kept.findIndex((s) => s.id === cellId);
  if (at >= 0 && at < max)
    return { kind: 'replace', letter: LETTERS[at]!, name: localName(kept[at]!.name, lang) };
  if (kept.length < max)
    return { kind: 'new', letter: LETTERS[kept.length]!, used: kept.length + 1, max };
  return { kind: 'full', max };
}

/** The sentence under the Load button. */
export function slotNote(slot: PickSlot, lang: Lang): string {
  const m = HEATMAP[lang];
  switch (slot.kind) {
    case 'new':
      return m.pick.keepsAs(slot.letter, slot.used, slot.max);
    case 'replace':
      return m.pick.replaces(slot.letter, slot.name);
    case 'full':
      return m.full(slot.max);
    default: {
      const never: never = slot;
      return never;
    }
  }
}

/** The grid indices of a pick in this map, or null when its axes no longer hold it. */
export function pickIndex(
  grid: StressGrid,
  pick: Pick | null,
): { durationIndex: number; cutIndex: number } | null {
  if (!pick) return null;
  const durationIndex = grid.durations.indexOf(pick.durationDays);
  const cutIndex = grid.cuts.indexOf(pick.cutPercent);
  return durationIndex < 0 || cutIndex < 0 ? null : { durationIndex, cutIndex };
}

/** What a pick announces: the cell in words, and that nothing has changed yet. */
export function pickSentence(pick: Pick, cell: GridCell, lang: Lang): string {
  return HEATMAP[lang].pick.selected({
    days: formatDays(pick.durationDays, lang),
    cut: formatPercent(pick.cutPercent, lang, 0),
    outcome: outcomeText(cell, lang),
  });
}
