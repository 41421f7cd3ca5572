import { useState } from 'react';
import { UPDATE } from '../../i18n/messages/update';
import { useUpdate } from '../../pwa/updateState';
import { useLang } from '../common/useLang';
import './update.css';

/** Save what is unsaved, then let the waiting version take over (the page reloads). */
async function reloadIntoNewVersion(): Promise<void> {
  const { flush } = await import('../../state/clientSession/autosave');
  await flush();
  await useUpdate.getState().apply?.();
}

/**
 * "A new version is ready — reload": shown when a new version has installed. A polite status,
 * not an alert: it never takes focus from what the user is typing. "Later" hides it; the new
 * version then starts on the next visit.
 */
export function UpdateBanner() {
  const m = UPDATE[useLang()];
  const ready = useUpdate((s) => s.ready);
  const [later, setLater] = useState(false);
  return (
    <div className="update-banner-wrap" role="status">
      {ready && !later && (
        <div className="update-banner">
          <p>{m.ready}</p>
          <button
            type="button"
            className="update-reload"
            onClick={() => void reloadIntoNewVersion()}
          >
            {m.reload}
          </button>
          <button type="button" onClick={() => setLater(true)}>
            {m.later}
          </button>
        </div>
      )}
      {ready && later && <p className="visually-hidden">{m.laterNote}</p>}
    </div>
  );
}
