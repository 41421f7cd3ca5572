import { afterEach, describe, expect, it, vi } from 'vitest';
import { bookRow } from '../engine/book';
import { credit, outflow, planWith, account, yuan } from '../engine/testPlans';
import type { Scenario } from '../engine/model';
import type { BookWorkerReply, BookWorkerRequest } from './book.worker';

const plan = planWith({
  cashAccounts: [account('bank', yuan(1000))],
  cashFlows: [outflow('costs', yuan(100))],
  fundingSources: [credit('jiebei', 'jiebei', yuan(5000))],
});
const out: Scenario = {
  id: 'out',
  name: 'Jiebei out',
  shocks: [
    {
      type: 'outage',
      target: { type: 'kinds', kinds: ['jiebei'] },
      startDay: 0,
      durationDays: null,
    },
  ],
};

/** The worker module run against a stand-in `self` that records what it posts. */
async function startWorker() {
  const replies: BookWorkerReply[] = [];
  const self = {
    postMessage: (reply: BookWorkerReply) => replies.push(reply),
    onmessage: null as ((event: { data: BookWorkerRequest }) => void) | null,
  };
  vi.stubGlobal('self', self);
  vi.resetModules();
  await import('./book.worker');
  return { replies, send: (data: BookWorkerRequest) => self.onmessage!({ data }) };
}

describe('book worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts one row per client as it goes, the engine’s own, then how many were done', async () => {
    const { replies, send } = await startWorker();
    send({
      type: 'run',
      id: 1,
      items: [
        { plan, scenario: out },
        { plan, ownScenarios: [] },
      ],
    });
    await vi.waitFor(() => expect(replies.some((r) => 'done' in r)).toBe(true));
    expect(replies).toEqual([
      { id: 1, index: 0, row: bookRow(plan, out) },
      { id: 1, index: 1, row: null },
      { id: 1, done: 2, cancelled: false },
    ]);
  });

  it('stops after the current row when cancelled', async () => {
    const { replies, send } = await startWorker();
    send({
      type: 'run',
      id: 2,
      items: Array.from({ length: 50 }, () => ({ plan, scenario: out })),
    });
    send({ type: 'cancel', id: 2 });
    await vi.waitFor(() => expect(replies.some((r) => 'done' in r)).toBe(true));
    expect(replies.at(-1)).toEqual({ id: 2, done: 1, cancelled: true });
  });
});
