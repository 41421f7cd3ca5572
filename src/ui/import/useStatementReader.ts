import { useEffect, useRef, useState } from 'react';
import type { StatementResult } from '../../io/statements/readStatement';
import type { StatementReply, StatementRequest } from '../../workers/statement.worker';

export type ReaderState =
  | { status: 'idle' }
  | { status: 'reading'; done: number }
  | { status: 'done'; result: StatementResult };

/**
 * Reads a statement file in a Worker (created on the first file, ended on unmount) and reports
 * its progress. A second file cancels the first by ignoring its answer.
 */
export function useStatementReader(): {
  state: ReaderState;
  read: (file: File) => void;
  reset: () => void;
} {
  const [state, setState] = useState<ReaderState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const current = useRef(0);
  useEffect(() => () => worker.current?.terminate(), []);
  const read = (file: File) => {
    const id = ++current.current;
    setState({ status: 'reading', done: 0 });
    void file.arrayBuffer().then((bytes) => {
      if (id !== current.current) return;
      if (!worker.current) {
        worker.current = new Worker(new URL('../../workers/statement.worker.ts', import.meta.url), {
          type: 'module',
        });
      }
      worker.current.onmessage = (e: MessageEvent<StatementReply>) => {
        if (e.data.id !== current.current) return;
        const reply = e.data;
        if (reply.type === 'progress') setState({ status: 'reading', done: reply.done });
        else setState({ status: 'done', result: reply.result });
      };
      worker.current.postMessage({ id, bytes } satisfies StatementRequest, [bytes]);
    });
  };
  const reset = () => {
    current.current++;
    setState({ status: 'idle' });
  };
  return { state, read, reset };
}
