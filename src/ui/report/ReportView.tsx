import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { COMMON } from '../../i18n/messages/common';
import { REPORT } from '../../i18n/messages/report';
import { useLang } from '../common/useLang';
import { useReportAdvice } from './useReportAdvice';
import { ReportAssumptions } from './ReportAssumptions';
import { ReportContingency } from './ReportContingency';
import { ReportFirstPage } from './ReportFirstPage';
import { ReportStressGrid } from './ReportStressGrid';
import { useReportData } from './useReportData';
import '../advice/advice.css';
import './report.css';

/**
 * The printable report in place of the app (the app is hidden while it is open, on screen and
 * on paper): a first page for the meeting, then assumptions and sources, the stress grid and
 * the contingency plan, each starting on a new page.
 */
export function ReportView({ onClose }: { onClose: () => void }) {
  const lang = useLang();
  const r = REPORT[lang];
  const data = useReportData();
  const advice = useReportAdvice(data);

  useEffect(() => {
    document.getElementById('report-title')?.focus();
    window.scrollTo(0, 0);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return createPortal(
    <div className="report-shell" lang={lang}>
      <div className="report-toolbar" role="toolbar" aria-label={r.toolbarLabel}>
        <button type="button" className="primary" onClick={() => window.print()}>
          {r.print}
        </button>
        <button type="button" onClick={onClose}>
          {r.close}
        </button>
        <p className="report-muted">{r.printHint}</p>
      </div>
      <main className="report" aria-busy={data === null || advice === null || undefined}>
        {data ? (
          <>
            <ReportFirstPage data={data} advice={advice} lang={lang} r={r} />
            <ReportAssumptions data={data} lang={lang} r={r} />
            <ReportStressGrid data={data} lang={lang} r={r} />
            <ReportContingency data={data} advice={advice} lang={lang} r={r} />
          </>
        ) : (
          // The break-even figures come from a Worker; the report waits for them rather than print "none".
          <p>{COMMON[lang].loading}</p>
        )}
        <p className="report-footer report-muted">{r.footer}</p>
      </main>
    </div>,
    document.body,
  );
}
