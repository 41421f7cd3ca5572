/// <reference lib="webworker" />
import { bookRow, worstOwnScenario, type BookRow } from '../engine/book';
import type { Plan, Scenario } from '../engine/model';
import { recordRow, type RecordRow } from './bookItem';

/**
 * The book table's rows off the main thread: one message per client as soon as its row is made,
 * so the table fills progressively and typing never waits. Between two clients the worker yields
 * to its event loop, so a `cancel` sent meanwhile stops it after the current row.
 */

/**
 * A client under a given scenario, or under its own worst saved scenario; or a stored client
 * record as IndexedDB holds it (read and validated here), under `scenario` or, when null, its
 * own worst.
 */
export type BookWorkItem =
  | { plan: Plan; scenario: Scenario }
  | { plan: Plan; ownScenarios: Scenario[] }
  | { record: unknown; scenario: Scenario | null };

export type BookWorkerRequest =
  { type: 'run'; id: number; items: BookWorkItem[] } | { type: 'cancel'; id: number };

export type BookWorkerReply =
  /** `row` null: the client has no saved scenario to take its worst from. */
  | { id: number; index: number; row: BookRow | null }
  /** The row of a stored record (`record` items). */
  | { id: number; index: number; record: RecordRow }
  | { id: number; done: number; cancelled: boolean };

const cancelled = new Set<number>();
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function reply(id: number, index: number, item: BookWorkItem): BookWorkerReply {
  if ('record' in item) return { id, index, record: recordRow(item.record, item.scenario) };
  const scenario =
    'scenario' in item ? item.scenario : worstOwnScenario(item.plan, item.ownScenarios);
  return { id, index, row: scenario ? bookRow(item.plan, scenario) : null };
}

async function run(id: number, items: BookWorkItem[]): Promise<void> {
  let done = 0;
  for (const [index, item] of items.entries()) {
    if (cancelled.has(id)) break;
    self.postMessage(reply(id, index, item) satisfies BookWorkerReply);
    done++;
    await nextTask();
  }
  self.postMessage({ id, done, cancelled: cancelled.delete(id) } satisfies BookWorkerReply);
}

self.onmessage = (event: MessageEvent<BookWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') cancelled.add(request.id);
  else void run(request.id, request.items);
};
