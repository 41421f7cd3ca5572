import { useEffect, useRef } from 'react';
import { STATEMENTS } from '../../i18n/messages/statements';
import { useLang } from '../common/useLang';
import { useStore } from '../../state/store';
import { StatementReview } from './StatementReview';
import { draftWithImport } from './reviewModel';
import { useStatementReader } from './useStatementReader';
import '../editor/flows/csv/csv.css';
import './import.css';

/**
 * Import a statement (Alipay, WeChat Pay, a bank): choose the file, it is read in a Worker with
 * progress, then the proposed flows are reviewed and the ticked ones added in one undo step.
 * A native modal <dialog>: focus stays inside, Esc closes it. The guided start can mount the
 * same dialog.
 */
export function StatementImportDialog({ onClose }: { onClose: (added: number) => void }) {
  const lang = useLang();
  const m = STATEMENTS[lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const addedRef = useRef(0);
  const { state, read, reset } = useStatementReader();
  const setField = useStore((s) => s.setField);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const reviewing = state.status === 'done' && state.result.ok;
  useEffect(() => {
    if (reviewing) heading.current?.focus();
  }, [reviewing]);

  return (
    <dialog
      ref={dialog}
      className="csv-dialog import-dialog"
      aria-labelledby="import-dialog-title"
      onClose={() => onClose(addedRef.current)}
    >
      <h2 id="import-dialog-title" ref={heading} tabIndex={-1}>
        {m.title}
      </h2>
      {state.status === 'done' && state.result.ok ? (
        <StatementReview
          statement={state.result.statement}
          proposal={state.result.proposal}
          m={m}
          lang={lang}
          onAnother={reset}
          onAdd={(flows, addBalance) => {
            if (state.status !== 'done' || !state.result.ok) return;
            const draft = useStore.getState().draft;
            // One setField of the whole draft: one undo step takes the import back.
            setField(
              [],
              draftWithImport(draft, state.result.statement, flows, {
                addBalance,
                accountName: m.accountName,
                nameOf: (f) => m.flowName(f),
              }),
            );
            addedRef.current = flows.length;
            dialog.current?.close();
          }}
        />
      ) : (
        <div className="csv-step">
          <p id="import-file-hint" className="field-hint">
            {m.fileHint}
          </p>
          <label className="field">
            <span className="field-label">{m.fileLabel}</span>
            <input
              type="file"
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={
                state.status === 'done' ? 'import-file-hint import-file-error' : 'import-file-hint'
              }
              aria-invalid={state.status === 'done' ? true : undefined}
              disabled={state.status === 'reading'}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) read(file);
              }}
            />
          </label>
          {state.status === 'reading' && (
            <p role="status" className="import-progress">
              <progress
                max={100}
                value={Math.round(state.done * 100)}
                aria-label={m.progressLabel}
              />{' '}
              {m.reading(Math.round(state.done * 100))}
            </p>
          )}
          {state.status === 'done' && !state.result.ok && (
            <p id="import-file-error" className="field-error" role="alert">
              {m.error(state.result.error)}
            </p>
          )}
        </div>
      )}
      <form method="dialog" className="csv-cancel">
        <button type="submit">{m.cancel}</button>
      </form>
    </dialog>
  );
}
