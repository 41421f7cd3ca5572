import { useMemo } from 'react';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { CHECK_INS } from '../../i18n/messages/checkIns';
import type { ReportHandoverMessages } from '../../i18n/messages/reportHandover';
import type { StoredCheckIn } from '../../io/checkInSchema';
import { checkInsView, warningText } from '../checkins/checkInView';
import type { ReportData } from './useReportData';
import { changedRows } from './handoverView';

/**
 * The advisor's commentary and what changed at the latest check-in (against the one before, or
 * the plan for the first), on a page of its own; absent when there is neither.
 */
export function ReportHandover({
  data,
  checkIns,
  commentary,
  lang,
  h,
}: {
  data: ReportData;
  checkIns: readonly StoredCheckIn[];
  commentary: string;
  lang: Lang;
  h: ReportHandoverMessages;
}) {
  const m = CHECK_INS[lang];
  const view = useMemo(
    () => (checkIns.length > 0 ? checkInsView(data.plan, checkIns) : null),
    [data.plan, checkIns],
  );
  const latest = view?.newestFirst[0] ?? null;
  const before = view?.newestFirst[1] ?? null;
  const note = latest ? checkIns.find((c) => c.id === latest.id)?.note : undefined;
  if (!latest && commentary.trim() === '') return null;
  return (
    <section className="report-page report-handover" aria-labelledby="report-handover-title">
      <h2 id="report-handover-title">{h.handoverTitle}</h2>
      {commentary.trim() !== '' && (
        <div className="report-keep report-commentary">
          <h3>{h.commentaryTitle}</h3>
          <p>{commentary.trim()}</p>
        </div>
      )}
      {latest && (
        <>
          <h3>{h.changedTitle(formatDate(latest.date, lang))}</h3>
          <p className="report-muted">
            {before ? h.changedIntroPrevious(formatDate(before.date, lang)) : h.changedIntroPlan}
          </p>
          <table className="data report-table report-changed">
            <caption className="visually-hidden">
              {h.changedTitle(formatDate(latest.date, lang))}
            </caption>
            <thead>
              <tr>
                <th scope="col">{h.colItem}</th>
                <th scope="col" className="num">
                  {h.colBefore}
                </th>
                <th scope="col" className="num">
                  {h.colNow}
                </th>
                <th scope="col" className="num">
                  {h.colChange}
                </th>
              </tr>
            </thead>
            <tbody>
              {changedRows(latest, before, lang, h).map((row) => (
                <tr key={row.item}>
                  <th scope="row">{row.item}</th>
                  <td className="num report-nowrap">{row.before}</td>
                  <td className="num report-nowrap">{row.now}</td>
                  <td className="num report-nowrap">{row.change}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="report-keep">
            <h3>{h.warningsTitle}</h3>
            {latest.warnings.length === 0 ? (
              <p>{h.noWarnings}</p>
            ) : (
              <ul className="report-warnings">
                {latest.warnings.map((w, i) => (
                  <li key={i} className="report-keep">
                    <strong>{m.warning[w.id]}</strong> · {warningText(w, lang, m)}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {note && (
            <div className="report-keep">
              <h3>{h.noteTitle}</h3>
              <p>{note}</p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
