import { afterEach, describe, expect, it, vi } from 'vitest';
import { findPreset } from '../engine/presets';
import { exampleValid } from '../io/exampleFixtures';
import type { BookWorkerReply, BookWorkerRequest } from './book.worker';
import { recordRow } from './bookItem';

const freeze = findPreset('risk_control_freeze_30d')!;
const sample = exampleValid('online-shop');
const record = JSON.stringify({
  version: 2,
  id: 'c1',
  name: '',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  revision: 1,
  state: { draft: sample.file, validFile: sample.file, scenarioId: freeze.id, exampleId: null },
});

/** The worker module run against a stand-in `self` that records what it posts. */
async function startWorker(onPost: (reply: BookWorkerReply) => void = () => {}) {
  const replies: BookWorkerReply[] = [];
  const self = {
    postMessage: (reply: BookWorkerReply) => {
      replies.push(reply);
      onPost(reply);
    },
    onmessage: null as ((event: { data: BookWorkerRequest }) => void) | null,
  };
  vi.stubGlobal('self', self);
  vi.resetModules();
  await import('./book.worker');
  return { replies, send: (data: BookWorkerRequest) => self.onmessage!({ data }) };
}

const chunk = (run: number, chunkNo: number, first: number, records: unknown[]) =>
  ({
    type: 'chunk',
    run,
    chunk: chunkNo,
    first,
    source: { kind: 'records', records },
    scenario: freeze,
  }) satisfies BookWorkerRequest;

describe('book worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts each client’s row as it goes, at its place in the run, then the chunk done', async () => {
    const { replies, send } = await startWorker();
    send(chunk(1, 0, 0, [record, 'not json']));
    send(chunk(1, 1, 2, [record]));
    await vi.waitFor(() => expect(replies.filter((r) => 'done' in r)).toHaveLength(2));
    expect(replies).toEqual([
      { run: 1, index: 0, result: recordRow(record, freeze) },
      { run: 1, index: 1, result: { ok: false, problem: 'unreadable' } },
      { run: 1, chunk: 0, done: 2 },
      { run: 1, index: 2, result: recordRow(record, freeze) },
      { run: 1, chunk: 1, done: 1 },
    ]);
  });

  it('stops after the current row when cancelled, dropping its queued chunks, and runs the next', async () => {
    // The cancel goes in the moment the first row is out, as the table's would: waiting for that
    // row from here would let a fast machine finish more rows first.
    let cancel = () => {};
    const { replies, send } = await startWorker((reply) => {
      if (reply.run === 2 && 'index' in reply) cancel();
    });
    cancel = () => send({ type: 'cancel', run: 2 });
    send(
      chunk(
        2,
        0,
        0,
        Array.from({ length: 20 }, () => record),
      ),
    );
    send(chunk(2, 1, 20, [record]));
    send(chunk(3, 0, 0, [record]));
    await vi.waitFor(() => expect(replies.some((r) => r.run === 3 && 'done' in r)).toBe(true));
    expect(replies.filter((r) => r.run === 2)).toHaveLength(1);
    expect(replies.filter((r) => r.run === 3)).toEqual([
      { run: 3, index: 0, result: recordRow(record, freeze) },
      { run: 3, chunk: 0, done: 1 },
    ]);
  });

  it('asks for the records when the store cannot be read here', async () => {
    const { replies, send } = await startWorker();
    send({
      type: 'chunk',
      run: 4,
      chunk: 0,
      first: 0,
      source: {
        kind: 'store',
        database: 'fundgap',
        objectStore: 'client-files',
        keys: ['client.a'],
      },
      scenario: freeze,
    });
    await vi.waitFor(() => expect(replies).toEqual([{ run: 4, chunk: 0, unreadable: true }]));
  });
});
