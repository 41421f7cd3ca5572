/// <reference lib="webworker" />
import { sliceWorker, type SliceReply, type SliceRequest } from './monteCarloSlice';

/**
 * One of the Monte Carlo's Workers (the page starts one per core): runs a slice of the paths and
 * one day range of the bands, as `monteCarloSlice.ts` describes. Same engine and seed streams as
 * Node: same numbers.
 */

// Between batches the Worker yields through a message to itself, not setTimeout: nested timers
// are clamped to 4 ms, which over 20 batches is a visible share of a half-second run.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

const handle = sliceWorker({
  post: (reply: SliceReply, transfer: Transferable[] = []) => self.postMessage(reply, transfer),
  schedule: (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  },
  now: () => performance.now(),
});

self.onmessage = (event: MessageEvent<SliceRequest>) => handle(event.data);
