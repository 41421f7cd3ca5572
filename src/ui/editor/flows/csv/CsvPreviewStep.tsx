import type { CsvRowResult, RowProblem } from '../../../../io/csvFlows';
import { describeIssue } from '../../../../io/issueText';
import type { Lang } from '../../../../i18n/lang';
import type { CsvMessages } from '../../../../i18n/messages/csv';
import { DOMAIN } from '../../../../i18n/messages/domain';
import { formatMoney } from '../../../../i18n/format';
import { flowSummary } from '../flowSummary';

function problemText(p: RowProblem, m: CsvMessages, lang: Lang): string {
  if (p.code === 'invalid')
    return `${p.issue.path ? `${p.issue.path}: ` : ''}${describeIssue(p.issue, lang)}`;
  return m.problem[p.code];
}

/** Step 3: every row as the cash flow it becomes, or skipped with its reasons beside it. */
export function CsvPreviewStep({
  rows,
  m,
  lang,
  onBack,
  onAdd,
}: {
  rows: CsvRowResult[];
  m: CsvMessages;
  lang: Lang;
  onBack: () => void;
  onAdd: () => void;
}) {
  const d = DOMAIN[lang];
  const good = rows.filter((r) => r.flow !== null).length;
  return (
    <div className="csv-step">
      <p className="csv-summary">{m.previewSummary(good, rows.length - good)}</p>
      <div
        className="table-scroll csv-preview"
        role="region"
        aria-label={m.previewCaption}
        tabIndex={0}
      >
        <table className="data">
          <caption className="visually-hidden">{m.previewCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {m.col.line}
              </th>
              <th scope="col">{m.col.name}</th>
              <th scope="col">{m.col.direction}</th>
              <th scope="col" className="num">
                {m.col.amount}
              </th>
              <th scope="col">{m.col.schedule}</th>
              <th scope="col">{m.col.status}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.line} className={r.flow ? undefined : 'row-gap'}>
                <td className="num">{r.line}</td>
                <th scope="row">
                  {r.flow?.name ?? r.cells.filter(Boolean).slice(0, 2).join(' · ')}
                </th>
                <td>{r.flow ? d.direction[r.flow.direction] : '—'}</td>
                <td className="num">
                  {r.flow ? formatMoney(r.flow.amount, lang, { fen: true }) : '—'}
                </td>
                {/* The summary starts with the amount in whole yuan: the column beside it shows the fen. */}
                <td>{r.flow ? flowSummary(r.flow, lang).slice(1).join(' · ') : '—'}</td>
                <td>
                  {r.flow ? (
                    <span className="csv-ok">
                      <span aria-hidden="true">✓ </span>
                      {m.willAdd}
                    </span>
                  ) : (
                    <span className="csv-skip">
                      <span aria-hidden="true">✗ </span>
                      {m.skipped} {r.problems.map((p) => problemText(p, m, lang)).join('; ')}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="csv-actions">
        <button type="button" onClick={onBack}>
          {m.back}
        </button>
        <button type="button" className="primary" onClick={onAdd} disabled={good === 0}>
          {m.add(good)}
        </button>
      </div>
    </div>
  );
}
