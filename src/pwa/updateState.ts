import { create } from 'zustand';

/**
 * A new version of FundGap is installed and waiting. It is applied only when the user accepts
 * (`apply`) or on the next visit (every FundGap tab closed): never while someone is typing.
 */
export type UpdateState = {
  ready: boolean;
  /** Put the waiting version in charge and reload this page (set once the worker registers). */
  apply: (() => Promise<void>) | null;
};

export const useUpdate = create<UpdateState>(() => ({ ready: false, apply: null }));
