import { lazy, Suspense, useRef, useState } from 'react';
import { START } from '../../i18n/messages/start';
import { useStore } from '../../state/store';
import { useLang } from '../common/useLang';

// The steps are their own chunk, fetched on the click: the first screen carries only this bar.
const GuidedStart = lazy(() => import('./GuidedStart').then((m) => ({ default: m.GuidedStart })));

/**
 * While the plan is a shipped sample, say so and offer the guided start beside it. After the
 * owner's plan is loaded the bar goes, and a status line says what happened.
 */
export function SampleBar() {
  const lang = useLang();
  const m = START[lang];
  const isSample = useStore((s) => s.exampleId !== null);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = (done: string | null) => {
    setOpen(false);
    if (done === null) buttonRef.current?.focus();
    else {
      setStatus(done);
      document.getElementById('headline-sentence')?.focus();
    }
  };

  return (
    <>
      {isSample && (
        <p className="sample-bar">
          <span className="sample-tag">{m.sampleTag}</span>
          <span className="sample-note">{m.sampleNote}</span>
          <button
            ref={buttonRef}
            type="button"
            className="primary sample-start"
            aria-haspopup="dialog"
            onClick={() => setOpen(true)}
          >
            {m.button}
          </button>
        </p>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {open && (
        <Suspense fallback={null}>
          <GuidedStart onClose={close} />
        </Suspense>
      )}
    </>
  );
}
