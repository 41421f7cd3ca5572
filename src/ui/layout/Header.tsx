import { lazy, Suspense } from 'react';
import { useStore as useZustand } from 'zustand';
import type { Lang } from '../../i18n/lang';
import { COMMON } from '../../i18n/messages/common';
import { useLang, useMessages } from '../common/useLang';
import { useStore } from '../../state/store';
import { PanelBoundary } from '../common/PanelBoundary';
// The client menu is prerendered into the first screen: its styles must be there before it paints
// (in the inlined entry CSS), or the header reflows when its chunk arrives.
import '../clients/clients.css';

// Client files (new file, export / import / share, undo shortcuts), report and presenter view
// load after the first screen (initial JS budget).
const ClientMenu = lazy(() =>
  import('../clients/ClientMenu').then((m) => ({ default: m.ClientMenu })),
);
const ReportActions = lazy(() =>
  import('../report/ReportActions').then((m) => ({ default: m.ReportActions })),
);

/** Brand, client files, undo/redo, report and presenter view, language. */
export function Header() {
  const m = useMessages(COMMON);
  const lang = useLang();
  const setLang = useStore((s) => s.setLang);
  const canUndo = useZustand(useStore.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useZustand(useStore.temporal, (t) => t.futureStates.length > 0);
  const { undo, redo } = useStore.temporal.getState();

  return (
    <header className="app-header">
      <div className="brand">
        <img src="/favicon.svg" alt="" width="28" height="28" />
        <div>
          <p className="brand-name">{m.appName}</p>
          <p className="brand-tagline">{m.tagline}</p>
        </div>
      </div>
      <div className="header-actions">
        <PanelBoundary name="client-menu">
          <Suspense fallback={<div className="client-menu-placeholder" />}>
            <ClientMenu />
          </Suspense>
        </PanelBoundary>
        <button
          type="button"
          onClick={() => undo()}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
        >
          {m.undo}
        </button>
        <button
          type="button"
          onClick={() => redo()}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          {m.redo}
        </button>
        <Suspense>
          <ReportActions />
        </Suspense>
        <label className="lang-switch">
          <span className="visually-hidden">{m.language}</span>
          <select
            value={lang}
            onChange={(e) => setLang(e.target.value as Lang)}
            aria-label={m.language}
          >
            {(['zh-CN', 'en'] as const).map((l) => (
              <option key={l} value={l} lang={l}>
                {m.languageNames[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
