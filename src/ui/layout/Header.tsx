import { lazy, Suspense } from 'react';
import { COMMON } from '../../i18n/messages/common';
import { LAYOUT } from '../../i18n/messages/layout';
import { PanelBoundary } from '../common/PanelBoundary';
import { useLang } from '../common/useLang';
import { HeaderMenu } from './HeaderMenu';
// The client badge is prerendered as a placeholder in the first screen: its styles must be there
// before it paints (in the inlined entry CSS), or the header reflows when its chunk arrives.
import '../clients/clients.css';

// Which client file is open (and its alerts, the undo shortcuts) loads after the first screen.
const ClientBadge = lazy(() =>
  import('../clients/ClientBadge').then((m) => ({ default: m.ClientBadge })),
);

/**
 * One row on every screen: the app's name, the client file that is open (a link to the client
 * list), and the commands (folded into a menu on a phone). Everything else lives in its section.
 */
export function Header() {
  const m = COMMON[useLang()];
  const l = LAYOUT[useLang()];
  return (
    <header className="app-header">
      <div className="brand">
        <img src="/favicon.svg" alt="" width="28" height="28" />
        <div className="brand-text">
          <p className="brand-name">
            <span className="brand-long">{m.appName}</span>
            <span className="brand-short">{l.brandShort}</span>
          </p>
          <p className="brand-tagline">{m.tagline}</p>
        </div>
      </div>
      <div className="header-client">
        <PanelBoundary name="client-menu">
          <Suspense fallback={<div className="client-menu-placeholder" />}>
            <ClientBadge />
          </Suspense>
        </PanelBoundary>
      </div>
      <HeaderMenu />
    </header>
  );
}
