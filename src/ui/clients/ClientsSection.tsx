import { lazy, Suspense, useId, useState } from 'react';
import { BOOK } from '../../i18n/messages/book';
import { CLIENTS } from '../../i18n/messages/clients';
import { useLang } from '../common/useLang';
import { StartPlanMenu } from '../plan/StartPlanMenu';
import { ClientManager } from './ClientManager';
import { CheckInsSlot } from '../checkins/CheckInsSlot';
import './clients.css';

const BookTable = lazy(() => import('../book/BookTable').then((m) => ({ default: m.BookTable })));
const BookFileDialog = lazy(() =>
  import('../book/BookFileDialog').then((m) => ({ default: m.BookFileDialog })),
);
const FileActions = lazy(() => import('./FileActions').then((m) => ({ default: m.FileActions })));

/**
 * The clients section: the list of client files (open, rename, duplicate, delete), a new file
 * (blank or a sample), and export / import / share for the open one.
 */
export function ClientsSection() {
  const m = CLIENTS[useLang()];
  const titleId = useId();
  const [fileDialog, setFileDialog] = useState(false);
  const [bookDialog, setBookDialog] = useState(false);
  // What a book import did (added, already there), in view: it is news the advisor acts on.
  const [bookNote, setBookNote] = useState('');
  const bookText = BOOK[useLang()];
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
        <button type="button" aria-haspopup="dialog" onClick={() => setBookDialog(true)}>
          {bookText.file.button}
        </button>
      </div>
      <p className="client-note book-file-note" role="status">
        {bookNote}
      </p>
      <Suspense fallback={null}>
        <BookTable />
      </Suspense>
      <ClientManager announce={setAnnouncement} />
      <CheckInsSlot />
      <Suspense fallback={null}>
        {bookDialog && (
          <BookFileDialog onClose={() => setBookDialog(false)} announce={setBookNote} />
        )}
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
