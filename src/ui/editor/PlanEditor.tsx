import { useRef, useState, type ComponentType } from 'react';
import { describeIssue } from '../../io/issueText';
import { EDITOR } from '../../i18n/messages/editor';
import { useLang } from '../common/useLang';
import { useStore } from '../../state/store';
import './editor.css';
import { CashFlowsStep } from './flows/CashFlowsStep';
import { FundingStep } from './funding/FundingStep';
import { ReservesStep } from './reserves/ReservesStep';
import { ScenarioStep } from './scenario/ScenarioStep';
import { panelId, StepTabs, tabId } from './StepTabs';
import { STEP_IDS, type StepId } from './steps';
import { useStepIssues } from './useIssues';

const STEP_BODY: Record<StepId, ComponentType> = {
  reserves: ReservesStep,
  flows: CashFlowsStep,
  funding: FundingStep,
  scenario: ScenarioStep,
};

/**
 * The plan editor as a guided path for a first-time owner: reserves → cash flows → funding →
 * scenario. Every edit goes to the store at once, so the results above follow live.
 */
export function PlanEditor() {
  const m = EDITOR[useLang()];
  const lang = useLang();
  const [active, setActive] = useState<StepId>('reserves');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const counts: Record<StepId, number> = {
    reserves: useStore((s) => s.draft.cashAccounts.length),
    flows: useStore((s) => s.draft.cashFlows.length),
    funding: useStore((s) => s.draft.fundingSources.length),
    scenario: useStore((s) => (Array.isArray(s.draft.scenarios) ? s.draft.scenarios.length : 0)),
  };
  const { byStep, general } = useStepIssues();
  const at = STEP_IDS.indexOf(active);
  const Body = STEP_BODY[active];
  const goTo = (id: StepId) => {
    setActive(id);
    setTimeout(() => {
      headingRef.current?.focus();
      headingRef.current?.scrollIntoView?.({ block: 'nearest' });
    }, 0);
  };
  const prev = STEP_IDS[at - 1];
  const next = STEP_IDS[at + 1];

  return (
    <section className="panel ed no-print" id="plan" aria-labelledby="ed-title">
      <h2 id="ed-title">{m.title}</h2>
      <p className="ed-intro">{m.intro}</p>
      {general.length > 0 && (
        <div className="ed-item-issues" role="alert">
          <p>{m.otherIssues}</p>
          <ul>
            {general.map((i) => (
              <li key={`${i.path}:${i.code}`}>{describeIssue(i, lang)}</li>
            ))}
          </ul>
        </div>
      )}
      <StepTabs active={active} onSelect={setActive} counts={counts} issues={byStep} />
      <div
        role="tabpanel"
        id={panelId(active)}
        aria-labelledby={tabId(active)}
        className="ed-panel"
      >
        <p className="ed-step-of">{m.stepOf(at + 1, STEP_IDS.length)}</p>
        <h3 ref={headingRef} tabIndex={-1}>
          {m.steps[active].name}
        </h3>
        <p className="ed-step-intro">{m.steps[active].intro}</p>
        <Body />
        <nav className="ed-step-nav" aria-label={m.stepsLabel}>
          {prev && (
            <button type="button" onClick={() => goTo(prev)}>
              <span aria-hidden="true">← </span>
              {m.back(m.steps[prev].name)}
            </button>
          )}
          {next && (
            <button type="button" className="primary" onClick={() => goTo(next)}>
              {m.next(m.steps[next].name)}
              <span aria-hidden="true"> →</span>
            </button>
          )}
        </nav>
      </div>
    </section>
  );
}
