import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Plan, Scenario } from '../../engine/model';
import type { MonteCarloAssumptions } from '../../engine/monteCarloAssumptions';
import type { MonteCarloSummary } from '../../engine/monteCarloSummary';
import { sliceWorker, type SliceReply } from '../../workers/monteCarloSlice';
import { slicePool, workerCount, type SlicePool, type SpawnSlice } from './monteCarloPool';

/** Progress reports per Worker slice: enough to move the bar smoothly, few enough to cost nothing. */
const REPORTS_PER_SLICE = 10;
/**
 * A Worker sends a partial summary at most this often: the provisional bands redraw at this pace,
 * and each redraw is main-thread time taken from the run on a machine with few cores.
 */
export const PARTIAL_EVERY_MS = 300;
/** The Workers start this long after the panel shows: after its own first paint, not competing with it. */
const WARM_AFTER_MS = 500;
/** Paths each Worker runs to warm up: enough for the engine's hot loops to be compiled. */
const WARM_PATHS = 300;
/** The page redraws progress at most this often: each redraw takes main-thread time the run could use. */
const REDRAW_EVERY_MS = 100;

export type MonteCarloInput = {
  plan: Plan;
  scenario: Scenario;
  assumptions: MonteCarloAssumptions;
  paths: number;
  seed: number;
};

export type MonteCarloState =
  | {
      status: 'running';
      done: number;
      total: number;
      input: MonteCarloInput;
      /** Bands merged from the Workers' partial summaries so far; replaced by the result. */
      provisional: MonteCarloSummary | null;
    }
  | { status: 'idle' }
  | { status: 'done'; summary: MonteCarloSummary; input: MonteCarloInput }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

type Running = Extract<MonteCarloState, { status: 'running' }>;

export type MonteCarloResult = { summary: MonteCarloSummary; input: MonteCarloInput };

/** A real module Worker; where one cannot start, a stand-in on this thread. */
const inWorker: SpawnSlice = (onReply, onError) => {
  let worker: Worker;
  try {
    worker = new Worker(new URL('../../workers/stress.worker.ts', import.meta.url), {
      type: 'module',
    });
  } catch {
    return onThisThread(onReply, onError);
  }
  worker.onmessage = (event: MessageEvent<SliceReply>) => onReply(event.data);
  worker.onerror = (event) => onError(event.message || 'The simulation Worker failed to start.');
  return {
    send: (message, transfer = []) => worker.postMessage(message, transfer),
    terminate: () => worker.terminate(),
  };
};

/** The same protocol between macrotasks on this thread (jsdom, or no Worker): slow but responsive. */
const onThisThread: SpawnSlice = (onReply) => {
  let alive = true;
  const later = (fn: () => void) => setTimeout(() => alive && fn(), 0);
  const handle = sliceWorker({
    post: (reply) => later(() => onReply(reply)),
    schedule: later,
    now: () => performance.now(),
  });
  return {
    send: (message) => later(() => handle(message)),
    terminate: () => {
      alive = false;
    },
  };
};

function newPool(): SlicePool {
  if (typeof Worker === 'undefined') return slicePool(onThisThread, 1);
  const cores = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency;
  return slicePool(inWorker, workerCount(cores, Infinity, Infinity));
}

/**
 * Run the Monte Carlo on every core, off the main thread, with progress, provisional bands and
 * cancel. The Workers stay for the next run (warm) until a cancel or the panel goes away.
 * @example const { state, run, cancel } = useMonteCarlo(); run({ plan, scenario, assumptions, paths: 10_000, seed: 42 })
 */
export function useMonteCarlo(warmWith?: Omit<MonteCarloInput, 'paths' | 'seed'>): {
  state: MonteCarloState;
  /** The last completed run: stays on screen while a new one runs or after a cancel. */
  last: MonteCarloResult | null;
  run: (input: MonteCarloInput) => void;
  cancel: () => void;
} {
  const [state, setState] = useState<MonteCarloState>({ status: 'idle' });
  const [last, setLast] = useState<MonteCarloResult | null>(null);
  const pool = useRef<SlicePool | null>(null);
  /** The run whose replies count (null: none going); earlier runs' late replies are ignored. */
  const active = useRef<number | null>(null);
  const runs = useRef(0);
  const redraw = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stop = useCallback(() => {
    active.current = null;
    clearTimeout(redraw.current);
    redraw.current = undefined;
    pool.current?.end();
    pool.current = null;
  }, []);

  const cancel = useCallback(() => {
    if (active.current === null) return;
    stop();
    setState({ status: 'cancelled' });
  }, [stop]);

  const run = useCallback(
    (input: MonteCarloInput) => {
      if (active.current !== null) stop(); // end a run still going rather than queue behind it
      const id = ++runs.current;
      active.current = id;
      const mine = () => active.current === id;
      let done = 0;
      let total = input.paths;
      let merge: (() => MonteCarloSummary | null) | null = null;
      setState({ status: 'running', done, total, input, provisional: null });
      /** Apply `change` to this run's state only (a newer run or a cancel may have replaced it). */
      const update = (change: (s: Running) => Running) =>
        setState((prev) =>
          prev.status === 'running' && prev.input === input ? change(prev) : prev,
        );
      const show = () => {
        redraw.current = undefined;
        if (!mine()) return;
        update((s) => ({ ...s, done, total }));
        const bands = merge?.();
        merge = null;
        // New provisional bands redraw the fan chart: a transition, so typing never waits on it.
        // Its own update, so a progress count drawn meanwhile never carries them in early.
        if (bands) startTransition(() => update((s) => ({ ...s, provisional: bands })));
      };
      pool.current ??= newPool();
      pool.current.run(
        input,
        { reportsPerSlice: REPORTS_PER_SLICE, partialEveryMs: PARTIAL_EVERY_MS },
        {
          progress: (doneNow, totalNow, provisional) => {
            if (!mine()) return;
            done = doneNow;
            total = totalNow;
            if (provisional) merge = provisional;
            redraw.current ??= setTimeout(show, REDRAW_EVERY_MS);
          },
          done: (summary) => {
            if (!mine()) return;
            active.current = null;
            clearTimeout(redraw.current);
            redraw.current = undefined;
            // A transition: React renders the charts in slices that yield to input, so showing
            // 10,000 paths' results never blocks the page for one long task.
            startTransition(() => {
              setState({ status: 'done', summary, input });
              setLast({ summary, input });
            });
          },
          failed: (message) => {
            if (!mine()) return;
            stop();
            setState({ status: 'failed', message });
          },
        },
      );
    },
    [stop],
  );

  const warmInput = useRef(warmWith);
  warmInput.current = warmWith;
  // Start the Workers once the panel is up, and run a few paths in each, so the first run finds
  // them loaded and compiled (on this thread, without Workers, there is nothing to gain).
  useEffect(() => {
    const early = setTimeout(() => {
      if (active.current !== null) return;
      pool.current ??= newPool();
      const input = warmInput.current;
      pool.current.warm(
        input && typeof Worker !== 'undefined'
          ? { ...input, paths: WARM_PATHS, seed: 0 }
          : undefined,
      );
    }, WARM_AFTER_MS);
    return () => {
      clearTimeout(early);
      stop();
    };
  }, [stop]);
  return { state, last, run, cancel };
}
