import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Plan, Scenario } from '../../engine/model';
import type { MonteCarloAssumptions } from '../../engine/monteCarloAssumptions';
import { monteCarloJob, type MonteCarloRequest } from '../../engine/monteCarloJob';
import type { MonteCarloSummary } from '../../engine/monteCarloSummary';
import type { StressWorkerReply, StressWorkerRequest } from '../../workers/stress.worker';

/** Paths per batch: ~0.1 s of work, so progress moves smoothly and cancel answers at once. */
export const BATCH_PATHS = 250;

export type MonteCarloInput = {
  plan: Plan;
  scenario: Scenario;
  assumptions: MonteCarloAssumptions;
  paths: number;
  seed: number;
};

export type MonteCarloState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; input: MonteCarloInput }
  | { status: 'done'; summary: MonteCarloSummary; input: MonteCarloInput }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** A run in a Worker, or here batch by batch between macrotasks where there are no workers (jsdom). */
type Runner = { cancel: () => void };

function inWorker(
  request: MonteCarloRequest,
  onReply: (r: StressWorkerReply) => void,
): Runner | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('../../workers/stress.worker.ts', import.meta.url), {
      type: 'module',
    });
  } catch {
    return null;
  }
  const id = 1;
  worker.addEventListener('message', (event: MessageEvent<StressWorkerReply>) => {
    onReply(event.data);
    if (event.data.type !== 'progress') worker.terminate();
  });
  worker.postMessage({ type: 'run', id, ...request } satisfies StressWorkerRequest);
  return {
    cancel: () => {
      // Ask politely (answered between batches), then end the worker so no batch keeps running.
      worker.postMessage({ type: 'cancel', id } satisfies StressWorkerRequest);
      worker.terminate();
      onReply({ type: 'cancelled', id });
    },
  };
}

function onThisThread(request: MonteCarloRequest, onReply: (r: StressWorkerReply) => void): Runner {
  const job = monteCarloJob(request);
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    if (stopped) return;
    const more = job.step();
    onReply({ type: 'progress', id: 0, done: job.done, total: job.total });
    if (more) timer = setTimeout(tick, 0);
    else onReply({ type: 'done', id: 0, summary: job.result() });
  };
  timer = setTimeout(tick, 0);
  return {
    cancel: () => {
      stopped = true;
      clearTimeout(timer);
      onReply({ type: 'cancelled', id: 0 });
    },
  };
}

/**
 * Run the Monte Carlo off the main thread with progress and cancel.
 * @example const { state, run, cancel } = useMonteCarlo(); run({ plan, scenario, assumptions, paths: 10_000, seed: 42 })
 */
export type MonteCarloResult = { summary: MonteCarloSummary; input: MonteCarloInput };

export function useMonteCarlo(): {
  state: MonteCarloState;
  /** The last completed run: stays on screen while a new one runs or after a cancel. */
  last: MonteCarloResult | null;
  run: (input: MonteCarloInput) => void;
  cancel: () => void;
} {
  const [state, setState] = useState<MonteCarloState>({ status: 'idle' });
  const [last, setLast] = useState<MonteCarloResult | null>(null);
  const runner = useRef<Runner | null>(null);

  const cancel = useCallback(() => {
    runner.current?.cancel();
    runner.current = null;
  }, []);

  const run = useCallback(
    (input: MonteCarloInput) => {
      cancel();
      const request: MonteCarloRequest = { ...input, batch: BATCH_PATHS };
      let current: Runner | null = null;
      const onReply = (reply: StressWorkerReply) => {
        if (runner.current !== current && current !== null) return; // a newer run replaced this one
        switch (reply.type) {
          case 'progress':
            setState({ status: 'running', done: reply.done, total: reply.total, input });
            break;
          case 'done':
            runner.current = null;
            // A transition: React renders the charts in slices that yield to input, so showing
            // 10,000 paths' results never blocks the page for one long task.
            startTransition(() => {
              setState({ status: 'done', summary: reply.summary, input });
              setLast({ summary: reply.summary, input });
            });
            break;
          case 'cancelled':
            setState({ status: 'cancelled' });
            break;
          case 'failed':
            runner.current = null;
            setState({ status: 'failed', message: reply.message });
            break;
        }
      };
      setState({ status: 'running', done: 0, total: input.paths, input });
      current = inWorker(request, onReply) ?? onThisThread(request, onReply);
      runner.current = current;
    },
    [cancel],
  );

  useEffect(() => cancel, [cancel]);
  return { state, last, run, cancel };
}
