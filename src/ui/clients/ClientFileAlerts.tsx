import { CLIENT_ALERTS } from '../../i18n/messages/clientAlerts';
import { openClient } from '../../state/clientSession/actions';
import { alertKey } from '../../state/clientSession/sessionState';
import { useClients } from '../../state/clientSession/useClients';
import { useLang } from '../common/useLang';
import { alertView } from './clientAlertView';

const dismiss = (key: string) =>
  useClients.setState((s) => ({ alerts: s.alerts.filter((a) => alertKey(a) !== key) }));

/** The plan inside kept-aside data, as a plan file (loaded on demand, like every download). */
const downloadPlanFile = (key: string) =>
  void import('./keptAside').then((m) => m.downloadPlanFileFrom(key));

/**
 * What happened to saved client files while they loaded (a list rebuilt, a draft repaired, a
 * file from a newer FundGap, an edit kept from a closed tab), each until dismissed.
 */
export function ClientFileAlerts() {
  const lang = useLang();
  const m = CLIENT_ALERTS[lang];
  const alerts = useClients((s) => s.alerts);
  return alerts.map((alert) => {
    const view = alertView(alert, lang);
    return (
      <div key={view.key} className="client-alert" role="alert">
        <p className="client-alert-title">{view.title}</p>
        {view.text && <p>{view.text}</p>}
        <div className="client-buttons">
          {view.downloadFrom && (
            <button type="button" onClick={() => downloadPlanFile(view.downloadFrom!)}>
              {m.downloadPlanFile}
            </button>
          )}
          {view.open && (
            <button
              type="button"
              onClick={() => void openClient(view.open!).then((ok) => ok && dismiss(view.key))}
            >
              {m.openIt}
            </button>
          )}
          <button type="button" onClick={() => dismiss(view.key)}>
            {m.dismiss}
          </button>
        </div>
      </div>
    );
  });
}
