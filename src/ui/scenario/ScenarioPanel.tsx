import { useRef, useState } from 'react';
import type { Preset } from '../../engine/presets';
import type { PlanFileScenario } from '../../io/planSchema';
import { DOMAIN } from '../../i18n/messages/domain';
import { SCENARIO } from '../../i18n/messages/scenario';
import { useLang } from '../common/useLang';
import { DEFAULT_SCENARIO_ID } from '../../state/scenarioSlice';
import { useStore } from '../../state/store';
import { localName } from '../../i18n/localName';
import { newScenarioId, newShock, shockDraft, type BuilderDraft } from './builderModel';
import { ScenarioBuilder } from './ScenarioBuilder';
import { ScenarioChoices, scenarioRadioId } from './ScenarioChoices';
import './scenario.css';

const emptyDraft = (): BuilderDraft => ({ id: null, name: '', shocks: [] });

/**
 * The outage scenario: presets and the plan's own scenarios as radio cards (selecting one
 * recomputes the page), and a builder for custom ones.
 */
export function ScenarioPanel() {
  const lang = useLang();
  const m = SCENARIO[lang];
  const keyCounter = useRef(0);
  const nextKey = () => `shock-${++keyCounter.current}`;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<BuilderDraft>(emptyDraft);
  const [focusToken, setFocusToken] = useState(0);
  const [status, setStatus] = useState('');

  const fill = (next: BuilderDraft) => {
    setDraft(next);
    setOpen(true);
    setFocusToken((t) => t + 1);
  };
  const toggle = () => {
    if (!open && draft.shocks.length === 0)
      setDraft({ ...emptyDraft(), shocks: [newShock(nextKey())] });
    setOpen(!open);
  };
  const startFrom = (p: Preset) =>
    fill({
      id: null,
      name: m.presetCopyName(DOMAIN[lang].presetName[p.id] ?? p.name),
      shocks: p.shocks.map((s) => shockDraft(s, nextKey())),
    });
  const edit = (s: PlanFileScenario) =>
    fill({
      id: s.id,
      name: s.name,
      ...(s.description === undefined ? {} : { description: s.description }),
      shocks: s.shocks.map((k) => shockDraft(k, nextKey())),
    });
  const duplicate = (index: number) => {
    const { draft: file, insertItem } = useStore.getState();
    const list = file.scenarios ?? [];
    const original = list[index];
    if (!original) return;
    const name = m.copyName(original.name);
    insertItem(
      'scenarios',
      { ...structuredClone(original), id: newScenarioId(list.map((s) => s.id)), name },
      index + 1,
    );
    setStatus(m.duplicated(localName(name, lang)));
  };
  const remove = (index: number) => {
    const { draft: file, setField, scenarioId, selectScenario } = useStore.getState();
    const list = file.scenarios ?? [];
    const gone = list[index];
    if (!gone) return;
    setField(
      ['scenarios'],
      list.filter((_, i) => i !== index),
    );
    if (scenarioId === gone.id) selectScenario(DEFAULT_SCENARIO_ID);
    if (draft.id === gone.id) setDraft(emptyDraft());
    setStatus(m.deleted(localName(gone.name, lang)));
  };
  const saved = (id: string, name: string) => {
    setOpen(false);
    setDraft(emptyDraft());
    setStatus(m.saved(localName(name, lang)));
    requestAnimationFrame(() => document.getElementById(scenarioRadioId(id))?.focus());
  };

  return (
    <section
      id="scenario"
      className="panel scenario-panel"
      tabIndex={-1}
      aria-labelledby="scenario-title"
    >
      <div className="panel-head">
        <h2 id="scenario-title">{m.title}</h2>
      </div>
      <p className="scenario-intro">{m.intro}</p>
      <ScenarioChoices
        onStartFrom={startFrom}
        onEdit={edit}
        onDuplicate={duplicate}
        onDelete={remove}
      />
      <p className="scenario-status" role="status">
        {status}
      </p>
      <ScenarioBuilder
        open={open}
        onToggle={toggle}
        draft={draft}
        onDraftChange={setDraft}
        focusToken={focusToken}
        onSaved={saved}
        onCancel={() => {
          setOpen(false);
          setDraft(emptyDraft());
        }}
        nextKey={nextKey}
      />
    </section>
  );
}
