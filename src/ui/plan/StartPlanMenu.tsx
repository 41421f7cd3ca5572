import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { EXAMPLES, exampleData, type ExampleId } from '../../io/examples';
import { PLAN } from '../../i18n/messages/plan';
import { useLang } from '../common/useLang';
import { createClient } from '../../state/clientSession/actions';
import { blankPlanFile } from '../../state/planSlice';
import type { PlanFile } from '../../io/planSchema';
import { readerSample } from '../../state/sampleForReader';
import { useStore } from '../../state/store';
import { loadValidator } from '../../state/validator';
import { scenarioFor } from '../clients/scenarioFor';
import { localIsoDate } from '../../io/localDate';
import './plan.css';

/**
 * "New client file": a disclosure menu in the header offering a blank plan or one of the
 * samples, opened as a new client file (the current one stays in the list). Escape or a click
 * outside closes it; focus returns to the button.
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
  /** A validated plan as a new client file, keeping the selected scenario when it still exists. */
  const openAsClient = async (raw: unknown, exampleId: ExampleId | null, label: string) => {
    close();
    const result = (await loadValidator())(raw);
    if (!result.ok) throw new Error(`${label} does not validate`);
    await createClient(result, {
      exampleId,
      scenarioId: scenarioFor(result.file, useStore.getState().scenarioId),
    });
    setStatus(m.loaded(label));
  };
  const chooseBlank = () => void openAsClient(blankPlanFile(localIsoDate()), null, m.blank);
  const chooseExample = async (id: ExampleId, label: string) =>
    openAsClient(readerSample((await exampleData(id)) as PlanFile, lang), id, label);

  return (
    <div className="start-plan" ref={wrapRef} onKeyDown={onKeyDown}>
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
                onClick={() => void chooseExample(ex.id, ex.name[lang])}
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
