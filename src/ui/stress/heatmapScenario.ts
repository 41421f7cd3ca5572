import type { Plan, Scenario, ShockTarget } from '../../engine/model';
import { outageWithCut } from '../../engine/reverseStress';
import { formatDays, formatPercent } from '../../i18n/format';
import { shortLocalName } from '../../i18n/localName';
import { DOMAIN } from '../../i18n/messages/domain';
import { HEATMAP } from '../../i18n/messages/heatmap';
import type { Lang } from '../../i18n/lang';
import type { PlanFileScenario } from '../../io/planSchema';

/** One id for the scenario a heatmap cell loads, so picking cells replaces it instead of piling up. */
export const HEATMAP_SCENARIO_ID = 'stress-map-cell';

/** "Jiebei + Huabei", "Ant Group (Alipay)", "Weilidai": the credit an outage hits, in words. */
export function targetsName(targets: readonly ShockTarget[], plan: Plan, lang: Lang): string {
  const d = DOMAIN[lang];
  const names = targets.flatMap((t): string[] => {
    switch (t.type) {
      case 'kinds':
        return t.kinds.map((k) => shortLocalName(d.sourceKind[k], lang));
      case 'group':
        return [shortLocalName(d.platformGroup[t.group], lang)];
      case 'sources':
        return t.sourceIds.map((id) =>
          shortLocalName(plan.fundingSources.find((s) => s.id === id)?.name ?? id, lang),
        );
      default: {
        const never: never = t;
        return never;
      }
    }
  });
  return [...new Set(names)].join(HEATMAP[lang].and);
}

/**
 * The plan-file scenario of one cell: the base scenario's business shocks, the targets down for
 * `durationDays`, then cut by `cutPercent`, named in the reader's language.
 */
export function cellScenario(
  plan: Plan,
  base: Scenario,
  targets: readonly ShockTarget[],
  durationDays: number,
  cutPercent: number,
  lang: Lang,
): PlanFileScenario {
  const built = outageWithCut(base, plan.business.horizonDays, durationDays, cutPercent, targets);
  const m = HEATMAP[lang];
  return {
    id: HEATMAP_SCENARIO_ID,
    name: m.scenarioName(
      targetsName(targets, plan, lang),
      formatDays(durationDays, lang),
      formatPercent(cutPercent, lang, 0),
    ),
    description: m.scenarioDescription,
    shocks: built.shocks,
  };
}
