import { createContext, useContext } from 'react';
import { create, useStore as useStoreOf } from 'zustand';
import { temporal } from 'zundo';
import { createAdviceSlice, type AdviceSlice } from './adviceSlice';
import { createCheckInSlice, type CheckInSlice } from './checkInSlice';
import type { ClientStore } from './clientStore';
import { createPlanSlice, validateDraft, type PlanSlice } from './planSlice';
import { followLanguage } from './sampleForReader';
import type { StoreView } from './sectionView';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';
import { loadValidator } from './validator';
import { createUiSlice, type UiSlice, type Notice } from './uiSlice';

/**
 * One bound store from typed slices; middleware applied once on the combined store.
 * `temporal` (zundo) keeps the draft's history for undo/redo. Saving is the client-file
 * session's job (`clientSession/`, loaded after the first screen): it saves every change of
 * the open plan to IndexedDB in a versioned envelope.
 */
export type AppState = PlanSlice & ScenarioSlice & UiSlice & AdviceSlice & CheckInSlice;

const boundStore = create<AppState>()(
  temporal(
    (...a) => ({
      ...createPlanSlice(...a),
      ...createScenarioSlice(...a),
      ...createUiSlice(...a),
      ...createAdviceSlice(...a),
      ...createCheckInSlice(...a),
    }),
    {
      partialize: (s) => ({ draft: s.draft }),
      equality: (a, b) => a.draft === b.draft,
      limit: 100,
    },
  ),
);

/** Panels outside any section read the store itself; a section provides its view (sectionView). */
export const StoreViewContext = createContext<StoreView<AppState> | null>(null);

function useStoreInView<T>(selector: (state: AppState) => T): T {
  return useStoreOf(useContext(StoreViewContext) ?? boundStore, selector);
}

/**
 * The app's store: `useStore(selector)` in a component reads it through the section the
 * component is in (a hidden section sees it as it was: sectionView.ts); `getState`, `setState`,
 * `subscribe` and `temporal` are the store's own.
 */
export const useStore: typeof boundStore = Object.assign(
  useStoreInView,
  boundStore,
) as typeof boundStore;

// Undo and redo restore only the draft; validate it here so the charts follow.
// A change of draft alone (valid and issues untouched) comes from undo/redo.
useStore.subscribe((state, previous) => {
  if (
    state.draft !== previous.draft &&
    state.issues === previous.issues &&
    state.valid === previous.valid
  ) {
    useStore.setState(validateDraft(state.draft, state.valid));
  }
});

// A sample follows the reader's language (its names; sampleForReader.ts).
followLanguage(useStore);

const report = (notice: Notice): void => useStore.getState().addNotice(notice);

/**
 * Load the plan schema, then the client files (parse → migrate → validate → merge) and
 * validate whatever the user changed meanwhile. Called once at start-up; tests pass an
 * in-memory `ClientStore`.
 */
export async function hydrate(db?: ClientStore): Promise<void> {
  await loadValidator();
  const { startClientFiles } = await import('./clientSession/start');
  await startClientFiles(useStore, report, db);
  // Anything typed before the schema arrived, or the trusted first sample: validate it now.
  const s = useStore.getState();
  const checked = validateDraft(s.draft, s.valid);
  // The trusted sample, now checked, is the same plan: keep the objects every result is keyed on
  // (runs, advice, stress map), or every panel would work its answer out again for nothing.
  useStore.setState(sameData(checked.valid, s.valid) ? { ...checked, valid: s.valid } : checked);
}

/** Same data, whatever the order of keys (the schema writes its own order). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (k) =>
      Object.hasOwn(b, k) &&
      sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** Undo / redo of plan edits (zundo's temporal store). */
export const useHistory = () => useStore.temporal.getState();
