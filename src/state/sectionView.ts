import type { StoreApi } from 'zustand';
import { whenIdle } from './whenIdle';

/** What a component reads the store through: the store itself, or a section's view of it. */
export type StoreView<S> = Pick<StoreApi<S>, 'getState' | 'getInitialState' | 'subscribe'>;

/** A section's view of the store, told whether its section is on screen. */
export type SectionView<S> = StoreView<S> & { setHidden(hidden: boolean): void };

/** Runs `catchUp` later; returns a cancel function. */
export type Scheduler = (catchUp: () => void) => () => void;

/**
 * The store as one section sees it. On screen, it is the store. Off screen, its panels see the
 * state as it was when the section was hidden, so an edit renders only what the reader looks at
 * (every keystroke used to re-render the stress map, the comparison chart and the advice cards of
 * hidden sections, synchronously). A hidden section catches up when the reader pauses (`later`)
 * and at once when it is shown again, so it opens with its numbers ready. All panels of a section
 * read one snapshot, never a mix of old and new state.
 */
export function createSectionView<S>(
  store: StoreView<S>,
  hidden: boolean,
  later: Scheduler = afterAPause,
): SectionView<S> {
  const listeners = new Set<(state: S, previous: S) => void>();
  /** The state a hidden section's panels see; null while on screen or with nobody reading. */
  let frozen: S | null = null;
  let isHidden = hidden;
  let cancelCatchUp: (() => void) | null = null;
  let unsubscribe: (() => void) | null = null;

  const notify = (previous: S) => listeners.forEach((l) => l(store.getState(), previous));
  const stopCatchUp = () => {
    cancelCatchUp?.();
    cancelCatchUp = null;
  };
  const catchUp = () => {
    cancelCatchUp = null;
    const seen = frozen;
    if (seen === null || seen === store.getState()) return;
    frozen = store.getState();
    notify(seen);
  };
  const onStoreChange = (_state: S, previous: S) => {
    if (frozen === null) return notify(previous);
    stopCatchUp();
    cancelCatchUp = later(catchUp);
  };

  return {
    getState: () => frozen ?? store.getState(),
    getInitialState: store.getInitialState,
    subscribe(listener) {
      // A hidden section holds the state its first reader saw (it has not changed since: the
      // reader subscribes right after rendering, and React re-renders it if it had).
      if (listeners.size === 0) {
        unsubscribe = store.subscribe(onStoreChange);
        if (isHidden) frozen = store.getState();
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        unsubscribe?.();
        unsubscribe = null;
        frozen = null;
        stopCatchUp();
      };
    },
    setHidden(next) {
      if (next === isHidden) return;
      isHidden = next;
      if (next) {
        if (listeners.size > 0) frozen = store.getState();
        return;
      }
      stopCatchUp();
      const seen = frozen;
      frozen = null;
      if (seen !== null && seen !== store.getState()) notify(seen);
    },
  };
}

/**
 * When the reader pauses (no change for this long: longer than the gap between keystrokes) and
 * the browser is idle; soon enough that a section opened a moment later is already up to date.
 */
const PAUSE_MS = 400;

function afterAPause(fn: () => void): () => void {
  let cancelIdle = () => {};
  const timer = setTimeout(() => {
    cancelIdle = whenIdle(fn, { fallbackMs: 0 });
  }, PAUSE_MS);
  return () => {
    clearTimeout(timer);
    cancelIdle();
  };
}
