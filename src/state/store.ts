import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { temporal } from 'zundo';
import { createAdviceSlice, type AdviceSlice } from './adviceSlice';
import { mergeSaved, guardedStorage, SAVED_VERSION, savedState, type SavedState } from './persistence';
import { createPlanSlice, validateDraft, type PlanSlice } from './planSlice';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';
import { STORAGE_KEYS } from './storageKeys';
import { loadValidator } from './validator';
import { createUiSlice, type UiSlice, type Notice } from './uiSlice';

/**
 * One bound store from typed slices; middleware applied once on the combined store.
 * `persist` saves to localStorage in a versioned envelope; `temporal` (zundo) keeps the
 * draft's history for undo/redo.
 */
export type AppState = PlanSlice & ScenarioSlice & UiSlice & AdviceSlice;

// Hydration runs inside `create`, before `useStore` exists: notices raised then wait here.
const pendingNotices: Notice[] = [];
let ready = false;
const report = (notice: Notice): void => {
  if (ready) useStore.getState().addNotice(notice);
  else pendingNotices.push(notice);
};

export const useStore = create<AppState>()(
  persist(
    temporal(
      (...a) => ({
        ...createPlanSlice(...a),
        ...createScenarioSlice(...a),
        ...createUiSlice(...a),
        ...createAdviceSlice(...a),
      }),
      {
        partialize: (s) => ({ draft: s.draft }),
        equality: (a, b) => a.draft === b.draft,
        limit: 100,
      },
    ),
    {
      name: STORAGE_KEYS.state,
      version: SAVED_VERSION,
      storage: guardedStorage(report),
      partialize: savedState,
      merge: (saved, current) => mergeSaved(saved as SavedState, current, report),
      // Saved data is validated before use, and the validator loads after the first screen.
      skipHydration: true,
    },
  ),
);
ready = true;
for (const n of pendingNotices.splice(0)) useStore.getState().addNotice(n);

// Undo and redo restore only the draft; validate it here so the charts follow.
// A change of draft alone (valid and issues untouched) comes from undo/redo.
useStore.subscribe((state, previous) => {
  if (state.draft !== previous.draft && state.issues === previous.issues && state.valid === previous.valid) {
    useStore.setState(validateDraft(state.draft, state.valid));
  }
});

/**
 * Load the plan schema, then read saved data (parse → migrate → validate → merge) and
 * validate whatever the user changed meanwhile. Called once at start-up.
 */
export async function hydrate(): Promise<void> {
  await loadValidator();
  await useStore.persist.rehydrate();
  // Anything typed before the schema arrived, or the trusted first sample: validate it now.
  const s = useStore.getState();
  useStore.setState(validateDraft(s.draft, s.valid));
}

/** Undo / redo of plan edits (zundo's temporal store). */
export const useHistory = () => useStore.temporal.getState();
