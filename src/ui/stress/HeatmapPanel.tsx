import { useMemo, useState } from 'react';
import { PLATFORM_GROUPS, type Plan } from '../../engine/model';
import { scenarioTargets } from '../../engine/reverseStress';
import { cutAxis, durationAxis, nearestIndex, scenarioPoint } from '../../engine/stressAxes';
import type { GridTargetChoice } from '../../engine/stressBoundary';
import { localName } from '../../i18n/localName';
import { HEATMAP } from '../../i18n/messages/heatmap';
import { useLang } from '../common/useLang';
import { LIMITS } from '../../io/limits';
import { useStore } from '../../state/store';
import { useSettled } from '../../state/useSettled';
import { useScenario } from '../../state/useAnalysis';
import { TableToggle } from '../common/TableToggle';
import { DEFAULT_SETTINGS, HeatmapControls, type HeatmapSettings } from './HeatmapControls';
import { HeatmapGrid } from './HeatmapGrid';
import { heatmapSummary } from './heatmapSummary';
import { HeatmapTable } from './HeatmapTable';
import type { MarkedCell } from './heatmapModel';
import { pickIndex, pickSentence, pickSlot, slotNote, type Pick } from './heatmapPick';
import { cellScenario, HEATMAP_SCENARIO_ID, targetsName } from './heatmapScenario';
import { useStressGrid } from './useStressGrid';

function targetChoice(value: string, plan: Plan): GridTargetChoice {
  const [type, rest = ''] = value.split(/:(.*)/s);
  if (type === 'source' && plan.fundingSources.some((s) => s.id === rest))
    return { type: 'source', sourceId: rest };
  const group = PLATFORM_GROUPS.find((g) => g === rest);
  if (type === 'group' && group) return { type: 'group', group };
  return { type: 'scenario' };
}

/**
 * "Where your business breaks": the reverse-stress map for the selected scenario, computed in a
 * worker. Picking a cell says what it means and where loading it would go among the plan's kept
 * scenarios (heatmapPick.ts); "Load" then saves it as a named scenario and selects it, so the
 * headline, chart and metrics show it.
 */
export function HeatmapPanel() {
  const lang = useLang();
  const m = HEATMAP[lang];
  // Follows the plan once typing pauses: an edit redraws the main cash chart first (useSettled).
  const plan = useSettled(useStore((s) => s.valid.plan));
  const scenario = useScenario();
  const saveScenario = useStore((s) => s.saveScenario);
  const [settings, setSettings] = useState<HeatmapSettings>(DEFAULT_SETTINGS);
  const [pick, setPick] = useState<Pick | null>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  const kept = useStore((s) => s.draft.scenarios);

  const request = useMemo(
    () => ({
      durations: durationAxis(
        settings.durationFrom,
        Math.min(settings.durationTo, plan.business.horizonDays),
      ),
      cuts: cutAxis(settings.cutFrom, settings.cutTo, settings.cutStep),
      targets: targetChoice(settings.targets, plan),
    }),
    [settings, plan],
  );
  const { map, stale, unavailable } = useStressGrid(plan, scenario, request);

  const marked = useMemo((): MarkedCell | null => {
    if (!map) return null;
    const point = scenarioPoint(scenario, plan.business.horizonDays);
    return {
      durationIndex: nearestIndex(map.grid.durations, point.durationDays),
      cutIndex: nearestIndex(map.grid.cuts, point.cutPercent),
    };
  }, [map, scenario, plan]);

  const picked = map ? pickIndex(map.grid, pick) : null;
  const slot = pickSlot(
    (kept ?? []).map((k) => ({ id: k.id, name: k.name })),
    HEATMAP_SCENARIO_ID,
    LIMITS.keptScenarios,
    lang,
  );
  // Said in words as it changes (a live region): the pick and where it would go, or the load.
  const status =
    map && pick && picked
      ? `${pickSentence(pick, map.grid.cells[picked.durationIndex]![picked.cutIndex]!, lang)} ${slotNote(slot, lang)}`
      : (loaded ?? '');

  const choose = (i: number, j: number) => {
    if (!map || stale) return;
    setPick({ durationDays: map.grid.durations[i]!, cutPercent: map.grid.cuts[j]! });
    setLoaded(null);
  };
  const load = () => {
    if (!map || stale || !pick || !picked || slot.kind === 'full') return;
    const file = cellScenario(
      plan,
      scenario,
      map.targets,
      pick.durationDays,
      pick.cutPercent,
      lang,
    );
    saveScenario(file);
    setPick(null);
    setLoaded(m.loaded(localName(file.name, lang)));
  };

  return (
    <section
      id="heatmap"
      className="panel heatmap-panel"
      aria-labelledby="heatmap-title"
      aria-busy={!unavailable && (map === null || stale)}
    >
      <div className="panel-head">
        <h2 id="heatmap-title">{m.title}</h2>
      </div>
      <p className="heatmap-intro">{m.intro}</p>
      <HeatmapControls
        settings={settings}
        onChange={setSettings}
        plan={plan}
        scenarioTargetNames={targetsName(scenarioTargets(scenario), plan, lang)}
        lang={lang}
      />
      {map === null ? (
        <p className="heatmap-working">{unavailable ? m.noWorker : m.working}</p>
      ) : (
        <div className={stale ? 'heatmap-body is-stale' : 'heatmap-body'}>
          <TableToggle
            title={m.mapTitle}
            headingLevel={3}
            summary={heatmapSummary(map, marked, lang)}
            chart={
              <HeatmapGrid
                grid={map.grid}
                boundary={map.boundary}
                marked={marked}
                picked={picked}
                metric={settings.metric}
                lang={lang}
                onPick={choose}
              >
                <div className="heatmap-pick">
                  <p className="heatmap-status" role="status">
                    {status}
                  </p>
                  {picked && (
                    <button
                      type="button"
                      className="primary"
                      onClick={load}
                      disabled={stale || slot.kind === 'full'}
                    >
                      {m.pick.load}
                    </button>
                  )}
                </div>
              </HeatmapGrid>
            }
            table={() => <HeatmapTable grid={map.grid} lang={lang} />}
          />
        </div>
      )}
    </section>
  );
}
