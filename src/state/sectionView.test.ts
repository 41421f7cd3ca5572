import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createSectionView, type Scheduler } from './sectionView';

type S = { amount: number };

/** A scheduler the test runs by hand: `pending()` says whether a catch-up waits. */
function manualScheduler() {
  let queued: (() => void) | null = null;
  const later: Scheduler = (fn) => {
    queued = fn;
    return () => {
      if (queued === fn) queued = null;
    };
  };
  return {
    later,
    pending: () => queued !== null,
    run: () => {
      const fn = queued;
      queued = null;
      fn?.();
    },
  };
}

function setup(hidden: boolean) {
  const store = createStore<S>()(() => ({ amount: 1 }));
  const clock = manualScheduler();
  const view = createSectionView(store, hidden, clock.later);
  const seen: number[] = [];
  const stop = view.subscribe(() => seen.push(view.getState().amount));
  return { store, clock, view, seen, stop };
}

describe('a section view of the store', () => {
  it('on screen, passes every change through at once', () => {
    const { store, view, seen } = setup(false);
    store.setState({ amount: 2 });
    store.setState({ amount: 3 });
    expect(seen).toEqual([2, 3]);
    expect(view.getState().amount).toBe(3);
  });

  it('off screen, keeps the state it had and tells nobody until the reader pauses', () => {
    const { store, clock, view, seen } = setup(true);
    store.setState({ amount: 2 });
    store.setState({ amount: 3 });
    expect(seen).toEqual([]);
    expect(view.getState().amount).toBe(1);
    expect(clock.pending()).toBe(true);
    clock.run();
    expect(seen).toEqual([3]);
    expect(view.getState().amount).toBe(3);
  });

  it('catches up at once when shown, and freezes again when hidden', () => {
    const { store, clock, view, seen } = setup(true);
    store.setState({ amount: 5 });
    view.setHidden(false);
    expect(seen).toEqual([5]);
    expect(clock.pending()).toBe(false);
    view.setHidden(true);
    store.setState({ amount: 6 });
    expect(view.getState().amount).toBe(5);
    expect(seen).toEqual([5]);
  });

  it('shown with nothing changed meanwhile, tells nobody', () => {
    const { view, seen } = setup(true);
    view.setHidden(false);
    expect(seen).toEqual([]);
  });

  it('with nobody reading, a hidden view reads the store itself (a panel mounting sees now)', () => {
    const { store, view, stop } = setup(true);
    stop();
    store.setState({ amount: 9 });
    expect(view.getState().amount).toBe(9);
  });

  it('a catch-up planned before the section was shown does nothing afterwards', () => {
    const { store, clock, view, seen } = setup(true);
    store.setState({ amount: 2 });
    view.setHidden(false);
    clock.run();
    store.setState({ amount: 3 });
    expect(seen).toEqual([2, 3]);
  });
});
