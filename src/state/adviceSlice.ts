import type { StateCreator } from 'zustand';
import type { Suggestion } from '../engine/advice';
import type { AppState } from './store';

export type AdviceSlice = {
  /** A suggestion being tried on a what-if copy of the plan (never the user's plan itself). */
  tryOut: Suggestion | null;
  setTryOut: (suggestion: Suggestion | null) => void;
  /**
   * Merge a suggestion into the plan (undoable like any edit). Sources and cash flows the
   * advisor adds (ids `advice-…`) get `nameOf(id)` as their name and a fresh id.
   */
  keepSuggestion: (suggestion: Suggestion, nameOf: (id: string) => string) => Promise<void>;
};

export const createAdviceSlice: StateCreator<AppState, [], [], AdviceSlice> = (set, get) => ({
  tryOut: null,
  setTryOut: (tryOut) => set({ tryOut }),
  keepSuggestion: async (suggestion, nameOf) => {
    // The advisor is not part of the first screen's bundle.
    const [{ applySuggestion }, { fileFromPlan }] = await Promise.all([
      import('../engine/advice'),
      import('../io/planConvert'),
    ]);
    const { valid, exampleId } = get();
    const changed = applySuggestion(valid.plan, suggestion);
    const suffix = Math.random().toString(36).slice(2, 8);
    const rename = <T extends { id: string; name: string }>(x: T): T =>
      x.id.startsWith('advice-') ? { ...x, id: `${x.id}-${suffix}`, name: nameOf(x.id) } : x;
    const named = {
      ...changed,
      cashAccounts: changed.cashAccounts.map(rename),
      cashFlows: changed.cashFlows.map(rename),
      fundingSources: changed.fundingSources.map(rename),
    };
    get().replacePlan(fileFromPlan(named, valid.scenarios), exampleId);
    set({ tryOut: null });
  },
});
