import { useDeferredValue, useId, useState, type FormEvent } from 'react';
import { CLIENTS } from '../../i18n/messages/clients';
import { useLang } from '../common/useLang';
import type { ClientMeta } from '../../state/clientIndex';
import { clientLabel } from './clientLabel';
import {
  deleteClient,
  duplicateClient,
  openClient,
  renameClient,
  saveOpenPlan,
} from '../../state/clientSession/actions';
import { useStore } from '../../state/store';
import { useClients } from '../../state/clientSession/useClients';
import { firstExample } from '../../state/planSlice';
import { goToSection } from '../layout/sectionRoute';
import { DeletedUndo } from './DeletedUndo';
import { formatLastEdited } from './lastEdited';

/**
 * The list of client files: open, rename, duplicate, delete (with undo), newest first, with a
 * filter for a book of a few hundred clients. Opening a file shows its answer.
 */
export function ClientManager({ announce }: { announce: (text: string) => void }) {
  const lang = useLang();
  const m = CLIENTS[lang];
  const clients = useClients((s) => s.clients);
  const activeId = useClients((s) => s.activeId);
  const [filter, setFilter] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const deferred = useDeferredValue(filter.trim().toLowerCase());
  const unsaved = useClients((s) => s.ready && !s.clients.some((c) => c.id === s.activeId));
  const sample = useStore((s) => s.exampleId !== null);
  const draftName = useStore((s) =>
    typeof s.draft.business?.name === 'string' ? s.draft.business.name : '',
  );
  const unsavedName = clientLabel({ name: '', businessName: draftName }, lang, m.untitled);
  const filterId = useId();
  const nameOf = (c: ClientMeta) => clientLabel(c, lang, m.untitled);
  const shown =
    deferred === '' ? clients : clients.filter((c) => nameOf(c).toLowerCase().includes(deferred));

  const open = async (c: ClientMeta) => {
    if (await openClient(c.id)) {
      announce(m.opened(nameOf(c)));
      goToSection('answer');
    } else setStatus(m.openFailed);
  };

  return (
    <div className="client-manager">
      <div className="client-filter">
        <label htmlFor={filterId}>{m.filterLabel}</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <p className="client-count" aria-live="polite">
          {m.count(shown.length, clients.length)}
        </p>
      </div>
      <DeletedUndo />
      {unsaved && (
        <div className="client-unsaved-note">
          <p>{m.unsavedNote(unsavedName, sample)}</p>
          <button
            type="button"
            className="client-primary"
            onClick={async () => {
              await saveOpenPlan();
              setStatus(m.savedAsClient(unsavedName));
            }}
          >
            {m.saveAsClient}
          </button>
        </div>
      )}
      {clients.length === 0 && !unsaved && <p className="client-note">{m.emptyList}</p>}
      <ul className="client-list">
        {shown.map((c) => {
          const name = nameOf(c);
          const active = c.id === activeId;
          return (
            <li key={c.id} className="client-row" aria-current={active ? 'true' : undefined}>
              {renaming === c.id ? (
                <RenameForm
                  initial={c.name || c.businessName}
                  m={m}
                  onDone={async (next) => {
                    setRenaming(null);
                    if (next !== null) await renameClient(c.id, next);
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="client-open"
                  onClick={() => void open(c)}
                  aria-label={m.open(name)}
                >
                  <span className="client-name">{name}</span>
                  {active && <span className="client-badge">{m.openNow}</span>}
                  <span className="client-when">
                    {m.lastEdited(formatLastEdited(c.updatedAt, lang))}
                  </span>
                </button>
              )}
              <div className="client-row-actions" role="group" aria-label={m.actionsFor(name)}>
                <button type="button" onClick={() => setRenaming(c.id)}>
                  {m.rename}
                </button>
                <button type="button" onClick={() => void duplicateClient(c.id, m.copyName(name))}>
                  {m.duplicate}
                </button>
                <button
                  type="button"
                  className="client-delete"
                  onClick={() => void deleteClient(c.id, firstExample)}
                >
                  {m.delete}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}

function RenameForm({
  initial,
  m,
  onDone,
}: {
  initial: string;
  m: (typeof CLIENTS)['en'];
  onDone: (name: string | null) => void;
}) {
  const [value, setValue] = useState(initial);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onDone(value);
  };
  return (
    <form className="client-rename" onSubmit={submit}>
      <label htmlFor={id}>{m.renameLabel}</label>
      <input
        id={id}
        value={value}
        maxLength={120}
        // Focus the field the user asked to edit.
        autoFocus
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onDone(null);
          }
        }}
      />
      <button type="submit">{m.save}</button>
      <button type="button" onClick={() => onDone(null)}>
        {m.cancel}
      </button>
    </form>
  );
}
