/// <reference lib="webworker" />
import type { Scenario } from '../engine/model';
import { recordRow, type RecordRow } from './bookItem';
import { readRecords, type RecordSource } from './bookRecords';

/**
 * The book table's rows off the main thread. The main thread deals a run out to a pool of these
 * in small chunks of clients (src/state/bookRun.ts); each Worker reads a chunk's stored records
 * itself and posts each client's row as soon as it is made, so the table fills progressively and
 * typing never waits. Between two rows it yields to its event loop (a message, not a timer: a
 * timer chained 200 times is clamped to 4 ms each), so a `cancel` sent meanwhile stops the run
 * after the current row and drops its chunks still queued here.
 */

/** Clients `first`, `first + 1`, … of run `run`, each under `scenario` (null: its own worst). */
export type BookChunk = {
  type: 'chunk';
  run: number;
  chunk: number;
  first: number;
  source: RecordSource;
  scenario: Scenario | null;
};

export type BookWorkerRequest = BookChunk | { type: 'cancel'; run: number };

export type BookWorkerReply =
  /** Client `index`'s row (its place in the list the run was given). */
  | { run: number; index: number; result: RecordRow }
  /** Every client of the chunk has its row. */
  | { run: number; chunk: number; done: number }
  /** The store cannot be read here: send this chunk's records instead. */
  | { run: number; chunk: number; unreadable: true };

const queue: BookChunk[] = [];
const cancelled = new Set<number>();
let pumping = false;

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
/** Let queued messages (a cancel) in before the next row. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

const post = (reply: BookWorkerReply) => self.postMessage(reply);

async function work(chunk: BookChunk): Promise<void> {
  const records = await readRecords(chunk.source);
  if (cancelled.has(chunk.run)) return;
  if (!records) return post({ run: chunk.run, chunk: chunk.chunk, unreadable: true });
  for (const [i, record] of records.entries()) {
    if (i > 0) await nextTask();
    if (cancelled.has(chunk.run)) return;
    post({ run: chunk.run, index: chunk.first + i, result: recordRow(record, chunk.scenario) });
  }
  post({ run: chunk.run, chunk: chunk.chunk, done: records.length });
}

async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  for (let chunk = queue.shift(); chunk; chunk = queue.shift()) await work(chunk);
  pumping = false;
}

self.onmessage = (event: MessageEvent<BookWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled.add(request.run);
    for (let i = queue.length - 1; i >= 0; i--)
      if (queue[i]!.run === request.run) queue.splice(i, 1);
    return;
  }
  queue.push(request);
  void pump();
};
