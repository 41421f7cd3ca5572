import { useId, useState } from 'react';
import { CLIENTS } from '../../i18n/messages/clients';
import { useLang } from '../common/useLang';
import { shareLink, SHARE_LINK_WARN_CHARS } from '../../io/shareLink';
import { useStore } from '../../state/store';
import { exportCurrentPlan } from './exportPlan';

/**
 * A share link for the open plan, with where the data goes; a link too long for chat apps says
 * so and offers the plan file instead.
 */
export function SharePlan() {
  const m = CLIENTS[useLang()];
  const id = useId();
  const [link, setLink] = useState('');
  const [status, setStatus] = useState('');

  const create = () => {
    setLink(shareLink(location.href, useStore.getState().valid.file));
    setStatus('');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(m.copied);
    } catch {
      setStatus(m.copyFailed);
    }
  };
  const long = link.length > SHARE_LINK_WARN_CHARS;
  return (
    <section className="client-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{m.shareHeading}</h3>
      <p>{m.shareIntro}</p>
      <button type="button" onClick={create}>
        {m.shareCreate}
      </button>
      {link && (
        <div className="client-share">
          <label className="field-label" htmlFor={id}>
            {m.shareLinkLabel}
          </label>
          <textarea
            id={id}
            readOnly
            rows={3}
            value={link}
            aria-describedby={`${id}-len`}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p
            id={`${id}-len`}
            className={long ? 'client-warning' : 'client-note'}
            role={long ? 'alert' : undefined}
          >
            {long ? m.shareLong(link.length, SHARE_LINK_WARN_CHARS) : m.shareLength(link.length)}
          </p>
          {long && (
            // Too long to arrive whole: the plan file carries the same plan at any size.
            <button type="button" className="client-primary" onClick={exportCurrentPlan}>
              {m.shareSendFile}
            </button>
          )}
          <button type="button" onClick={() => void copy()}>
            {m.copyLink}
          </button>
          <p role="status" className="client-note">
            {status}
          </p>
        </div>
      )}
    </section>
  );
}
