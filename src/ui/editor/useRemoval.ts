import { useCallback, useState } from 'react';
import type { PlanFile } from '../../io/planSchema';
import { useStore } from '../../state/store';

type Removed = { name: string; after: PlanFile; focusId?: string };

export type Removal = {
  /** The last removal, while undoing it would still bring it back (no edit since). */
  active: Removed | null;
  /** Run `remove` (a store action) and remember what went, for the undo message. */
  remove: (name: string, remove: () => void, focusId?: string) => void;
  undo: () => void;
};

/**
 * Removal with undo: the message stays while the removal is the last change, so its Undo
 * (zundo's history) restores exactly that item.
 */
export function useRemoval(): Removal {
  const [removed, setRemoved] = useState<Removed | null>(null);
  const draft = useStore((s) => s.draft);
  const active = removed !== null && removed.after === draft ? removed : null;
  const remove = useCallback((name: string, run: () => void, focusId?: string) => {
    run();
    setRemoved({ name, after: useStore.getState().draft, ...(focusId ? { focusId } : {}) });
  }, []);
  const undo = useCallback(() => {
    useStore.temporal.getState().undo();
    const focusId = removed?.focusId;
    setRemoved(null);
    if (focusId) setTimeout(() => document.getElementById(focusId)?.focus(), 0);
  }, [removed]);
  return { active, remove, undo };
}
