import { lazy, Suspense, useState } from 'react';
import { CLIENTS } from '../../i18n/messages/clients';
import { useLang } from '../common/useLang';
import { clientLabel } from './clientLabel';
import { useClients } from '../../state/clientSession/useClients';
import { useStore } from '../../state/store';
import { StartPlanMenu } from '../plan/StartPlanMenu';
import { ClientAlerts } from './ClientAlerts';
import { useUndoShortcuts } from './useUndoShortcuts';
import './clients.css';

const ClientManager = lazy(() =>
  import('./ClientManager').then((m) => ({ default: m.ClientManager })),
);
const FileActions = lazy(() => import('./FileActions').then((m) => ({ default: m.FileActions })));

/**
 * The header's client-file controls, loaded after the first screen: which file is open, the
 * list of files, a new file (blank or a sample), export / import / share, and the undo
 * shortcuts.
 */
export function ClientMenu() {
  const lang = useLang();
  const m = CLIENTS[lang];
  const [dialog, setDialog] = useState<'manager' | 'file' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const current = useClients((s) => s.clients.find((c) => c.id === s.activeId));
  const draftName = useStore((s) =>
    typeof s.draft.business?.name === 'string' ? s.draft.business.name : '',
  );
  // The open file's own name, else the business name as typed right now.
  const name = clientLabel(
    { name: current?.name ?? '', businessName: draftName },
    lang,
    m.untitled,
  );
  useUndoShortcuts();
  const close = () => setDialog(null);

  return (
    <div className="client-menu">
      <p className="client-current" title={name}>
        <span className="client-current-label">
          {m.current}
          {m.colon}
        </span>
        <span className="client-current-name">{name}</span>
      </p>
      <button type="button" aria-haspopup="dialog" onClick={() => setDialog('manager')}>
        {m.manage}
      </button>
      <StartPlanMenu />
      <button type="button" aria-haspopup="dialog" onClick={() => setDialog('file')}>
        {m.fileActions}
      </button>
      <Suspense fallback={null}>
        {dialog === 'manager' && <ClientManager onClose={close} announce={setAnnouncement} />}
        {dialog === 'file' && <FileActions onClose={close} announce={setAnnouncement} />}
      </Suspense>
      <ClientAlerts showDeleted={dialog !== 'manager'} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
