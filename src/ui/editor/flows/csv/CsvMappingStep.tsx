import { CSV_FIELDS, mappingProblems, type ColumnMapping } from '../../../../io/csvMapping';
import type { CsvTable } from '../../../../io/csvTable';
import type { CsvMessages } from '../../../../i18n/messages/csv';

const SAMPLE_ROWS = 3;

/** Step 2: one select per cash-flow field, prefilled from the headers, and the file's first rows. */
export function CsvMappingStep({
  table,
  mapping,
  m,
  onChange,
  onBack,
  onNext,
  allRows = null,
  onAllRows = () => undefined,
}: {
  table: CsvTable;
  mapping: ColumnMapping;
  m: CsvMessages;
  onChange: (mapping: ColumnMapping) => void;
  onBack: () => void;
  onNext: () => void;
  allRows?: 'inflow' | 'outflow' | null;
  onAllRows?: (direction: 'inflow' | 'outflow') => void;
}) {
  const problems = mappingProblems(mapping, table.rows, allRows);
  // Asked only when the file itself cannot say which way the money goes.
  const ask = problems.includes('need_direction') || allRows !== null;
  return (
    <div className="csv-step">
      <p className="field-hint">
        {m.mapHint(m.delimiterName[table.delimiter] ?? table.delimiter, table.rows.length)}
      </p>
      <div className="csv-mapping">
        {CSV_FIELDS.map((field) => (
          <label key={field} className="field">
            <span className="field-label">{m.field[field]}</span>
            <select
              value={mapping[field] ?? ''}
              onChange={(e) =>
                onChange({
                  ...mapping,
                  [field]: e.currentTarget.value === '' ? null : Number(e.currentTarget.value),
                })
              }
            >
              <option value="">{m.notInFile}</option>
              {table.headers.map((h, i) => (
                <option key={i} value={i}>
                  {h || `#${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div
        className="table-scroll csv-sample"
        role="region"
        aria-label={m.sampleCaption}
        tabIndex={0}
      >
        <table className="data">
          <caption>{m.sampleCaption}</caption>
          <thead>
            <tr>
              {table.headers.map((h, i) => (
                <th key={i} scope="col">
                  {h || `#${i + 1}`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, SAMPLE_ROWS).map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ask && mapping.direction === null && (
        <fieldset className="csv-all-rows">
          <legend>{m.allRowsLegend}</legend>
          {(['inflow', 'outflow'] as const).map((d) => (
            <label key={d}>
              <input
                type="radio"
                name="csv-all-rows"
                checked={allRows === d}
                onChange={() => onAllRows(d)}
              />{' '}
              {m.allRows[d]}
            </label>
          ))}
        </fieldset>
      )}
      {problems.length > 0 && (
        <ul className="field-error csv-mapping-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{m.mappingProblem[p]}</li>
          ))}
        </ul>
      )}
      <div className="csv-actions">
        <button type="button" onClick={onBack}>
          {m.back}
        </button>
        <button type="button" className="primary" onClick={onNext} disabled={problems.length > 0}>
          {m.next}
        </button>
      </div>
    </div>
  );
}
