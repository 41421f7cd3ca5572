import type { StateCreator } from 'zustand';
import type { Scenario } from '../engine/model';
import { findPreset, PRESETS } from '../engine/presets';
import type { PlanFileScenario } from '../io/planSchema';
import type { AppState } from './store';

export type ScenarioSlice = {
  /** A preset id or the id of a scenario saved with the plan. */
  scenarioId: string;
  selectScenario: (id: string) => void;
  /** Add or replace a custom scenario in the plan, and select it. */
  saveScenario: (scenario: PlanFileScenario) => void;
};

/** Jiebei + Huabei frozen for 30 days: the first thing an owner should see. */
export const DEFAULT_SCENARIO_ID = 'risk_control_freeze_30d';

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set, get) => ({
  scenarioId: DEFAULT_SCENARIO_ID,
  selectScenario: (id) => set({ scenarioId: id }),
  saveScenario: (scenario) => {
    const list = [...(get().draft.scenarios ?? [])];
    const at = list.findIndex((s) => s.id === scenario.id);
    if (at >= 0) list[at] = scenario;
    else list.push(scenario);
    get().setField(['scenarios'], list);
    set({ scenarioId: scenario.id });
  },
});

/** The scenario an id names: a saved custom one first, then a preset, else the default preset. */
export function scenarioById(id: string, custom: readonly Scenario[]): Scenario {
  return (
    custom.find((s) => s.id === id) ??
    findPreset(id) ??
    findPreset(DEFAULT_SCENARIO_ID) ??
    PRESETS[0]!
  );
}
