import { lazy, Suspense, useId, useState } from 'react';
import { CHECK_INS } from '../../i18n/messages/checkIns';
import { useStore } from '../../state/store';
import { useLang } from '../common/useLang';

const CheckInsSection = lazy(() => import('./CheckInsSection'));

/**
 * The open client's check-ins, folded under a heading in the clients section: the section (the
 * engine's comparison, the schema that checks the form) loads only once it is opened.
 */
export function CheckInsSlot() {
  const m = CHECK_INS[useLang()];
  const count = useStore((s) => s.checkIns.length);
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <details
      className="checkins-slot"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary id={id}>
        <span className="checkins-title">{m.title}</span>{' '}
        <span className="checkins-count">({m.summary(count)})</span>
      </summary>
      {open && (
        <Suspense fallback={null}>
          <CheckInsSection />
        </Suspense>
      )}
    </details>
  );
}
