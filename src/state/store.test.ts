// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from './storageKeys';

/** A fresh store module each time, so it reads localStorage as a new page load would. */
async function freshStore() {
  vi.resetModules();
  const { useStore, hydrate } = await import('./store');
  await hydrate();
  return useStore;
}

describe('store', () => {
  beforeEach(() => localStorage.clear());

  it('opens on the online-shop sample with the 30-day freeze when nothing is saved', async () => {
    const useStore = await freshStore();
    const s = useStore.getState();
    expect(s.exampleId).toBe('online-shop');
    expect(s.scenarioId).toBe('risk_control_freeze_30d');
    expect(s.issues).toEqual([]);
  });

  it('makes one undo step of a burst of keystrokes in one field, and one per field', async () => {
    const useStore = await freshStore();
    const { setField } = useStore.getState();
    const before = useStore.getState().draft.business.minCashBuffer;
    setField(['business', 'minCashBuffer'], 1);
    setField(['business', 'minCashBuffer'], 12);
    setField(['business', 'minCashBuffer'], 123);
    setField(['business', 'name'], 'X');
    expect(useStore.temporal.getState().pastStates).toHaveLength(2);
    useStore.temporal.getState().undo();
    expect(useStore.getState().draft.business.minCashBuffer).toBe(123);
    useStore.temporal.getState().undo();
    expect(useStore.getState().draft.business.minCashBuffer).toBe(before);
  });

  it('keeps an invalid draft but drives results from the last valid plan; undo revalidates', async () => {
    const useStore = await freshStore();
    const limit = useStore.getState().valid.plan.fundingSources[1]!.limit;
    useStore.getState().setField(['fundingSources', 1, 'limit'], 'abc');
    expect(useStore.getState().issues[0]).toMatchObject({ path: 'fundingSources[1].limit', code: 'not_a_number' });
    expect(useStore.getState().valid.plan.fundingSources[1]!.limit).toBe(limit);
    useStore.temporal.getState().undo();
    expect(useStore.getState().issues).toEqual([]);
  });

  it('restores the plan after a reload', async () => {
    let useStore = await freshStore();
    useStore.getState().setField(['business', 'name'], 'Reloaded Shop');
    useStore.getState().selectScenario('limit_cut_50');
    useStore = await freshStore();
    expect(useStore.getState().draft.business.name).toBe('Reloaded Shop');
    expect(useStore.getState().valid.file.business.name).toBe('Reloaded Shop');
    expect(useStore.getState().scenarioId).toBe('limit_cut_50');
  });

  it('sets corrupt saved data aside, says so, and starts from the sample', async () => {
    localStorage.setItem(STORAGE_KEYS.state, '{"state": {"draft": tru');
    const useStore = await freshStore();
    const s = useStore.getState();
    expect(s.exampleId).toBe('online-shop');
    expect(s.notices.map((n) => n.code)).toContain('storage_corrupt');
    const kept = Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_KEYS.corruptPrefix));
    expect(kept).toHaveLength(1);
    expect(localStorage.getItem(kept[0]!)).toBe('{"state": {"draft": tru');
  });

  it('recovers the last valid plan when the saved draft is garbage', async () => {
    let useStore = await freshStore();
    useStore.getState().setField(['business', 'name'], 'Kept');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEYS.state)!);
    saved.state.draft = 42;
    localStorage.setItem(STORAGE_KEYS.state, JSON.stringify(saved));
    useStore = await freshStore();
    expect(useStore.getState().valid.file.business.name).toBe('Kept');
    expect(useStore.getState().draft.business.name).toBe('Kept');
  });

  it('warns when storage is full and keeps the plan in memory', async () => {
    const useStore = await freshStore();
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    useStore.getState().setField(['business', 'name'], 'Still here');
    spy.mockRestore();
    expect(useStore.getState().notices.map((n) => n.code)).toContain('storage_full');
    expect(useStore.getState().draft.business.name).toBe('Still here');
  });
});
