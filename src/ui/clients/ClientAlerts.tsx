import { CLIENTS } from '../../i18n/messages/clients';
import { useLang } from '../common/useLang';
import { describeError } from '../../io/issueText';
import { clientLabel } from './clientLabel';
import { resolveConflict } from '../../state/clientSession/actions';
import { useClients } from '../../state/clientSession/useClients';
import { useStore } from '../../state/store';
import { ClientFileAlerts } from './ClientFileAlerts';
import { DeletedUndo } from './DeletedUndo';

/**
 * Messages about client files that need the user: a two-tab conflict (a choice, nothing saved
 * until it is made), what happened to saved files as they loaded, a share link that opened or
 * was refused, a delete to undo.
 */
export function ClientAlerts({ showDeleted }: { showDeleted: boolean }) {
  const lang = useLang();
  const m = CLIENTS[lang];
  const conflict = useClients((s) => s.conflict);
  const shareError = useClients((s) => s.shareError);
  const sharedOpened = useClients((s) => s.sharedOpened);
  const current = useClients((s) => s.clients.find((c) => c.id === s.activeId));
  const draftName = useStore((s) =>
    typeof s.draft.business?.name === 'string' ? s.draft.business.name : '',
  );
  const name = clientLabel(
    { name: current?.name ?? '', businessName: draftName },
    lang,
    m.untitled,
  );

  return (
    <div className="client-alerts" role="region" aria-label={m.alertsLabel}>
      {conflict && (
        <div className="client-alert client-alert-conflict" role="alert">
          <p className="client-alert-title">{m.conflictTitle}</p>
          <p>{m.conflictText}</p>
          <div className="client-buttons">
            <button type="button" onClick={() => void resolveConflict('theirs', '')}>
              {m.conflictTheirs}
            </button>
            <button
              type="button"
              className="client-primary"
              onClick={() => void resolveConflict('copy', m.conflictCopyName(name))}
            >
              {m.conflictCopy}
            </button>
            <button type="button" onClick={() => void resolveConflict('mine', '')}>
              {m.conflictMine}
            </button>
          </div>
        </div>
      )}
      <ClientFileAlerts />
      {shareError && (
        <div className="client-alert client-alert-error" role="alert">
          <p className="client-alert-title">{m.shareInvalid}</p>
          <p>
            {shareError.reason === 'plan'
              ? describeError(shareError.error, lang)
              : shareError.reason === 'too_large'
                ? m.shareTooLarge
                : m.shareGarbled}
          </p>
          <button type="button" onClick={() => useClients.setState({ shareError: null })}>
            {m.close}
          </button>
        </div>
      )}
      {sharedOpened && (
        <div className="client-alert" role="status">
          <p>{m.shareOpened}</p>
          <button type="button" onClick={() => useClients.setState({ sharedOpened: null })}>
            {m.close}
          </button>
        </div>
      )}
      {showDeleted && <DeletedUndo />}
    </div>
  );
}
