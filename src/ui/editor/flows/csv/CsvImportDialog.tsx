import { useEffect, useRef, useState } from 'react';
import { flowsFromCsv } from '../../../../io/csvFlows';
import { guessMapping, type ColumnMapping } from '../../../../io/csvMapping';
import {
  decodeCsvBytes,
  readCsvText,
  type CsvReadError,
  type CsvTable,
} from '../../../../io/csvTable';
import { CSV } from '../../../../i18n/messages/csv';
import { useLang } from '../../../common/useLang';
import { useStore } from '../../../../state/store';
import { CsvFileStep } from './CsvFileStep';
import { CsvMappingStep } from './CsvMappingStep';
import { CsvPreviewStep } from './CsvPreviewStep';
import './csv.css';

type Stage =
  | { step: 1; error: CsvReadError | null }
  | { step: 2; table: CsvTable; mapping: ColumnMapping; allRows?: 'inflow' | 'outflow' | null }
  | { step: 3; table: CsvTable; mapping: ColumnMapping; allRows?: 'inflow' | 'outflow' | null };

/**
 * Import cash flows from a CSV in three steps: choose the file, match its columns, check the
 * flows. Nothing reaches the plan until "Add": then every good row is added in one undo step.
 * A native modal <dialog> keeps focus inside and closes on Esc.
 */
export function CsvImportDialog({ onClose }: { onClose: (added: number) => void }) {
  const lang = useLang();
  const m = CSV[lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [stage, setStage] = useState<Stage>({ step: 1, error: null });
  const draft = useStore((s) => s.draft);
  const setField = useStore((s) => s.setField);
  const addedRef = useRef(0);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  // Each step announces itself: focus moves to its heading.
  useEffect(() => heading.current?.focus(), [stage.step]);

  const read = async (file: File) => {
    const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const result = decoded.ok ? readCsvText(decoded.text) : decoded;
    if (!result.ok) setStage({ step: 1, error: result.error });
    else setStage({ step: 2, table: result.table, mapping: guessMapping(result.table.headers) });
  };

  const existing = Array.isArray(draft.cashFlows) ? draft.cashFlows : [];
  const rows =
    stage.step === 3
      ? flowsFromCsv(stage.table, stage.mapping, {
          startDate: draft.business.startDate,
          existingIds: existing.map((f) => String(f.id)),
          allRows: stage.mapping.direction === null ? (stage.allRows ?? null) : null,
        })
      : [];

  const add = () => {
    const flows = rows.flatMap((r) => (r.flow ? [r.flow] : []));
    // One setField of the whole list: one undo step takes back the whole import.
    setField(['cashFlows'], [...existing, ...flows]);
    addedRef.current = flows.length;
    dialog.current?.close();
  };

  const stepTitle = stage.step === 1 ? m.fileStep : stage.step === 2 ? m.mapStep : m.previewStep;
  return (
    <dialog
      ref={dialog}
      className="csv-dialog"
      aria-labelledby="csv-dialog-title"
      onClose={() => onClose(addedRef.current)}
    >
      <h2 id="csv-dialog-title">{m.title}</h2>
      <h3 ref={heading} tabIndex={-1} className="csv-step-title">
        <span className="csv-step-number">{m.stepLabel(stage.step)}</span> {stepTitle}
      </h3>
      {stage.step === 1 && <CsvFileStep error={stage.error} m={m} onFile={(f) => void read(f)} />}
      {stage.step === 2 && (
        <CsvMappingStep
          table={stage.table}
          mapping={stage.mapping}
          m={m}
          onChange={(mapping) => setStage({ ...stage, mapping })}
          allRows={stage.allRows ?? null}
          onAllRows={(allRows) => setStage({ ...stage, allRows })}
          onBack={() => setStage({ step: 1, error: null })}
          onNext={() => setStage({ ...stage, step: 3 })}
        />
      )}
      {stage.step === 3 && (
        <CsvPreviewStep
          rows={rows}
          m={m}
          lang={lang}
          onBack={() => setStage({ ...stage, step: 2 })}
          onAdd={add}
        />
      )}
      <form method="dialog" className="csv-cancel">
        <button type="submit">{m.cancel}</button>
      </form>
    </dialog>
  );
}
