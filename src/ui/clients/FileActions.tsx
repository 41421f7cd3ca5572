import { useId } from 'react';
import { CLIENTS } from '../../i18n/messages/clients';
import { useLang } from '../common/useLang';
import { useStore } from '../../state/store';
import { Dialog } from './Dialog';
import { exportCurrentPlan } from './exportPlan';
import { ImportPlan } from './ImportPlan';
import { SharePlan } from './SharePlan';

/** Export the open plan, import a plan file, or make a share link. */
export function FileActions({
  onClose,
  announce,
}: {
  onClose: () => void;
  announce: (text: string) => void;
}) {
  const m = CLIENTS[useLang()];
  const id = useId();
  const problems = useStore((s) => s.issues.length);
  return (
    <Dialog title={m.fileTitle} closeLabel={m.close} onClose={onClose} className="client-files">
      <section className="client-section" aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`}>{m.exportHeading}</h3>
        <p>{m.exportIntro}</p>
        {problems > 0 && <p className="client-warning">{m.exportDraftWarning(problems)}</p>}
        <button type="button" className="client-primary" onClick={exportCurrentPlan}>
          {m.exportButton}
        </button>
      </section>
      <ImportPlan
        onDone={(message) => {
          announce(message);
          onClose();
        }}
      />
      <SharePlan />
    </Dialog>
  );
}
