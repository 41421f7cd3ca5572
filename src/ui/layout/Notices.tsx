import { COMMON } from '../../i18n/messages/common';
import { useLang } from '../common/useLang';
import { useStore } from '../../state/store';

/** Messages that concern the whole app (storage), each with what to do about it. */
export function Notices() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotice);
  const m = COMMON[useLang()];
  if (notices.length === 0) return null;
  // Both load on demand: they are needed only when something went wrong.
  const download = (key: string) =>
    void import('../clients/keptAside').then((x) => x.downloadKeptAside(key));
  const exportPlan = () => void import('../clients/exportPlan').then((x) => x.exportCurrentPlan());
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice" role="alert">
          <p>{m.notices[n.code]}</p>
          {n.code === 'storage_full' && (
            <button type="button" onClick={exportPlan}>
              {m.exportPlan}
            </button>
          )}
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
