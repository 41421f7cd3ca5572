import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { PRESENTER } from '../../i18n/messages/presenter';
import { REPORT } from '../../i18n/messages/report';
import { useLang } from '../common/useLang';

// Each view loads when first opened; this component only holds the two header buttons.
const ReportView = lazy(() => import('./ReportView').then((m) => ({ default: m.ReportView })));
const PresenterView = lazy(() =>
  import('../presenter/PresenterView').then((m) => ({ default: m.PresenterView })),
);

type View = 'report' | 'presenter' | null;

/** The class on <html> while a view covers the app: the app is hidden on screen and on paper. */
export const VIEW_CLASS: Record<Exclude<View, null>, string> = {
  report: 'fg-report-open',
  presenter: 'fg-presenter-open',
};

/**
 * "Report" and "Present" in the header. A view renders outside #root (a portal) and hides the
 * app while open, so printing prints the report alone; closing it returns focus to its button.
 */
export function ReportActions() {
  const lang = useLang();
  const r = REPORT[lang];
  const p = PRESENTER[lang];
  const [view, setView] = useState<View>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const reportButton = useRef<HTMLButtonElement>(null);
  const presentButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!view) return;
    const html = document.documentElement;
    html.classList.add(VIEW_CLASS[view]);
    return () => html.classList.remove(VIEW_CLASS[view]);
  }, [view]);

  const open = (next: Exclude<View, null>, button: HTMLButtonElement | null) => {
    opener.current = button;
    setView(next);
  };
  const close = () => {
    setView(null);
    requestAnimationFrame(() => opener.current?.focus());
  };

  return (
    <>
      <button
        type="button"
        ref={reportButton}
        title={r.openHint}
        onClick={() => open('report', reportButton.current)}
      >
        {r.open}
      </button>
      <button
        type="button"
        ref={presentButton}
        title={p.openHint}
        onClick={() => open('presenter', presentButton.current)}
      >
        {p.open}
      </button>
      <Suspense>
        {view === 'report' && <ReportView onClose={close} />}
        {view === 'presenter' && <PresenterView onClose={close} />}
      </Suspense>
    </>
  );
}
