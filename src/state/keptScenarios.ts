import { findPreset } from '../engine/presets';
import { LIMITS } from '../io/limits';
import type { PlanFileScenario } from '../io/planSchema';
import { DEFAULT_SCENARIO_ID } from './scenarioSlice';
import { useStore } from './store';

/**
 * Scenarios kept side by side in a plan, and the store actions that keep, copy and drop them.
 * Four is what a reader can still compare at a glance; the file format allows more, so an older
 * file with more still opens, and only adding a fifth is refused. These actions live beside the
 * scenario slice rather than in it so the first screen's bundle stays within its budget: only
 * the panels that manage scenarios load them.
 */
export const MAX_KEPT_SCENARIOS = LIMITS.keptScenarios;

const kept = (): PlanFileScenario[] => useStore.getState().draft.scenarios ?? [];
const keep = (list: PlanFileScenario[]) => useStore.getState().setField(['scenarios'], list);

/** Whether the plan has room for one more kept scenario (or already holds `id`). */
export function canKeepScenario(id?: string): boolean {
  const list = kept();
  return list.length < MAX_KEPT_SCENARIOS || (id !== undefined && list.some((s) => s.id === id));
}

/**
 * Keep an editable copy of a preset or a kept scenario, named `name`, right after the original
 * (a preset's at the end). Returns the copy's id; null when the plan is full or `id` unknown.
 */
export function duplicateScenario(id: string, name: string): string | null {
  if (!canKeepScenario()) return null;
  const list = [...kept()];
  const at = list.findIndex((s) => s.id === id);
  const preset = findPreset(id);
  const original = at >= 0 ? list[at] : preset && { name, shocks: preset.shocks };
  if (!original) return null;
  let n = list.length + 1;
  while (list.some((s) => s.id === `my-scenario-${n}`)) n++;
  const copy: PlanFileScenario = { ...structuredClone(original), id: `my-scenario-${n}`, name };
  list.splice(at < 0 ? list.length : at + 1, 0, copy);
  keep(list);
  return copy.id;
}

/** Give a kept scenario a new name (the selection does not change). */
export function renameScenario(id: string, name: string): void {
  keep(kept().map((s) => (s.id === id ? { ...s, name } : s)));
}

/** Remove a kept scenario; if it was selected, the default preset takes its place. */
export function removeScenario(id: string): void {
  keep(kept().filter((s) => s.id !== id));
  if (useStore.getState().scenarioId === id)
    useStore.getState().selectScenario(DEFAULT_SCENARIO_ID);
}
