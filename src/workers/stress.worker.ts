/// <reference lib="webworker" />
import { monteCarloJob, type MonteCarloRequest } from '../engine/monteCarloJob';
import type { MonteCarloSummary } from '../engine/monteCarloSummary';

/**
 * The Monte Carlo off the main thread: 10,000 paths take seconds. It runs one batch, reports
 * progress, then yields to the event loop so a "cancel" message is seen before the next batch.
 * Same engine and seed streams as Node: same numbers.
 */
export type StressWorkerRequest =
  ({ type: 'run'; id: number } & MonteCarloRequest) | { type: 'cancel'; id: number };
export type StressWorkerReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; summary: MonteCarloSummary }
  | { type: 'cancelled'; id: number }
  | { type: 'failed'; id: number; message: string };

const cancelled = new Set<number>();
const post = (reply: StressWorkerReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<StressWorkerRequest>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    cancelled.add(message.id);
    return;
  }
  const { id } = message;
  let job: ReturnType<typeof monteCarloJob>;
  try {
    job = monteCarloJob(message);
  } catch (e) {
    post({ type: 'failed', id, message: (e as Error).message });
    return;
  }
  post({ type: 'progress', id, done: 0, total: job.total });
  const tick = () => {
    if (cancelled.delete(id)) {
      post({ type: 'cancelled', id });
      return;
    }
    try {
      const more = job.step();
      post({ type: 'progress', id, done: job.done, total: job.total });
      if (more) setTimeout(tick, 0);
      else post({ type: 'done', id, summary: job.result() });
    } catch (e) {
      post({ type: 'failed', id, message: (e as Error).message });
    }
  };
  setTimeout(tick, 0);
};
