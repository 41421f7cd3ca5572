import { useMemo } from 'react';
import { contingencyPlan } from '../../engine/contingency';
import { formatDate } from '../../i18n/format';
import { ADVICE } from '../../i18n/messages/advice';
import { COMMON } from '../../i18n/messages/common';
import { DOMAIN } from '../../i18n/messages/domain';
import { useLang } from '../common/useLang';
import { localName } from '../../i18n/localName';
import { OutageSteps } from './OutageSteps';
import { SignalTable } from './SignalTable';
import { SignalCards } from './SignalCards';
import { TriggerCards } from './TriggerCards';
import { TriggerTable } from './TriggerTable';
import { useAdvice } from './useAdvice';
import { useNarrow } from './useNarrow';
import { Why } from './Why';
import './advice.css';

/**
 * The contingency plan for the selected scenario: early-warning triggers with their thresholds
 * and responses, then the order of actions during an outage. Made to be printed.
 */
export function ContingencyPlan() {
  const lang = useLang();
  const m = ADVICE[lang];
  const c = m.contingency;
  const { plan, scenario, analysis, advice, stale } = useAdvice();
  const current = stale ? null : advice;
  const result = useMemo(
    () => contingencyPlan(plan, scenario, analysis, current),
    [plan, scenario, analysis, current],
  );
  const scenarioName = DOMAIN[lang].presetName[scenario.id] ?? localName(scenario.name, lang);
  const levers = plan.leverAssumptions ?? {};
  // A phone gets cards with their secondary columns one tap away; print and desktop the tables.
  const narrow = useNarrow();
  const cashHolds = result.gapDate === null;
  const triggerProps = {
    triggers: result.triggers,
    pending: current === null,
    lang,
    m,
    infoLabel: COMMON[lang].source,
    levers,
    cashHolds,
  };
  const signalProps = { signals: result.signals, lang, m, levers, cashHolds };

  return (
    <section
      id="contingency"
      className="panel contingency-panel"
      aria-labelledby="contingency-title"
    >
      <div className="panel-head">
        <h2 id="contingency-title">{c.title}</h2>
        <button type="button" className="print-button" onClick={() => window.print()}>
          {c.print}
        </button>
      </div>
      <p className="advice-lead">
        {c.intro({ scenario: scenarioName, date: formatDate(result.shockDate, lang) })}
      </p>
      <h3>{c.triggersTitle}</h3>
      {narrow ? (
        <TriggerCards {...triggerProps} />
      ) : (
        <div
          className="table-scroll contingency-scroll"
          role="region"
          aria-label={c.triggersTitle}
          tabIndex={0}
        >
          <TriggerTable {...triggerProps} />
        </div>
      )}
      <h3>{c.signalsTitle}</h3>
      <Why label={m.why}>{c.signalsIntro}</Why>
      {narrow ? (
        <SignalCards {...signalProps} />
      ) : (
        <div
          className="table-scroll contingency-scroll"
          role="region"
          aria-label={c.signalsTitle}
          tabIndex={0}
        >
          <SignalTable {...signalProps} />
        </div>
      )}
      <h3>{c.stepsTitle}</h3>
      <Why label={m.why}>{c.stepsIntro}</Why>
      {current === null && (
        <p className="advice-working" role="status">
          {m.working}
        </p>
      )}
      <OutageSteps steps={result.steps} lang={lang} m={m} levers={levers} />
    </section>
  );
}
