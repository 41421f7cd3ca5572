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
import { TriggerTable } from './TriggerTable';
import { useAdvice } from './useAdvice';
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
      <div
        className="table-scroll contingency-scroll"
        role="region"
        aria-label={c.triggersTitle}
        tabIndex={0}
      >
        <TriggerTable
          triggers={result.triggers}
          pending={current === null}
          lang={lang}
          m={m}
          infoLabel={COMMON[lang].source}
          levers={levers}
          cashHolds={result.gapDate === null}
        />
      </div>
      <h3>{c.signalsTitle}</h3>
      <p className="field-hint">{c.signalsIntro}</p>
      <div
        className="table-scroll contingency-scroll"
        role="region"
        aria-label={c.signalsTitle}
        tabIndex={0}
      >
        <SignalTable
          signals={result.signals}
          lang={lang}
          m={m}
          levers={levers}
          cashHolds={result.gapDate === null}
        />
      </div>
      <h3>{c.stepsTitle}</h3>
      <p className="field-hint">{c.stepsIntro}</p>
      {current === null && (
        <p className="advice-working" role="status">
          {m.working}
        </p>
      )}
      <OutageSteps steps={result.steps} lang={lang} m={m} levers={levers} />
    </section>
  );
}
