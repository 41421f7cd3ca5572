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

let worker: Worker | null | undefined;
let nextId = 1;
const listeners = new Map<number, (reply: BookWorkerReply) => void>();

function getWorker(): Worker | null {
  if (worker === undefined) {
    try {
      worker =
        typeof Worker === 'undefined'
          ? null
          : new Worker(new URL('../workers/book.worker.ts', import.meta.url), { type: 'module' });
      worker?.addEventListener('message', (e: MessageEvent<BookWorkerReply>) =>
        listeners.get(e.data.id)?.(e.data),
      );
    } catch {
      worker = null;
    }
  }
  return worker;
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
  const id = nextId++;
  let stopped = false;
  let posted = false;
  const scenario = choice.kind === 'scenario' ? choice.scenario : null;

  void (async () => {
    const s = session ?? (await sessionReady);
    const records = await readRecords(s, clients);
    if (stopped) return;
    const w = getWorker();
    if (!w) return fallback(records, scenario, callbacks, () => stopped);
    listeners.set(id, (reply) => {
      if ('done' in reply) {
        listeners.delete(id);
        if (!stopped) callbacks.onDone(reply.done);
      } else if ('record' in reply && !stopped) {
        callbacks.onRow({ index: reply.index, result: reply.record });
      }
    });
    const request: BookWorkerRequest = {
      type: 'run',
      id,
      items: records.map((record) => ({ record, scenario })),
    };
    w.postMessage(request);
    posted = true;
  })();

  return () => {
    if (stopped) return;
    stopped = true;
    if (posted) getWorker()?.postMessage({ type: 'cancel', id } satisfies BookWorkerRequest);
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
