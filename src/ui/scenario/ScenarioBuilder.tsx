import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { LIMITS } from '../../io/limits';
import { SCENARIO } from '../../i18n/messages/scenario';
import { SCENARIO_NAME } from '../../i18n/messages/scenarioName';
import { useLang } from '../common/useLang';
import { useStore } from '../../state/store';
import { localName } from '../../i18n/localName';
import { FormContext } from '../fields/form';
import { Field } from '../fields/Field';
import { useBuilderErrorText } from './builderErrorText';
import { builderFieldId, builderForm } from './builderForm';
import {
  firstErrorKey,
  newScenarioId,
  newShock,
  scenarioFromDraft,
  validateBuilder,
  type BuilderDraft,
  type ShockDraft,
} from './builderModel';
import { ShockFields } from './ShockFields';

type Props = {
  open: boolean;
  onToggle: () => void;
  draft: BuilderDraft;
  onDraftChange: (draft: BuilderDraft) => void;
  /** Changes whenever the name field should take focus (the builder was filled from a card). */
  focusToken: number;
  onSaved: (id: string, name: string) => void;
  onCancel: () => void;
  nextKey: () => string;
};

/** "Build your own scenario": a disclosure holding the shock-by-shock form; saving applies it. */
export function ScenarioBuilder({
  open,
  onToggle,
  draft,
  onDraftChange,
  focusToken,
  onSaved,
  onCancel,
  nextKey,
}: Props) {
  const lang = useLang();
  const m = SCENARIO[lang];
  const b = m.builder;
  const errorText = useBuilderErrorText();
  const prefix = useId().replace(/:/g, '');
  const bodyId = `${prefix}-body`;
  const nameRef = useRef<HTMLInputElement>(null);
  const [submitted, setSubmitted] = useState(false);
  const saveScenario = useStore((s) => s.saveScenario);
  const existing = useStore((s) => s.draft.scenarios ?? []);
  const fileSources = useStore((s) => s.draft.fundingSources);
  const business = useStore((s) => s.valid.plan.business);

  useEffect(() => {
    if (focusToken > 0) nameRef.current?.focus();
  }, [focusToken]);

  const ctx = {
    horizonDays: business.horizonDays,
    scenarioCount: existing.length,
    maxScenarios: LIMITS.keptScenarios,
  };
  const errors = submitted ? validateBuilder(draft, ctx) : {};
  const hasErrors = Object.keys(errors).length > 0;
  const sources = (Array.isArray(fileSources) ? fileSources : []).map((s) => ({
    id: s.id,
    name: s.name,
  }));
  const editing = draft.id === null ? undefined : existing.find((s) => s.id === draft.id);

  const setShock = (i: number, patch: Partial<ShockDraft>) =>
    onDraftChange({
      ...draft,
      shocks: draft.shocks.map((s, j) => (j === i ? { ...s, ...patch } : s)),
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const found = validateBuilder(draft, ctx);
    const first = firstErrorKey(found);
    if (first !== undefined) {
      const target =
        first === 'name' ? nameRef.current : document.getElementById(builderFieldId(prefix, first));
      (target ?? document.getElementById(`${prefix}-add`))?.focus();
      return;
    }
    const id = draft.id ?? newScenarioId(existing.map((s) => s.id));
    const scenario = scenarioFromDraft(draft, id);
    saveScenario(scenario);
    setSubmitted(false);
    onSaved(id, scenario.name);
  };

  const listError = errors.shocks ? errorText(errors.shocks) : undefined;

  return (
    <div className="scenario-builder">
      <h3 className="scenario-builder-head">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <span className="disclosure-icon" aria-hidden="true" />
          {b.toggle}
        </button>
      </h3>
      <div id={bodyId} hidden={!open}>
        {open && (
          <FormContext value={builderForm(draft, onDraftChange, errors, errorText, prefix)}>
            <form className="scenario-form" noValidate onSubmit={submit}>
              {editing && (
                <p className="scenario-editing">{b.editing(localName(editing.name, lang))}</p>
              )}
              <p className="field-hint">{b.intro}</p>
              <div className="scenario-name-field">
                <Field path={['name']} label={b.name} hint={SCENARIO_NAME[lang].hint}>
                  {(control, { value, set }) => (
                    <input
                      {...control}
                      ref={nameRef}
                      type="text"
                      autoComplete="off"
                      value={String(value)}
                      maxLength={LIMITS.nameLength}
                      onChange={(e) => set(e.target.value)}
                    />
                  )}
                </Field>
              </div>
              <h4 className="scenario-shocks-head">{b.shocksHeading}</h4>
              <ol className="shock-list">
                {draft.shocks.map((s, i) => (
                  <li key={s.key}>
                    <ShockFields
                      shock={s}
                      index={i}
                      sources={sources}
                      startDate={business.startDate}
                      horizonDays={business.horizonDays}
                      onChange={(patch) => setShock(i, patch)}
                      onRemove={() =>
                        onDraftChange({ ...draft, shocks: draft.shocks.filter((_, j) => j !== i) })
                      }
                    />
                  </li>
                ))}
              </ol>
              <button
                type="button"
                id={`${prefix}-add`}
                disabled={draft.shocks.length >= LIMITS.shocks}
                aria-describedby={listError ? `${prefix}-list-error` : undefined}
                onClick={() =>
                  onDraftChange({ ...draft, shocks: [...draft.shocks, newShock(nextKey())] })
                }
              >
                + {b.addShock}
              </button>
              {listError && (
                <p id={`${prefix}-list-error`} className="field-error">
                  {listError}
                </p>
              )}
              {hasErrors && (
                <p className="field-error scenario-form-summary" role="alert">
                  {b.fixFirst}
                </p>
              )}
              <div className="scenario-form-actions">
                <button type="submit" className="primary">
                  {b.save}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setSubmitted(false);
                    onCancel();
                  }}
                >
                  {b.cancel}
                </button>
              </div>
            </form>
          </FormContext>
        )}
      </div>
    </div>
  );
}
