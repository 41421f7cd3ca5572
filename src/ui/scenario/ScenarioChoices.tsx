import { useId } from 'react';
import { PRESETS, type Preset } from '../../engine/presets';
import type { PlanFileScenario } from '../../io/planSchema';
import { DOMAIN } from '../../i18n/messages/domain';
import { SCENARIO } from '../../i18n/messages/scenario';
import { useLang } from '../common/useLang';
import { LIMITS } from '../../io/limits';
import { useStore } from '../../state/store';
import { InfoTip } from '../common/InfoTip';
import { localName } from '../../i18n/localName';
import { describeShock } from './describeShock';
import { PRESET_BASIS } from './presetBasis';
import { ScenarioCard } from './ScenarioCard';

type Props = {
  onStartFrom: (preset: Preset) => void;
  onEdit: (scenario: PlanFileScenario) => void;
  onDuplicate: (index: number) => void;
  onDelete: (index: number) => void;
};

/** Radio id of a scenario's card, so focus can be moved to it after a save. */
export function scenarioRadioId(scenarioId: string): string {
  return `scenario-option-${scenarioId}`;
}

/** The presets and the plan's own scenarios as one radio group of cards. */
export function ScenarioChoices({ onStartFrom, onEdit, onDuplicate, onDelete }: Props) {
  const lang = useLang();
  const m = SCENARIO[lang];
  const d = DOMAIN[lang];
  const groupName = useId();
  const selected = useStore((s) => s.scenarioId);
  const select = useStore((s) => s.selectScenario);
  const custom = useStore((s) => s.draft.scenarios ?? []);
  const fileSources = useStore((s) => s.draft.fundingSources);
  const startDate = useStore((s) => s.valid.plan.business.startDate);
  const sources = (Array.isArray(fileSources) ? fileSources : []).map((s) => ({
    id: s.id,
    name: s.name,
  }));

  return (
    <fieldset className="scenario-choices">
      <legend className="visually-hidden">{m.chooseLegend}</legend>
      <h3 className="scenario-group-head">{m.presetsHeading}</h3>
      <ul className="scenario-cards">
        {PRESETS.map((p) => {
          const id = scenarioRadioId(p.id);
          const name = d.presetName[p.id] ?? p.name;
          const basis = PRESET_BASIS[p.cause];
          return (
            <ScenarioCard
              key={p.id}
              id={id}
              groupName={groupName}
              value={p.id}
              checked={selected === p.id}
              onSelect={select}
              title={name}
              description={<p>{p.assumptions[lang]}</p>}
              detailIds={`${id}-grade`}
              details={
                <p className={`scenario-grade scenario-grade--${p.grade}`}>
                  <span id={`${id}-grade`}>
                    {m.gradeBasis[basis.basis]}
                    {m.colon}
                    {m.gradeText[p.grade]}
                  </span>
                  <InfoTip label={m.sourceTip(name)} grade={p.grade} citation={basis.citation} />
                </p>
              }
              actions={
                <button
                  type="button"
                  className="link-button"
                  aria-label={m.startFromPresetLabel(name)}
                  onClick={() => onStartFrom(p)}
                >
                  {m.startFromPreset}
                </button>
              }
            />
          );
        })}
      </ul>
      {custom.length > 0 && (
        <>
          <h3 className="scenario-group-head">{m.customHeading}</h3>
          <ul className="scenario-cards">
            {custom.map((s, i) => {
              const name = localName(s.name, lang) || m.unnamed;
              return (
                <ScenarioCard
                  key={s.id}
                  id={scenarioRadioId(s.id)}
                  groupName={groupName}
                  value={s.id}
                  checked={selected === s.id}
                  onSelect={select}
                  title={name}
                  tag={m.yourScenario}
                  description={
                    <ul className="scenario-shock-summary">
                      {s.shocks.map((k, j) => (
                        <li key={j}>{describeShock(k, startDate, sources, lang)}</li>
                      ))}
                    </ul>
                  }
                  actions={
                    <>
                      <button
                        type="button"
                        className="link-button"
                        aria-label={m.editLabel(name)}
                        onClick={() => onEdit(s)}
                      >
                        {m.edit}
                      </button>
                      <button
                        type="button"
                        className="link-button"
                        aria-label={m.duplicateLabel(name)}
                        disabled={custom.length >= LIMITS.keptScenarios}
                        onClick={() => onDuplicate(i)}
                      >
                        {m.duplicate}
                      </button>
                      <button
                        type="button"
                        className="link-button danger"
                        aria-label={m.removeLabel(name)}
                        onClick={() => onDelete(i)}
                      >
                        {m.remove}
                      </button>
                    </>
                  }
                />
              );
            })}
          </ul>
          {custom.length >= LIMITS.keptScenarios && (
            <p className="scenario-limit">{m.keptLimit(LIMITS.keptScenarios)}</p>
          )}
        </>
      )}
    </fieldset>
  );
}
