import { useEffect, useState } from 'react';
import { runBook, type BookScenario } from '../../state/bookRun';
import type { ClientMeta } from '../../state/clientIndex';
import type { RecordRow } from '../../workers/bookItem';

/** The table's rows for one run: `results[i]` is client i's, null until the Worker sends it. */
export type BookRunView = {
  /** Which run these results belong to (the clients and the scenario it was started for). */
  key: string;
  results: (RecordRow | null)[];
  done: number;
  finished: boolean;
};

/** What makes a run stale: another scenario, a client added, removed or saved. */
export function runKey(clients: readonly ClientMeta[], choice: string): string {
  return `${choice}|${clients.map((c) => `${c.id}@${c.updatedAt}`).join(',')}`;
}

/** Rows arriving faster than this are shown together. */
const SHOW_EVERY_MS = 250;

// The last finished run survives leaving the section: coming back shows it at once.
let lastRun: BookRunView | null = null;

/**
 * Run the book while `active` (the clients section is on screen), restarting — and cancelling
 * the run before — whenever the clients or the scenario change. Rows arrive one message each;
 * they are put on screen together at most every SHOW_EVERY_MS, so a book of 200 clients is a
 * few dozen small renders, not 200, and typing elsewhere never waits behind them.
 */
export function useBookRun(
  clients: readonly ClientMeta[],
  choiceKey: string,
  choice: BookScenario | null,
  active: boolean,
): BookRunView {
  const key = runKey(clients, choiceKey);
  const [view, setView] = useState<BookRunView>(() =>
    lastRun?.key === key ? lastRun : { key, results: [], done: 0, finished: false },
  );

  useEffect(() => {
    if (!active || !choice) return;
    if (lastRun?.key === key) {
      setView(lastRun);
      return;
    }
    const results: (RecordRow | null)[] = clients.map(() => null);
    let done = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let frame = 0;
    let shownAt = Number.NEGATIVE_INFINITY;
    const cancelPending = () => {
      if (timer !== null) clearTimeout(timer);
      if (frame !== 0) cancelAnimationFrame(frame);
      timer = null;
      frame = 0;
    };
    const show = (finished: boolean) => {
      cancelPending();
      shownAt = performance.now();
      const next = { key, results: [...results], done, finished };
      if (finished) lastRun = next;
      setView(next);
    };
    // The first row at once, then at most every SHOW_EVERY_MS: each update repaints the table,
    // and on a busy phone a repaint every frame would take most of the main thread.
    const schedule = () => {
      if (timer !== null || frame !== 0) return;
      const wait = Math.max(0, shownAt + SHOW_EVERY_MS - performance.now());
      timer = setTimeout(() => {
        timer = null;
        frame = requestAnimationFrame(() => show(false));
      }, wait);
    };
    setView({ key, results: [...results], done: 0, finished: clients.length === 0 });
    if (clients.length === 0) return;
    const cancel = runBook(clients, choice, {
      onRow: ({ index, result }) => {
        results[index] = result;
        done++;
        schedule();
      },
      onDone: () => show(true),
    });
    return () => {
      cancel();
      cancelPending();
    };
  }, [key, active]);

  return view.key === key ? view : { key, results: [], done: 0, finished: false };
}
