import { findPreset } from '../../engine/presets';
import type { PlanFile } from '../../io/planSchema';
import { DEFAULT_SCENARIO_ID } from '../../state/scenarioSlice';

/**
 * The scenario to select when a plan replaces another: the current one if it still exists (a
 * preset, or a custom scenario the new plan also has), else the default preset.
 */
export function scenarioFor(file: Pick<PlanFile, 'scenarios'>, current: string): string {
  if (findPreset(current) || (file.scenarios ?? []).some((s) => s.id === current)) return current;
  return DEFAULT_SCENARIO_ID;
}
