import type { StateCreator } from 'zustand';
import type { PlanChange, PlanSkip } from '../io/checkInPlan';
import type { StoredCheckIn } from '../io/checkInSchema';
import { validateDraft } from './planSlice';
import type { AppState } from './store';

/**
 * The open client's check-ins (what the advisor observed, dated). They belong to the client file
 * (`state.checkIns` of its record) and are saved with it; they are not part of the plan's undo
 * history — a deleted check-in comes back with its own Undo.
 */
export type CheckInSlice = {
  checkIns: StoredCheckIn[];
  /** The last deleted check-in and where it was, until the next delete. */
  checkInDeleted: { checkIn: StoredCheckIn; at: number } | null;
  /** Add a check-in, or replace the one with the same id. */
  saveCheckIn: (checkIn: StoredCheckIn) => void;
  deleteCheckIn: (id: string) => void;
  restoreCheckIn: () => void;
  /**
   * Put the check-in's cash balances, limits and rates into the plan: one edit of the draft, so
   * one Undo takes it back. Null when there is no such check-in.
   */
  updatePlanFromCheckIn: (
    id: string,
  ) => Promise<{ changed: PlanChange[]; skipped: PlanSkip[] } | null>;
};

export const createCheckInSlice: StateCreator<AppState, [], [], CheckInSlice> = (set, get) => ({
  checkIns: [],
  checkInDeleted: null,
  saveCheckIn: (checkIn) => {
    const list = get().checkIns;
    const i = list.findIndex((c) => c.id === checkIn.id);
    set({ checkIns: i < 0 ? [...list, checkIn] : list.map((c, j) => (j === i ? checkIn : c)) });
  },
  deleteCheckIn: (id) => {
    const list = get().checkIns;
    const at = list.findIndex((c) => c.id === id);
    if (at < 0) return;
    set({ checkIns: list.filter((c) => c.id !== id), checkInDeleted: { checkIn: list[at]!, at } });
  },
  restoreCheckIn: () => {
    const deleted = get().checkInDeleted;
    if (!deleted) return;
    const list = get().checkIns.slice();
    list.splice(Math.min(deleted.at, list.length), 0, deleted.checkIn);
    set({ checkIns: list, checkInDeleted: null });
  },
  updatePlanFromCheckIn: async (id) => {
    const checkIn = get().checkIns.find((c) => c.id === id);
    if (!checkIn) return null;
    const { applyCheckInToPlan } = await import('../io/checkInPlan');
    const { file, changed, skipped } = applyCheckInToPlan(get().draft, checkIn);
    if (changed.length > 0) set({ draft: file, ...validateDraft(file, get().valid) });
    return { changed, skipped };
  },
});
