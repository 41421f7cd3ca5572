import { useRef, useState } from 'react';
import type { Preset } from '../../engine/presets';
import type { PlanFileScenario } from '../../io/planSchema';
import { SCENARIO } from '../../i18n/messages/scenario';
import { useLang } from '../common/useLang';
import { DEFAULT_SCENARIO_ID } from '../../state/scenarioSlice';
import { useStore } from '../../state/store';
import { localName } from '../../i18n/localName';
import { newScenarioId, newShock, shockDraft, type BuilderDraft } from './builderModel';
import { ScenarioBuilder } from './ScenarioBuilder';
import { ScenarioChoices, scenarioRadioId } from './ScenarioChoices';
import { isGivenName, withDerivedName } from './scenarioName';
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
  const fileSources = useStore((s) => s.draft.fundingSources);
  const sources = (Array.isArray(fileSources) ? fileSources : []).map((s) => ({
    id: s.id,
    name: s.name,
  }));
  /** Every change of the form: the name follows the shocks until the user names it. */
  const change = (next: BuilderDraft) => setDraft(withDerivedName(next, sources, lang));

  const fill = (next: BuilderDraft) => {
    change(next);
    setOpen(true);
    setFocusToken((t) => t + 1);
  };
  const toggle = () => {
    if (!open && draft.shocks.length === 0)
      change({ ...emptyDraft(), autoName: true, shocks: [newShock(nextKey())] });
    setOpen(!open);
  };
  const startFrom = (p: Preset) =>
    fill({
      id: null,
      name: '',
      autoName: true,
      shocks: p.shocks.map((s) => shockDraft(s, nextKey())),
    });
  const edit = (s: PlanFileScenario) => {
    const shocks = s.shocks.map((k) => shockDraft(k, nextKey()));
    fill({
      id: s.id,
      name: s.name,
      autoName: isGivenName(s.name, shocks, sources),
      ...(s.description === undefined ? {} : { description: s.description }),
      shocks,
    });
  };
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
        onDraftChange={change}
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
