import { CLIENTS } from '../../i18n/messages/clients';
import { useClients } from '../../state/clientSession/useClients';
import { useStore } from '../../state/store';
import { useLang } from '../common/useLang';
import { useSection } from '../layout/sectionRoute';
import { sectionHref } from '../layout/sections';
import { ClientAlerts } from './ClientAlerts';
import { clientLabel } from './clientLabel';
import { useUndoShortcuts } from './useUndoShortcuts';
import './clients.css';

/**
 * The header's word on client files, loaded after the first screen: which file is open (a link
 * to the client list), the alerts that need the user wherever they are (a two-tab conflict, a
 * share link, a delete to undo), and the undo shortcuts.
 */
export function ClientBadge() {
  const lang = useLang();
  const m = CLIENTS[lang];
  const current = useClients((s) => s.clients.find((c) => c.id === s.activeId));
  const draftName = useStore((s) =>
    typeof s.draft.business?.name === 'string' ? s.draft.business.name : '',
  );
  // The client list shows its own "Deleted … Undo" line; elsewhere the alert strip does.
  const inClients = useSection() === 'clients';
  // The open file's own name, else the business name as typed right now.
  const name = clientLabel(
    { name: current?.name ?? '', businessName: draftName },
    lang,
    m.untitled,
  );
  // Open but never saved (the sample on a first visit): said beside the name, so the header
  // never names a client the list does not have.
  const unsaved = useClients((s) => s.ready && !s.clients.some((c) => c.id === s.activeId));
  const sample = useStore((s) => s.exampleId !== null);
  useUndoShortcuts();

  return (
    <div className="client-menu">
      <p className="client-current" title={name}>
        <span className="client-current-label">
          {m.current}
          {m.colon}
        </span>
        <a className="client-current-name" href={sectionHref('clients')}>
          {name}
        </a>
        {unsaved && !sample && <span className="client-unsaved"> {m.notSaved}</span>}
        {/* A phone's one-row header has room for the short word; the sample label is on the answer. */}
        {unsaved && sample && (
          <>
            <span className="client-unsaved client-unsaved-wide"> {m.sampleNotSaved}</span>
            <span className="client-unsaved client-unsaved-narrow"> {m.notSaved}</span>
          </>
        )}
      </p>
      <ClientAlerts showDeleted={!inClients} />
    </div>
  );
}
