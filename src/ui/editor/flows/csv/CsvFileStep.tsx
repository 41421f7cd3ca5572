import type { CsvReadError } from '../../../../io/csvTable';
import type { CsvMessages } from '../../../../i18n/messages/csv';

/** Step 1: the file input, with why the last file could not be read right next to it. */
export function CsvFileStep({
  error,
  m,
  onFile,
}: {
  error: CsvReadError | null;
  m: CsvMessages;
  onFile: (file: File) => void;
}) {
  return (
    <div className="csv-step">
      <p id="csv-file-hint" className="field-hint">
        {m.fileHint}
      </p>
      <label className="field">
        <span className="field-label">{m.fileLabel}</span>
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          aria-describedby={error ? 'csv-file-hint csv-file-error' : 'csv-file-hint'}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
          }}
        />
      </label>
      {error && (
        <p id="csv-file-error" className="field-error" role="alert">
          {m.readError(error)}
        </p>
      )}
    </div>
  );
}
