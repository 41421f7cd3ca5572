import { lazy, Suspense, useState } from 'react';
import { CSV } from '../../../i18n/messages/csv';
import { useMessages } from '../../common/useLang';

// The dialog (and papaparse with it) loads on the first click: most visits never import a CSV.
const CsvImportDialog = lazy(() =>
  import('./csv/CsvImportDialog').then((m) => ({ default: m.CsvImportDialog })),
);

/** "Import from CSV" under the cash-flow lists; says how many flows were added after an import. */
export function CsvImportButton() {
  const m = useMessages(CSV);
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<number | null>(null);
  return (
    <div className="csv-import">
      <button type="button" className="ed-add" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {m.importButton}
      </button>
      <p role="status" className="field-hint">
        {added !== null && m.added(added)}
      </p>
      {open && (
        <Suspense fallback={null}>
          <CsvImportDialog
            onClose={(count) => {
              setOpen(false);
              if (count > 0) setAdded(count);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
