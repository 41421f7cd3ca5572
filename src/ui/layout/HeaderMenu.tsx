import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useStore as useZustand } from 'zustand';
import type { Lang } from '../../i18n/lang';
import { WanToggle } from './WanToggle';
import { COMMON } from '../../i18n/messages/common';
import { LAYOUT } from '../../i18n/messages/layout';
import { useStore } from '../../state/store';
import { useLang } from '../common/useLang';

// Report and presenter view load after the first screen (initial JS budget).
const ReportActions = lazy(() =>
  import('../report/ReportActions').then((m) => ({ default: m.ReportActions })),
);

/**
 * The header's commands: undo, redo, report, present, language. On a wide screen they sit in
 * the header's row; on a phone they fold into one "Menu" button (a disclosure: the commands
 * are ordinary buttons and a select, not a menu widget), so the header stays one row.
 * Escape or a tap outside folds them again. Opening the report or the presenter view leaves
 * them open underneath, so closing the view returns focus to its button.
 */
export function HeaderMenu() {
  const m = COMMON[useLang()];
  const l = LAYOUT[useLang()];
  const lang = useLang();
  const setLang = useStore((s) => s.setLang);
  const canUndo = useZustand(useStore.temporal, (t) => t.pastStates.length > 0);
  const canRedo = useZustand(useStore.temporal, (t) => t.futureStates.length > 0);
  const { undo, redo } = useStore.temporal.getState();
  const [open, setOpen] = useState(false);
  const commandsId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div className="header-menu" ref={wrap} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls={commandsId}
        onClick={() => setOpen(!open)}
      >
        <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" />
        </svg>
        {l.menu}
      </button>
      <div
        id={commandsId}
        className={open ? 'header-commands is-open' : 'header-commands'}
        role="group"
        aria-label={l.commandsLabel}
      >
        <button
          type="button"
          onClick={() => undo()}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
        >
          {m.undo}
        </button>
        <button
          type="button"
          onClick={() => redo()}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          {m.redo}
        </button>
        <Suspense>
          <ReportActions />
        </Suspense>
        <label className="lang-switch">
          <span className="visually-hidden">{m.language}</span>
          <select
            value={lang}
            onChange={(e) => setLang(e.target.value as Lang)}
            aria-label={m.language}
          >
            {(['zh-CN', 'en'] as const).map((code) => (
              <option key={code} value={code} lang={code}>
                {m.languageNames[code]}
              </option>
            ))}
          </select>
        </label>
        <WanToggle />
      </div>
    </div>
  );
}
