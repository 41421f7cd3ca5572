/**
 * What the stress lab should show for the first-visit sample, computed in Node with the app's own
 * engine and formatters (the heatmap's default axes, the compare view's metric rows).
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/engine/analyze';
import type { Scenario } from '../../src/engine/model';
import { findPreset } from '../../src/engine/presets';
import { cutAxis, durationAxis, nearestIndex, scenarioPoint } from '../../src/engine/stressAxes';
import { stressMap } from '../../src/engine/stressBoundary';
import { formatDays, formatMoney } from '../../src/i18n/format';
import { HEADLINE } from '../../src/i18n/messages/headline';
import type { Lang } from '../../src/i18n/lang';
import { parsePlanText } from '../../src/io/planFile';
import { metricRows } from '../../src/ui/compare/compareModel';
import { cellScenario } from '../../src/ui/stress/heatmapScenario';
import { heatmapSummary } from '../../src/ui/stress/heatmapSummary';

export function samplePlan() {
  const parsed = parsePlanText(
    readFileSync(new URL('../../examples/online-shop.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the sample does not validate');
  return parsed;
}

/** The heatmap for a preset with the panel's default settings. */
export function expectedMap(presetId: string, lang: Lang = 'en') {
  const { plan } = samplePlan();
  const preset = findPreset(presetId)!;
  const map = stressMap(plan, preset, {
    durations: durationAxis(1, Math.min(180, plan.business.horizonDays)),
    cuts: cutAxis(0, 100, 10),
    targets: { type: 'scenario' },
  });
  const point = scenarioPoint(preset, plan.business.horizonDays);
  const marked = {
    durationIndex: nearestIndex(map.grid.durations, point.durationDays),
    cutIndex: nearestIndex(map.grid.cuts, point.cutPercent),
  };
  return { plan, preset, map, marked, summary: heatmapSummary(map, marked, lang) };
}

/** The headline facts after loading one cell of a preset's map. */
export function expectedCell(
  presetId: string,
  durationIndex: number,
  cutIndex: number,
  lang: Lang = 'en',
) {
  const { plan, preset, map } = expectedMap(presetId, lang);
  const file = cellScenario(
    plan,
    preset,
    map.targets,
    map.grid.durations[durationIndex]!,
    map.grid.cuts[cutIndex]!,
    lang,
  );
  const scenario: Scenario = { id: file.id, name: file.name, shocks: file.shocks };
  const s = analyze(plan, scenario).stressed.metrics;
  const h = HEADLINE[lang];
  return {
    name: file.name,
    cell: map.grid.cells[durationIndex]![cutIndex]!,
    survival: s.survivalDays === null ? h.facts.noGap : formatDays(s.survivalDays, lang),
    deepest: formatMoney(s.deepestShortfall, lang),
  };
}

/** Metric rows of the compare table for these scenarios (best flags per column). */
export function expectedMetricRows(scenarios: Scenario[]) {
  const { plan } = samplePlan();
  return metricRows(
    scenarios.map((s) => analyze(plan, s, { reverseStress: false }).stressed.metrics),
  );
}
