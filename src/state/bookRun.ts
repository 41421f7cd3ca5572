import type { Scenario } from '../engine/model';
import type { BookChunk, BookWorkerReply, BookWorkerRequest } from '../workers/book.worker';
import type { RecordRow } from '../workers/bookItem';
import type { RecordSource } from '../workers/bookRecords';
import type { ClientMeta } from './clientIndex';
import { flush } from './clientSession/autosave';
import { recordKey, sessionReady, type Session } from './clientSession/session';
import { CLIENT_DB } from './storageKeys';

/**
 * The book stress test: every client file under one scenario, computed by a pool of Workers. The
 * run is dealt out in small chunks of clients, each Worker holding two at a time and given the
 * next as one ends, so a Worker the machine starves of time does less and none waits idle at the
 * end. A Worker reads its chunk's stored records from IndexedDB itself, validates each plan and
 * makes its row (src/workers/bookItem.ts): the main thread, where the advisor types, only hands
 * out keys and puts rows on screen. Rows come back one by one as they are made; a new run
 * (another scenario) cancels the one before.
 */

/** Whom to test under what: one scenario for all, or each client's own worst saved scenario. */
export type BookScenario = { kind: 'scenario'; scenario: Scenario } | { kind: 'own_worst' };

/** One client's answer: its place in the list the run was given, and its row or problem. */
export type BookRunRow = { index: number; result: RecordRow };

export type BookRunCallbacks = {
  /** Rows as they arrive (one message each; the caller batches them for the screen). */
  onRow: (row: BookRunRow) => void;
  /** The run ended: every client done. A cancelled run never calls it. */
  onDone: (done: number) => void;
};

/**
 * One Worker per core, at most four. The main thread only renders, so on two cores both Workers
 * run; and on a machine shared with other work, two threads get twice the time one does.
 */
const POOL_SIZE = Math.max(
  1,
  Math.min(4, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2),
);
/** Clients per chunk: small enough that the last chunks share out evenly, big enough to batch. */
const CHUNK_SIZE = 4;
/** Chunks each Worker holds: the next is there when one ends, never a round trip idle. */
const IN_FLIGHT = 2;

let pool: Worker[] | null | undefined;
let nextRun = 1;
const listeners = new Map<number, (reply: BookWorkerReply, worker: Worker) => void>();

function getPool(): Worker[] | null {
  if (pool === undefined) {
    try {
      pool =
        typeof Worker === 'undefined'
          ? null
          : Array.from({ length: POOL_SIZE }, () => {
              const w = new Worker(new URL('../workers/book.worker.ts', import.meta.url), {
                type: 'module',
              });
              w.addEventListener('message', (e: MessageEvent<BookWorkerReply>) =>
                listeners.get(e.data.run)?.(e.data, w),
              );
              return w;
            });
    } catch {
      pool = null;
    }
  }
  return pool;
}

/**
 * Start a run over `clients` and return its cancel. Without Workers (jsdom) the rows are made on
 * the main thread, one per macrotask, through the same function.
 * @example const cancel = runBook(clients, { kind: 'own_worst' }, { onRow, onDone }); … cancel();
 */
export function runBook(
  clients: readonly ClientMeta[],
  choice: BookScenario,
  callbacks: BookRunCallbacks,
  session?: Session,
): () => void {
  let stopped = false;
  let cancelRun = () => {};
  const scenario = choice.kind === 'scenario' ? choice.scenario : null;

  void (async () => {
    const s = session ?? (await sessionReady);
    // The open file's last edits belong in the table too.
    await flush(s);
    if (stopped) return;
    const workers = getPool();
    if (!workers) return fallback(s, clients, scenario, callbacks, () => stopped);
    const run = nextRun++;
    const keys = clients.map((c) => recordKey(c.id));
    let readHere = typeof indexedDB === 'undefined';
    let next = 0;
    let chunkNo = 0;
    let inFlight = 0;
    let done = 0;
    const chunks = new Map<number, { first: number; count: number }>();

    const send = async (w: Worker, chunk: number) => {
      const { first, count } = chunks.get(chunk)!;
      const wanted = keys.slice(first, first + count);
      const source: RecordSource = readHere
        ? { kind: 'records', records: await Promise.all(wanted.map((k) => s.db.get(k))) }
        : {
            kind: 'store',
            database: CLIENT_DB.database,
            objectStore: CLIENT_DB.objectStore,
            keys: wanted,
          };
      if (stopped) return;
      w.postMessage({
        type: 'chunk',
        run,
        chunk,
        first,
        source,
        scenario,
      } satisfies BookChunk);
    };
    const deal = (w: Worker) => {
      if (next >= keys.length) return;
      const count = Math.min(CHUNK_SIZE, keys.length - next);
      chunks.set(chunkNo, { first: next, count });
      next += count;
      inFlight++;
      void send(w, chunkNo++);
    };

    listeners.set(run, (reply, w) => {
      if (stopped) return;
      if ('result' in reply) {
        done++;
        callbacks.onRow({ index: reply.index, result: reply.result });
      } else if ('unreadable' in reply) {
        // This browser will not let a Worker read the store: read here from now on.
        readHere = true;
        void send(w, reply.chunk);
      } else {
        chunks.delete(reply.chunk);
        inFlight--;
        deal(w);
        if (inFlight === 0) {
          listeners.delete(run);
          callbacks.onDone(done);
        }
      }
    });
    for (let i = 0; i < IN_FLIGHT; i++) workers.forEach(deal);
    if (inFlight === 0) {
      listeners.delete(run);
      callbacks.onDone(0);
    }
    cancelRun = () => {
      listeners.delete(run);
      workers.forEach((w) => w.postMessage({ type: 'cancel', run } satisfies BookWorkerRequest));
    };
  })();

  return () => {
    if (stopped) return;
    stopped = true;
    cancelRun();
  };
}

async function fallback(
  s: Session,
  clients: readonly ClientMeta[],
  scenario: Scenario | null,
  callbacks: BookRunCallbacks,
  isStopped: () => boolean,
): Promise<void> {
  const records = await Promise.all(clients.map((c) => s.db.get(recordKey(c.id))));
  const { recordRow } = await import('../workers/bookItem');
  let done = 0;
  for (const [index, record] of records.entries()) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (isStopped()) return;
    callbacks.onRow({ index, result: recordRow(record, scenario) });
    done++;
  }
  callbacks.onDone(done);
}
