import { useId, useState, type FormEvent } from 'react';
import type { Scenario } from '../../engine/model';
import { PRESETS } from '../../engine/presets';
import { LIMITS } from '../../io/limits';
import type { Lang } from '../../i18n/lang';
import { localName } from '../../i18n/localName';
import { COMPARE } from '../../i18n/messages/compare';
import { DOMAIN } from '../../i18n/messages/domain';
import {
  canKeepScenario,
  duplicateScenario,
  MAX_KEPT_SCENARIOS,
  removeScenario,
  renameScenario,
} from '../../state/keptScenarios';
import { useStore } from '../../state/store';
import { LETTERS } from './compareModel';

type Props = { kept: readonly Scenario[]; lang: Lang; onStatus: (text: string) => void };

/** The plan's kept scenarios with show / duplicate / rename / remove, and "keep a copy of a preset". */
export function KeptScenarios({ kept, lang, onStatus }: Props) {
  const m = COMPARE[lang];
  const id = useId().replace(/:/g, '');
  const selected = useStore((s) => s.scenarioId);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState(false);
  const [preset, setPreset] = useState(PRESETS[0]!.id);
  const full = kept.length >= MAX_KEPT_SCENARIOS;
  const nameOf = (s: Scenario) => localName(s.name, lang);

  const duplicate = (source: string, copyName: string, added: (n: string) => string) => {
    if (!canKeepScenario()) onStatus(m.limitReached(MAX_KEPT_SCENARIOS));
    else if (duplicateScenario(source, copyName) !== null)
      onStatus(added(localName(copyName, lang)));
  };
  const saveName = (e: FormEvent, s: Scenario) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > LIMITS.nameLength) {
      setNameError(true);
      return;
    }
    renameScenario(s.id, trimmed);
    setRenaming(null);
    onStatus(m.renamed(trimmed));
  };

  return (
    <div className="compare-kept">
      <h3>{m.keptHeading(kept.length, MAX_KEPT_SCENARIOS)}</h3>
      {kept.length === 0 && <p>{m.empty}</p>}
      <ol className="compare-kept-list">
        {kept.map((s, i) => (
          <li key={s.id} className={selected === s.id ? 'is-selected' : undefined}>
            <p className="compare-kept-name">
              <span className="compare-letter" aria-hidden="true">
                {LETTERS[i]}
              </span>
              <span className="visually-hidden">{m.letter(LETTERS[i]!)}: </span>
              <strong>{nameOf(s)}</strong>
              {selected === s.id && <span className="compare-tag">{m.selected}</span>}
            </p>
            {renaming === s.id ? (
              <form className="compare-rename" noValidate onSubmit={(e) => saveName(e, s)}>
                <label className="field-label" htmlFor={`${id}-${s.id}-name`}>
                  {m.newName(nameOf(s))}
                </label>
                <input
                  id={`${id}-${s.id}-name`}
                  value={name}
                  maxLength={LIMITS.nameLength}
                  autoFocus
                  aria-invalid={nameError || undefined}
                  aria-describedby={nameError ? `${id}-${s.id}-error` : undefined}
                  onChange={(e) => {
                    setName(e.target.value);
                    setNameError(false);
                  }}
                />
                {nameError && (
                  <p id={`${id}-${s.id}-error`} className="field-error">
                    {m.nameRequired}
                  </p>
                )}
                <button type="submit" className="primary">
                  {m.save}
                </button>
                <button type="button" onClick={() => setRenaming(null)}>
                  {m.cancel}
                </button>
              </form>
            ) : (
              <div className="compare-kept-actions">
                <button
                  type="button"
                  className="link-button"
                  aria-label={m.showLabel(nameOf(s))}
                  aria-pressed={selected === s.id}
                  onClick={() => useStore.getState().selectScenario(s.id)}
                >
                  {m.show}
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={m.duplicateLabel(nameOf(s))}
                  disabled={full}
                  onClick={() => duplicate(s.id, m.copyName(s.name), m.duplicated)}
                >
                  {m.duplicate}
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={m.renameLabel(nameOf(s))}
                  onClick={() => {
                    setRenaming(s.id);
                    setName(s.name);
                    setNameError(false);
                  }}
                >
                  {m.rename}
                </button>
                <button
                  type="button"
                  className="link-button danger"
                  aria-label={m.removeLabel(nameOf(s))}
                  onClick={() => {
                    removeScenario(s.id);
                    onStatus(m.removed(nameOf(s)));
                  }}
                >
                  {m.remove}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {kept.length > 0 && <p className="field-hint">{m.editHint}</p>}
      {full ? (
        <p className="compare-limit">{m.limitReached(MAX_KEPT_SCENARIOS)}</p>
      ) : (
        <div className="compare-add">
          <label className="field-label" htmlFor={`${id}-preset`}>
            {m.addPreset}
          </label>
          <select id={`${id}-preset`} value={preset} onChange={(e) => setPreset(e.target.value)}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {DOMAIN[lang].presetName[p.id] ?? p.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => {
              const p = PRESETS.find((x) => x.id === preset)!;
              duplicate(p.id, DOMAIN[lang].presetName[p.id] ?? p.name, m.added);
            }}
          >
            {m.addPresetButton}
          </button>
        </div>
      )}
    </div>
  );
}
