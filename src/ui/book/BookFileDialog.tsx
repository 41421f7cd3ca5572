import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { Book } from '../../io/bookFile';
import { BOOK } from '../../i18n/messages/book';
import { CLIENTS } from '../../i18n/messages/clients';
import { bookClients, mergeBook } from '../../state/clientSession/actions';
import { useClients } from '../../state/clientSession/useClients';
import { Dialog } from '../clients/Dialog';
import { downloadText } from '../common/downloadText';
import { useLang } from '../common/useLang';

type Picked =
  | { stage: 'reading' }
  | { stage: 'passphrase'; text: string }
  | { stage: 'ready'; book: Book }
  | { stage: 'failed'; message: string };

/** The book file's code (zod, WebCrypto) loads on use, not with the section. */
const bookIo = () => Promise.all([import('../../io/bookCrypto'), import('../../io/bookFile')]);

/**
 * The whole book in one file: export every client file (encrypted with a passphrase if one is
 * given), or import a book file, merged without duplicates. A wrong passphrase, a changed file or
 * anything else refused says why in the app's language, and nothing changes.
 */
export function BookFileDialog({
  onClose,
  announce,
}: {
  onClose: () => void;
  announce: (text: string) => void;
}) {
  const lang = useLang();
  const m = BOOK[lang].file;
  const id = useId();
  const total = useClients((s) => s.clients.length);
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [exporting, setExporting] = useState(false);
  const [exportStatus, setExportStatus] = useState('');
  const [picked, setPicked] = useState<Picked | null>(null);
  const [importPass, setImportPass] = useState('');
  const [merging, setMerging] = useState(false);
  const latest = useRef(0);
  const mismatch = pass !== '' && again !== pass;

  const exportBook = async (e: FormEvent) => {
    e.preventDefault();
    if (mismatch || exporting) return;
    setExporting(true);
    setExportStatus(pass ? m.encrypting : '');
    try {
      const [[{ encryptBook }, { stringifyBook }], clients] = await Promise.all([
        bookIo(),
        bookClients(),
      ]);
      const text = pass ? await encryptBook(clients, pass) : stringifyBook(clients);
      const day = new Date().toISOString().slice(0, 10);
      downloadText(`fundgap-book-${day}${pass ? '.encrypted' : ''}.json`, text);
      setExportStatus(m.exported(clients.length, pass !== ''));
    } finally {
      setExporting(false);
    }
  };

  const read = async (text: string, passphrase: string | undefined, pick: number) => {
    const [{ readBook, isEncryptedBookText }, { describeBookError }] = await Promise.all([
      import('../../io/bookCrypto'),
      import('../../io/bookFileText'),
    ]);
    if (passphrase === undefined && isEncryptedBookText(text)) {
      if (pick === latest.current) setPicked({ stage: 'passphrase', text });
      return;
    }
    const result = await readBook(text, passphrase);
    if (pick !== latest.current) return;
    // A wrong passphrase keeps the file and its passphrase field: the reader tries again.
    if (result.ok) setPicked({ stage: 'ready', book: result.book });
    else setPicked({ stage: 'failed', message: describeBookError(result.error, lang) });
  };

  const [pickedText, setPickedText] = useState('');
  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    const pick = ++latest.current;
    setImportPass('');
    const file = e.target.files?.[0];
    if (!file) return setPicked(null);
    setPicked({ stage: 'reading' });
    try {
      const text = await file.text();
      setPickedText(text);
      await read(text, undefined, pick);
    } catch {
      if (pick === latest.current) setPicked({ stage: 'failed', message: m.readFailed });
    }
  };
  const decrypt = async (e: FormEvent) => {
    e.preventDefault();
    const pick = ++latest.current;
    setPicked({ stage: 'reading' });
    await read(pickedText, importPass, pick);
  };
  const merge = async (book: Book) => {
    if (merging) return;
    setMerging(true);
    try {
      const { added, alreadyThere } = await mergeBook(book.clients);
      announce(m.merged(added, alreadyThere));
      onClose();
    } finally {
      setMerging(false);
    }
  };

  const encrypted =
    picked?.stage === 'passphrase' || (picked?.stage === 'failed' && importPass !== '');
  return (
    <Dialog
      title={m.title}
      closeLabel={CLIENTS[lang].close}
      onClose={onClose}
      className="book-file"
    >
      <section className="client-section" aria-labelledby={`${id}-eh`}>
        <h3 id={`${id}-eh`}>{m.exportHeading}</h3>
        <p>{m.exportIntro(total)}</p>
        <form className="book-file-form" onSubmit={(e) => void exportBook(e)}>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-pass`}>
              {m.passphrase}
            </label>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="new-password"
              value={pass}
              aria-describedby={`${id}-pass-hint`}
              onChange={(e) => setPass(e.target.value)}
            />
            <p id={`${id}-pass-hint`} className="field-hint">
              {m.passphraseHint}
            </p>
          </div>
          {pass !== '' && (
            <div className="field">
              <label className="field-label" htmlFor={`${id}-again`}>
                {m.confirm}
              </label>
              <input
                id={`${id}-again`}
                type="password"
                autoComplete="new-password"
                value={again}
                aria-invalid={mismatch && again !== '' ? true : undefined}
                aria-describedby={mismatch && again !== '' ? `${id}-mismatch` : undefined}
                onChange={(e) => setAgain(e.target.value)}
              />
              {mismatch && again !== '' && (
                <p id={`${id}-mismatch`} className="field-error">
                  {m.mismatch}
                </p>
              )}
            </div>
          )}
          <button
            type="submit"
            className="client-primary"
            disabled={total === 0 || mismatch || exporting}
          >
            {m.exportButton}
          </button>
          <p role="status" className="client-note">
            {exportStatus}
          </p>
        </form>
      </section>
      <section className="client-section" aria-labelledby={`${id}-ih`}>
        <h3 id={`${id}-ih`}>{m.importHeading}</h3>
        <p>{m.importIntro}</p>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-file`}>
            {m.importLabel}
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            onChange={(e) => void onPick(e)}
          />
        </div>
        {picked?.stage === 'reading' && <p className="client-note">{m.reading}</p>}
        {picked?.stage === 'failed' && (
          <p className="client-problem" role="alert">
            {picked.message}
          </p>
        )}
        {encrypted && (
          <form className="book-file-form" onSubmit={(e) => void decrypt(e)}>
            <p>{m.encryptedAsk}</p>
            <div className="field">
              <label className="field-label" htmlFor={`${id}-ipass`}>
                {m.importPassphrase}
              </label>
              <input
                id={`${id}-ipass`}
                type="password"
                autoComplete="current-password"
                value={importPass}
                onChange={(e) => setImportPass(e.target.value)}
              />
            </div>
            <button type="submit" disabled={importPass === ''}>
              {m.decryptButton}
            </button>
          </form>
        )}
        {picked?.stage === 'ready' && (
          <div className="client-import-ready">
            <p role="status">{m.ready(picked.book.clients.length)}</p>
            <button
              type="button"
              className="client-primary"
              disabled={merging}
              onClick={() => void merge(picked.book)}
            >
              {m.mergeButton}
            </button>
          </div>
        )}
      </section>
    </Dialog>
  );
}
