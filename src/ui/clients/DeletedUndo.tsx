import { CLIENTS } from '../../i18n/messages/clients';
import { useLang } from '../common/useLang';
import { clientLabel } from './clientLabel';
import { restoreDeleted } from '../../state/clientSession/actions';
import { useClients } from '../../state/clientSession/useClients';

/** "Deleted X. [Undo delete]" after a client file is deleted; stays until the next delete. */
export function DeletedUndo() {
  const lang = useLang();
  const m = CLIENTS[lang];
  const deleted = useClients((s) => s.deleted);
  return (
    <div role="status" className="client-deleted-wrap">
      {deleted && (
        <p className="client-deleted">
          <span>{m.deleted(clientLabel(deleted.meta, lang, m.untitled))}</span>
          <button type="button" onClick={() => void restoreDeleted()}>
            {m.undoDelete}
          </button>
          <button type="button" onClick={() => useClients.setState({ deleted: null })}>
            {m.close}
          </button>
        </p>
      )}
    </div>
  );
}
