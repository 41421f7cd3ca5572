import { findPreset } from '../engine/presets';
import type { PlanFileError } from '../io/planFile';
import type { PlanFile } from '../io/planSchema';
import { DEFAULT_SCENARIO_ID } from './scenarioSlice';
import { useStore } from './store';
import { loadValidator } from './validator';

/**
 * Open the owner's own plan from the guided start (src/ui/start/): the built file goes through the
 * plan schema like any file, then replaces the plan in one step, so one undo brings the sample
 * back. A scenario saved with the sample does not exist in the new plan: the default preset
 * (Jiebei and Huabei frozen 30 days) is shown instead; a chosen preset stays.
 * Returns why, changing nothing, when the file does not validate (the guided start refuses such
 * answers beside their fields first; this is the last word, shown in the dialog, never silence).
 */
export async function openGuidedPlan(file: PlanFile): Promise<PlanFileError | null> {
  const parse = await loadValidator();
  const result = parse(file);
  if (!result.ok) return result.error;
  const s = useStore.getState();
  s.replacePlan(result.file, null);
  if (!findPreset(s.scenarioId)) s.selectScenario(DEFAULT_SCENARIO_ID);
  return null;
}
