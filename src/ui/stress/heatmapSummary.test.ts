import { describe, expect, it } from 'vitest';
import { findPreset } from '../../engine/presets';
import { analyze } from '../../engine/analyze';
import type { GridCell } from '../../engine/reverseStress';
import { stressMap, type BoundaryPoint, type StressMap } from '../../engine/stressBoundary';
import { exampleValid } from '../../io/exampleFixtures';
import { breakingCuts } from './heatmapModel';
import { heatmapSummary } from './heatmapSummary';

/** A map whose rows (cuts) break from the given duration index on (−1: never), 10 days a column. */
function mapOf(cuts: number[], firstBreak: number[], breakEven: (number | null)[]): StressMap {
  const durations = [10, 20, 30, 40];
  const cells: GridCell[][] = durations.map((durationDays, i) =>
    cuts.map((cutPercent, j) => {
      const survives = firstBreak[j]! < 0 || i < firstBreak[j]!;
      return {
        durationDays,
        cutPercent,
        survives,
        survivalDays: survives ? null : 5,
        deepestShortfall: survives ? 0 : 1000,
      };
    }),
  );
  const boundary: BoundaryPoint[] = cuts.map((cutPercent, j) => ({
    cutPercent,
    breakEvenDays: breakEven[j]!,
  }));
  return { grid: { durations, cuts, cells }, boundary, targets: [] };
}

/** The first cut row whose break-even (the map's last column) is shorter than the 0 % row's. */
function firstRowBreakingSooner(map: StressMap): number | null {
  const rank = (p: BoundaryPoint) => p.breakEvenDays ?? Infinity;
  const zero = rank(map.boundary[0]!);
  return map.boundary.find((p) => p.cutPercent > 0 && rank(p) < zero)?.cutPercent ?? null;
}

describe('heatmapSummary', () => {
  it('names the first cut row that opens a gap, not a round 50 %', () => {
    // No cut: never short. 10 %: never. 20 %: short at once. 50 %: short at once.
    const map = mapOf([0, 10, 20, 50], [-1, -1, 0, 0], [null, null, 0, 0]);
    expect(heatmapSummary(map, null, 'en')).toBe(
      'No outage up to 40 days breaks your plan without a cut. From a 20% cut, the smallest on the map that breaks you sooner, you are short even without an outage.',
    );
    expect(heatmapSummary(map, null, 'zh-CN')).toContain('额度下调 20% 起');
  });

  it('says when a smaller cut already breaks sooner, then where the cut alone breaks', () => {
    // No cut: breaks after 31 days; 10 %: same; 20 %: after 12 days; 30 %: at once.
    const map = mapOf([0, 10, 20, 30], [3, 3, 1, 0], [31, 31, 12, 0]);
    expect(heatmapSummary(map, null, 'en')).toBe(
      'You survive any outage up to 30 days. From a 20% cut, the smallest on the map that breaks you sooner, an outage of 12 days is enough. From a 30% cut you are short even without an outage.',
    );
  });

  it('says no cut makes it worse when none does', () => {
    const map = mapOf([0, 10, 20], [2, 2, 2], [25, 25, 25]);
    expect(heatmapSummary(map, null, 'en')).toBe(
      'You survive any outage up to 24 days. A cut of up to 20% afterwards does not make you break sooner.',
    );
  });

  // The case: the sample under the 30-day freeze survives any limit cut up to 18 %
  // (the metric), the grid's −20 % row is short at once, and the sentence must say 20 %.
  it('on the sample: the sentence cut is the first row breaking sooner, just above the deepest survivable cut', () => {
    const { plan } = exampleValid('online-shop');
    const freeze = findPreset('risk_control_freeze_30d')!;
    const map = stressMap(plan, freeze);
    const cut = firstRowBreakingSooner(map);
    expect(cut).toBe(20);
    expect(breakingCuts(map.boundary).sooner?.cutPercent).toBe(cut);
    expect(heatmapSummary(map, null, 'en')).toContain(`From a ${cut}% cut`);
    expect(heatmapSummary(map, null, 'en')).not.toContain('50%');
    const deepestSurvivable = analyze(plan, freeze).stressed.metrics.maxSurvivableLimitCut!;
    expect(deepestSurvivable).toBe(18);
    const onGrid = map.grid.cuts.find((c) => c > deepestSurvivable);
    expect(onGrid).toBe(cut);
  });
});
