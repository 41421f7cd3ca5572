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
import { REPORT_HANDOVER } from '../../i18n/messages/reportHandover';
import { CLIENTS } from '../../i18n/messages/clients';
import { useAdvisor } from '../../state/advisorProfile';
import { useClients } from '../../state/clientSession/useClients';
import { useStore } from '../../state/store';
import { clientLabel } from '../clients/clientLabel';
import { ReportAdvisorPanel } from './ReportAdvisorPanel';
import { ReportHandover } from './ReportHandover';
import { localIsoDate } from '../../io/localDate';
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
  const h = REPORT_HANDOVER[lang];
  const clientId = useClients((s) => s.activeId);
  const meta = useClients((s) => s.clients.find((c) => c.id === s.activeId));
  const businessName = useStore((s) => s.valid.file.business.name);
  const checkIns = useStore((s) => s.checkIns);
  const advisor = useAdvisor((s) => s.profile);
  const commentary = useAdvisor((s) => s.commentary[clientId] ?? '');
  const client = clientLabel(
    { name: meta?.name ?? '', businessName: businessName },
    lang,
    CLIENTS[lang].untitled,
  );
  const prepared = { client, advisor, date: localIsoDate() };

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
      <ReportAdvisorPanel clientId={clientId} h={h} />
      <main className="report" aria-busy={data === null || advice === null || undefined}>
        {data ? (
          <>
            <ReportFirstPage
              data={data}
              advice={advice}
              lang={lang}
              r={r}
              h={h}
              prepared={prepared}
            />
            <ReportHandover
              data={data}
              checkIns={checkIns}
              commentary={commentary}
              lang={lang}
              h={h}
            />
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
