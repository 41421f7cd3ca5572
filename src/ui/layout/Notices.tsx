import { COMMON } from '../../i18n/messages/common';
import { useMessages } from '../../i18n/useLang';
import { useStore } from '../../state/store';

/** Messages that concern the whole app (storage), each with what to do about it. */
export function Notices() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotice);
  const m = useMessages(COMMON);
  if (notices.length === 0) return null;
  const download = (key: string) => {
    const raw = localStorage.getItem(key) ?? '';
    const url = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${key.replace(/[^a-z0-9.-]/gi, '_')}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice" role="alert">
          <p>{m.notices[n.code]}</p>
          {n.keptAs && (
            <button type="button" onClick={() => download(n.keptAs!)}>
              {m.download}
            </button>
          )}
          <button type="button" onClick={() => dismiss(n.id)}>
            {m.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
