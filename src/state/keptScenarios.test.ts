// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh store (and these actions bound to it), as a new page load would have. */
async function fresh() {
  vi.resetModules();
  const { useStore, hydrate } = await import('./store');
  await hydrate();
  const kept = await import('./keptScenarios');
  return { useStore, ...kept };
}

describe('kept scenarios', () => {
  beforeEach(() => localStorage.clear());

  it('copies a preset or a kept scenario into an editable one, right after the original', async () => {
    const { useStore, duplicateScenario } = await fresh();
    const before = useStore.getState().draft.scenarios!.map((s) => s.id);
    expect(before).toHaveLength(2);
    const copy = duplicateScenario(before[0]!, 'Copy of A');
    expect(useStore.getState().draft.scenarios!.map((s) => s.id)).toEqual([
      before[0],
      copy,
      before[1],
    ]);
    expect(useStore.getState().draft.scenarios![1]).toMatchObject({ name: 'Copy of A' });
    expect(useStore.getState().draft.scenarios![1]!.shocks).toEqual(
      useStore.getState().draft.scenarios![0]!.shocks,
    );
    const fromPreset = duplicateScenario('limit_cut_50', 'My cut');
    expect(useStore.getState().draft.scenarios!.at(-1)).toMatchObject({
      id: fromPreset,
      name: 'My cut',
    });
    expect(useStore.getState().valid.scenarios).toHaveLength(4);
  });

  it('refuses a fifth, renames without selecting, and removing the shown one falls back to the default', async () => {
    const { useStore, duplicateScenario, renameScenario, removeScenario, canKeepScenario } =
      await fresh();
    duplicateScenario('limit_cut_50', 'C');
    const d = duplicateScenario('technical_outage', 'D');
    expect(canKeepScenario()).toBe(false);
    expect(canKeepScenario(d!)).toBe(true);
    expect(duplicateScenario('maintenance', 'E')).toBeNull();
    expect(useStore.getState().draft.scenarios).toHaveLength(4);
    renameScenario(d!, 'Renamed');
    expect(useStore.getState().draft.scenarios!.at(-1)!.name).toBe('Renamed');
    expect(useStore.getState().scenarioId).toBe('risk_control_freeze_30d');
    useStore.getState().selectScenario(d!);
    removeScenario(d!);
    expect(useStore.getState().draft.scenarios).toHaveLength(3);
    expect(useStore.getState().scenarioId).toBe('risk_control_freeze_30d');
  });
});
