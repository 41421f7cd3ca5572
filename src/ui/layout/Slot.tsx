import { Suspense, useContext, useRef, type ReactNode } from 'react';
import { COMMON } from '../../i18n/messages/common';
import { useLang } from '../common/useLang';
import { PanelBoundary } from '../common/PanelBoundary';
import { OffScreen } from './offScreen';
import { useReveal } from './useReveal';

type Props = {
  /** Names the placeholder's size class and the error boundary. */
  name: string;
  children: ReactNode;
  /** Grid area on wide screens. */
  area?: string;
  /** Render at once (the first screen) instead of when the panel is needed. */
  eager?: boolean;
};

/**
 * One panel's place on the page: an error boundary, a placeholder that keeps the panel's room
 * (nothing moves when it arrives), and — unless `eager` — rendering deferred until the panel is
 * in the viewport, takes focus or the reader engages (useReveal, reveal.ts). Only the answer
 * renders at start-up; a reader who starts working gets the rest drawn at once, the section on
 * screen first (a section off screen waits for an idle moment: OffScreen).
 */
export function Slot({ name, children, area, eager = false }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, show] = useReveal(ref, eager, useContext(OffScreen));

  const placeholder = <Placeholder name={name} />;
  return (
    <div
      ref={ref}
      className={`slot${area ? ` slot-${area}` : ''}`}
      onFocus={shown ? undefined : show}
    >
      <PanelBoundary name={name}>
        {shown ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}
      </PanelBoundary>
    </div>
  );
}

function Placeholder({ name }: { name: string }) {
  const m = COMMON[useLang()];
  return (
    <div className={`panel placeholder placeholder-${name}`} aria-busy="true">
      <span className="visually-hidden">{m.loading}</span>
    </div>
  );
}
