/// <reference lib="webworker" />
import { readStatement, type StatementResult } from '../io/statements/readStatement';

/**
 * Reading a statement off the main thread: a 100,000-row export takes seconds to parse and
 * analyse, and the page must stay responsive. Progress goes back as it is made.
 */
export type StatementRequest = { id: number; bytes: ArrayBuffer };
export type StatementReply =
  | { type: 'progress'; id: number; done: number }
  | { type: 'done'; id: number; result: StatementResult };

self.onmessage = async (event: MessageEvent<StatementRequest>) => {
  const { id, bytes } = event.data;
  let last = -1;
  const result = await readStatement(new Uint8Array(bytes), (done) => {
    // Whole percents only: no flood of messages for a big file.
    const percent = Math.floor(done * 100);
    if (percent === last) return;
    last = percent;
    self.postMessage({ type: 'progress', id, done } satisfies StatementReply);
  });
  self.postMessage({ type: 'done', id, result } satisfies StatementReply);
};
