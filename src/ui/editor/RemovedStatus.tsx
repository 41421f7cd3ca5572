import { useEffect, useRef } from 'react';
import { EDITOR } from '../../i18n/messages/editor';
import { useLang } from '../common/useLang';
import type { Removal } from './useRemoval';

/** "Removed ‘X’ — Undo", announced politely; focus moves to Undo so the keyboard can take it back. */
export function RemovedStatus({ removal }: { removal: Removal }) {
  const m = EDITOR[useLang()];
  const undoRef = useRef<HTMLButtonElement>(null);
  const { active, undo } = removal;
  useEffect(() => {
    if (active) undoRef.current?.focus();
  }, [active]);
  return (
    <div role="status" className="ed-removed">
      {active && (
        <>
          <span>{m.removed(active.name)}</span>
          <span aria-hidden="true"> — </span>
          <button ref={undoRef} type="button" className="link-button" onClick={undo}>
            {m.undoRemove}
          </button>
        </>
      )}
    </div>
  );
}
