import { lazy, Suspense, useState } from 'react';
import { CSV } from '../../../i18n/messages/csv';
import { STATEMENTS } from '../../../i18n/messages/statements';
import { useLang } from '../../common/useLang';

// The dialog (and papaparse with it) loads on the first click: most visits never import a CSV.
const CsvImportDialog = lazy(() =>
  import('./csv/CsvImportDialog').then((m) => ({ default: m.CsvImportDialog })),
);

// Statements (Alipay, WeChat Pay, bank) load their reader and Worker on the first click too.
const StatementImportDialog = lazy(() =>
  import('../../import/StatementImportDialog').then((m) => ({ default: m.StatementImportDialog })),
);

/** "Import from CSV" under the cash-flow lists; says how many flows were added after an import. */
export function CsvImportButton() {
  const m = CSV[useLang()];
  const s = STATEMENTS[useLang()];
  const [open, setOpen] = useState(false);
  const [statementOpen, setStatementOpen] = useState(false);
  const [added, setAdded] = useState<number | null>(null);
  const [fromStatement, setFromStatement] = useState<number | null>(null);
  return (
    <div className="csv-import">
      <button type="button" className="ed-add" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {m.importButton}
      </button>{' '}
      <button
        type="button"
        className="ed-add"
        onClick={() => setStatementOpen(true)}
        aria-haspopup="dialog"
      >
        {s.button}
      </button>
      <p role="status" className="field-hint">
        {fromStatement !== null ? s.added(fromStatement) : added !== null && m.added(added)}
      </p>
      {statementOpen && (
        <Suspense fallback={null}>
          <StatementImportDialog
            onClose={(count) => {
              setStatementOpen(false);
              if (count > 0) setFromStatement(count);
            }}
          />
        </Suspense>
      )}
      {open && (
        <Suspense fallback={null}>
          <CsvImportDialog
            onClose={(count) => {
              setOpen(false);
              if (count > 0) {
                setAdded(count);
                setFromStatement(null);
              }
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
