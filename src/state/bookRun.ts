import type { Scenario } from '../engine/model';
import type { BookWorkerReply, BookWorkerRequest } from '../workers/book.worker';
import type { RecordRow } from '../workers/bookItem';
import type { ClientMeta } from './clientIndex';
import { flush } from './clientSession/autosave';
import { recordKey, sessionReady, type Session } from './clientSession/session';

/**
 * The book stress test: every client file under one scenario, computed in a Worker one client at
 * a time. The main thread reads the stored records (IndexedDB, asynchronous) and hands their text
 * to the Worker, which validates each plan and makes its row (src/workers/bookItem.ts), so
 * nothing heavy runs where the advisor types. Rows come back one by one as they are made; a new
 * run (another scenario) cancels the one before.
 */

/** Whom to test under what: one scenario for all, or each client's own worst saved scenario. */
export type BookScenario = { kind: 'scenario'; scenario: Scenario } | { kind: 'own_worst' };

/** One client's answer: its place in the list the run was given, and its row or problem. */
export type BookRunRow = { index: number; result: RecordRow };

export type BookRunCallbacks = {
  /** Rows as they arrive (one message each; the caller batches them for the screen). */
  onRow: (row: BookRunRow) => void;
  /** The run ended: every client done, or fewer when `cancelled`. */
  onDone: (done: number) => void;
};

/** One Worker per core (at most four): on a shared two-core machine two get twice the time one does. */
const POOL_SIZE = Math.max(
  1,
  Math.min(4, ((typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2) - 1),
);
let pool: Worker[] | null | undefined;
let nextId = 1;
const listeners = new Map<number, (reply: BookWorkerReply) => void>();

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
                listeners.get(e.data.id)?.(e.data),
              );
              return w;
            });
    } catch {
      pool = null;
    }
  }
  return pool;
}

/** The stored text of each client file, in the list's order (undefined: gone since). */
async function readRecords(s: Session, clients: readonly ClientMeta[]): Promise<unknown[]> {
  // The open file's last edits belong in the table too.
  await flush(s);
  return Promise.all(clients.map((c) => s.db.get(recordKey(c.id))));
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
    const records = await readRecords(s, clients);
    if (stopped) return;
    const workers = getPool();
    if (!workers) return fallback(records, scenario, callbacks, () => stopped);
    // Client i goes to worker i mod n, each with its own run id; the run ends when all have.
    const ids = workers.map(() => nextId++);
    let running = workers.length;
    let done = 0;
    workers.forEach((w, k) => {
      const mine = records.map((_, index) => index).filter((i) => i % workers.length === k);
      listeners.set(ids[k]!, (reply) => {
        if ('done' in reply) {
          listeners.delete(ids[k]!);
          done += reply.done;
          if (--running === 0 && !stopped) callbacks.onDone(done);
        } else if ('record' in reply && !stopped) {
          callbacks.onRow({ index: mine[reply.index]!, result: reply.record });
        }
      });
      const request: BookWorkerRequest = {
        type: 'run',
        id: ids[k]!,
        items: mine.map((index) => ({ record: records[index], scenario })),
      };
      w.postMessage(request);
    });
    cancelRun = () => {
      workers.forEach((w, k) =>
        w.postMessage({ type: 'cancel', id: ids[k]! } satisfies BookWorkerRequest),
      );
    };
  })();

  return () => {
    if (stopped) return;
    stopped = true;
    cancelRun();
  };
}

async function fallback(
  records: unknown[],
  scenario: Scenario | null,
  callbacks: BookRunCallbacks,
  isStopped: () => boolean,
): Promise<void> {
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
