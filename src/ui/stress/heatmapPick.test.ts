import { describe, expect, it } from 'vitest';
import type { GridCell, StressGrid } from '../../engine/reverseStress';
import { pickIndex, pickSentence, pickSlot, slotNote } from './heatmapPick';
import { HEATMAP_SCENARIO_ID } from './heatmapScenario';

const kept = (ids: string[]) => ids.map((id) => ({ id, name: `Scenario ${id}` }));

describe('where a heatmap cell would go', () => {
  it('takes the next free place among the four, and says which', () => {
    const slot = pickSlot(kept(['a', 'b']), HEATMAP_SCENARIO_ID, 4, 'en');
    expect(slot).toEqual({ kind: 'new', letter: 'C', used: 3, max: 4 });
    expect(slotNote(slot, 'en')).toBe(
      'Loading keeps it as scenario C in “Scenarios side by side” (3 of 4 places).',
    );
  });

  it('replaces the cell loaded before, by name, instead of taking a second place', () => {
    const list = [...kept(['a']), { id: HEATMAP_SCENARIO_ID, name: 'Jiebei outage 30 days' }];
    const slot = pickSlot(list, HEATMAP_SCENARIO_ID, 4, 'en');
    expect(slot).toEqual({ kind: 'replace', letter: 'B', name: 'Jiebei outage 30 days' });
    expect(slotNote(slot, 'zh-CN')).toContain('“Jiebei outage 30 days”（情景 B）');
  });

  it('takes nothing when the four places are full', () => {
    const slot = pickSlot(kept(['a', 'b', 'c', 'd']), HEATMAP_SCENARIO_ID, 4, 'en');
    expect(slot).toEqual({ kind: 'full', max: 4 });
    expect(slotNote(slot, 'en')).toMatch(/already keeps 4 scenarios/);
  });

  it('counts a map cell kept beyond the fourth place (an old file) as no place at all', () => {
    const list = [...kept(['a', 'b', 'c', 'd']), { id: HEATMAP_SCENARIO_ID, name: 'x' }];
    expect(pickSlot(list, HEATMAP_SCENARIO_ID, 4, 'en').kind).toBe('full');
  });
});

describe('a pick', () => {
  const ok = (durationDays: number, cutPercent: number): GridCell => ({
    durationDays,
    cutPercent,
    survives: true,
    survivalDays: null,
    deepestShortfall: 0,
  });
  const grid: StressGrid = {
    durations: [7, 30],
    cuts: [0, 50],
    cells: [
      [ok(7, 0), ok(7, 50)],
      [ok(30, 0), { ...ok(30, 50), survives: false, survivalDays: 12, deepestShortfall: 8_000 }],
    ],
  };

  it('is found by its axis values, and lost when the axes no longer hold it', () => {
    expect(pickIndex(grid, { durationDays: 30, cutPercent: 50 })).toEqual({
      durationIndex: 1,
      cutIndex: 1,
    });
    expect(pickIndex(grid, { durationDays: 45, cutPercent: 50 })).toBeNull();
    expect(pickIndex(grid, null)).toBeNull();
  });

  it('says the cell in words, with its units, and that nothing changed', () => {
    const text = pickSentence({ durationDays: 30, cutPercent: 50 }, grid.cells[1]![1]!, 'en');
    expect(text).toBe(
      'Picked: out of service for 30 days, then the limit cut by 50%: short after 12 days, deepest gap ¥8,000. Nothing changes until you load it.',
    );
    expect(pickSentence({ durationDays: 30, cutPercent: 50 }, grid.cells[1]![1]!, 'zh-CN')).toBe(
      '已选中：中断 30 天，额度下调 50%。12 天后出现缺口，最大缺口 ¥8,000。载入前不会改动您的方案。',
    );
  });
});
