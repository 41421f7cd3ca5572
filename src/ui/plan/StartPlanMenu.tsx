import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { findPreset } from '../../engine/presets';
import { EXAMPLES, type ExampleId } from '../../io/examples';
import { PLAN } from '../../i18n/messages/plan';
import { useLang } from '../../i18n/useLang';
import { DEFAULT_SCENARIO_ID } from '../../state/scenarioSlice';
import { useStore } from '../../state/store';
import { localName } from '../../i18n/localName';
import { localTodayIso } from './localToday';
import './plan.css';

/**
 * "Start a plan": a disclosure menu in the header offering a blank plan or one of the samples.
 * Replacing the plan is undoable. Escape or a click outside closes it; focus returns to the button.
 */
export function StartPlanMenu() {
  const lang = useLang();
  const m = PLAN[lang];
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const rawName = useStore((s) =>
    typeof s.draft.business?.name === 'string' ? s.draft.business.name : '',
  );
  const name = rawName.trim() === '' ? m.untitled : localName(rawName, lang);

  useEffect(() => {
    if (!open) return;
    firstRef.current?.focus();
    const outside = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      close();
    }
  };
  /** Keeps the selected scenario meaningful: a custom one the new plan lacks falls back to the default. */
  const afterReplace = () => {
    const { scenarioId, draft, selectScenario } = useStore.getState();
    if (!findPreset(scenarioId) && !(draft.scenarios ?? []).some((s) => s.id === scenarioId)) {
      selectScenario(DEFAULT_SCENARIO_ID);
    }
  };
  const chooseBlank = () => {
    useStore.getState().startBlank(localTodayIso());
    afterReplace();
    setStatus(m.loaded(m.blank));
    close();
  };
  const chooseExample = (id: ExampleId, label: string) => {
    useStore.getState().loadExample(id);
    afterReplace();
    setStatus(m.loaded(label));
    close();
  };

  return (
    <div className="start-plan" ref={wrapRef} onKeyDown={onKeyDown}>
      <p className="start-plan-current" title={rawName || undefined}>
        <span className="start-plan-current-label">
          {m.current}
          {m.colon}
        </span>
        <span className="start-plan-current-name">{name}</span>
      </p>
      <button
        ref={buttonRef}
        type="button"
        className="start-plan-button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        {m.button}
        <span className="start-plan-caret" aria-hidden="true" />
      </button>
      <div
        id={menuId}
        className="start-plan-menu"
        hidden={!open}
        role="group"
        aria-label={m.menuLabel}
        onBlur={(e) => {
          if (!wrapRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
        }}
      >
        <p className="start-plan-note">{m.undoNote}</p>
        <ul className="start-plan-list">
          <li>
            <button ref={firstRef} type="button" className="start-plan-item" onClick={chooseBlank}>
              <span className="start-plan-item-name">{m.blank}</span>
              <span className="start-plan-item-summary">{m.blankSummary}</span>
            </button>
          </li>
        </ul>
        <p className="start-plan-subhead">{m.samplesHeading}</p>
        <ul className="start-plan-list">
          {EXAMPLES.map((ex) => (
            <li key={ex.id}>
              <button
                type="button"
                className="start-plan-item"
                onClick={() => chooseExample(ex.id, ex.name[lang])}
              >
                <span className="start-plan-item-name">{ex.name[lang]}</span>
                <span className="start-plan-item-summary">{ex.summary[lang]}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
