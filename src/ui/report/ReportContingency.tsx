import { useMemo } from 'react';
import type { Advice } from '../../engine/advice';
import { contingencyPlan } from '../../engine/contingency';
import { formatDate } from '../../i18n/format';
import { ADVICE } from '../../i18n/messages/advice';
import { COMMON } from '../../i18n/messages/common';
import type { ReportMessages } from '../../i18n/messages/report';
import type { Lang } from '../../i18n/lang';
import { OutageSteps } from '../advice/OutageSteps';
import { SignalTable } from '../advice/SignalTable';
import { TriggerTable } from '../advice/TriggerTable';
import { scenarioDisplayName } from '../headline/headlineParts';
import type { ReportData } from './useReportData';

/** The contingency plan (triggers, then the order of actions) on its own page. */
export function ReportContingency({
  data,
  advice,
  lang,
  r,
}: {
  data: ReportData;
  advice: Advice | null;
  lang: Lang;
  r: ReportMessages;
}) {
  const { plan, scenario, analysis } = data;
  const m = ADVICE[lang];
  const c = m.contingency;
  const levers = plan.leverAssumptions ?? {};
  const result = useMemo(
    () => contingencyPlan(plan, scenario, analysis, advice),
    [plan, scenario, analysis, advice],
  );
  return (
    <section className="report-page report-contingency" aria-labelledby="report-contingency-title">
      <h2 id="report-contingency-title">{r.contingencyTitle}</h2>
      <p>
        {c.intro({
          scenario: scenarioDisplayName(scenario, lang),
          date: formatDate(result.shockDate, lang),
        })}
      </p>
      <h3>{c.triggersTitle}</h3>
      <TriggerTable
        triggers={result.triggers}
        pending={advice === null}
        lang={lang}
        m={m}
        infoLabel={COMMON[lang].source}
        levers={levers}
        cashHolds={result.gapDate === null}
      />
      <h3>{c.signalsTitle}</h3>
      <p className="report-muted">{c.signalsIntro}</p>
      <SignalTable
        signals={result.signals}
        lang={lang}
        m={m}
        levers={levers}
        cashHolds={result.gapDate === null}
      />
      <h3>{c.stepsTitle}</h3>
      <p className="report-muted">{c.stepsIntro}</p>
      <OutageSteps steps={result.steps} lang={lang} m={m} levers={levers} />
    </section>
  );
}
