import { lazy, Suspense, useId, useState } from 'react';
import { CLIENTS } from '../../i18n/messages/clients';
import { useMessages } from '../common/useLang';
import { StartPlanMenu } from '../plan/StartPlanMenu';
import { ClientManager } from './ClientManager';
import { CheckInsSlot } from '../checkins/CheckInsSlot';
import './clients.css';

const FileActions = lazy(() => import('./FileActions').then((m) => ({ default: m.FileActions })));

/**
 * The clients section: the list of client files (open, rename, duplicate, delete), a new file
 * (blank or a sample), and export / import / share for the open one.
 */
export function ClientsSection() {
  const m = useMessages(CLIENTS);
  const titleId = useId();
  const [fileDialog, setFileDialog] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  return (
    <section className="panel clients-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{m.managerTitle}</h2>
      <p className="client-dialog-intro">{m.managerIntro}</p>
      <div className="clients-commands">
        <StartPlanMenu />
        <button type="button" aria-haspopup="dialog" onClick={() => setFileDialog(true)}>
          {m.fileActions}
        </button>
      </div>
      <ClientManager announce={setAnnouncement} />
      <CheckInsSlot />
      <Suspense fallback={null}>
        {fileDialog && (
          <FileActions onClose={() => setFileDialog(false)} announce={setAnnouncement} />
        )}
      </Suspense>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
