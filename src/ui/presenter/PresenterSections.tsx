import { useMemo } from 'react';
import type { Advice } from '../../engine/advice';
import type { Analysis } from '../../engine/analyze';
import { contingencyPlan } from '../../engine/contingency';
import type { Plan, Scenario } from '../../engine/model';
import { formatDate, formatDays, formatMoney } from '../../i18n/format';
import { ADVICE } from '../../i18n/messages/advice';
import { COMMON } from '../../i18n/messages/common';
import type { PresenterMessages } from '../../i18n/messages/presenter';
import type { Lang } from '../../i18n/lang';
import { OutageSteps } from '../advice/OutageSteps';
import { actionTitle, effectText } from '../../i18n/adviceText';
import { TriggerTable } from '../advice/TriggerTable';
import { headlineParts } from '../headline/headlineParts';
import { roundedAdvice, roundedContingency } from './anonymise';

export type SectionProps = {
  plan: Plan;
  scenario: Scenario;
  analysis: Analysis;
  advice: Advice | null;
  anonymised: boolean;
  lang: Lang;
  p: PresenterMessages;
};

/** Overview: who, which scenario, the answer in one sentence and its four figures, in large type. */
export function OverviewSection({ plan, scenario, analysis, lang }: SectionProps) {
  const parts = useMemo(
    () => headlineParts(analysis, scenario, plan, lang),
    [analysis, scenario, plan, lang],
  );
  return (
    <>
      <p className="presenter-context">
        <span data-testid="presenter-business">{parts.business}</span> · {parts.scenarioName}
      </p>
      <p className={`presenter-status presenter-status--${parts.status}`}>{parts.statusLabel}</p>
      <p className="presenter-sentence">{parts.sentence}</p>
      {parts.facts.length > 0 && (
        <dl className="presenter-facts">
          {parts.facts.map((f) => (
            <div key={f.id} data-fact={f.id}>
              <dt>{f.label}</dt>
              <dd className="num">{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

/** The figures under the chart in words (rounded when anonymised, like everything else). */
export function ChartFacts({ plan, analysis, lang, p }: SectionProps) {
  const s = analysis.stressed.metrics;
  const money = (x: number) => formatMoney(x, lang);
  const horizonDays = plan.business.horizonDays;
  return (
    <dl className="presenter-facts presenter-facts--small">
      <div>
        <dt>{p.lowestCash}</dt>
        <dd className="num">
          {money(s.lowestCash)} · {formatDate(s.lowestCashDate, lang)}
        </dd>
      </div>
      <div>
        <dt>{p.cashZero}</dt>
        <dd className="num">{s.cashZeroDate ? formatDate(s.cashZeroDate, lang) : p.none}</dd>
      </div>
      <div>
        <dt>{p.deepest}</dt>
        <dd className="num">{s.daysShort > 0 ? money(s.deepestShortfall) : p.none}</dd>
      </div>
      <div>
        <dt>{p.daysShort}</dt>
        <dd className="num">{formatDays(Math.min(s.daysShort, horizonDays), lang)}</dd>
      </div>
    </dl>
  );
}

/** What to do: the advisor's three best suggestions with cost and days gained. */
export function AdviceSection({ advice, anonymised, lang, p }: SectionProps) {
  if (!advice) return <p aria-busy="true">{p.adviceWorking}</p>;
  const shown = anonymised ? roundedAdvice(advice) : advice;
  if (!shown.hasGap || shown.suggestions.length === 0)
    return <p className="presenter-sentence">{p.adviceNone}</p>;
  return (
    <ol className="presenter-advice">
      {shown.suggestions.slice(0, 3).map((s, i) => (
        <li key={i}>
          <strong>{actionTitle(s, lang)}</strong>
          <span className="presenter-advice-facts">
            {effectText(s, lang)} · {p.costYear(formatMoney(s.costPerYear, lang))} ·{' '}
            <span aria-hidden="true">{s.closesGap ? '✓ ' : '◐ '}</span>
            {s.closesGap ? p.closes : p.partial}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The contingency plan: triggers, then the order of actions during an outage. */
export function ContingencySection({
  plan,
  scenario,
  analysis,
  advice,
  anonymised,
  lang,
  p,
}: SectionProps) {
  const m = ADVICE[lang];
  const result = useMemo(() => {
    const c = contingencyPlan(plan, scenario, analysis, advice);
    return anonymised ? roundedContingency(c) : c;
  }, [plan, scenario, analysis, advice, anonymised]);
  return (
    <div className="presenter-contingency">
      <h2>{p.triggersTitle}</h2>
      <TriggerTable
        triggers={result.triggers}
        pending={advice === null}
        lang={lang}
        m={m}
        infoLabel={COMMON[lang].source}
        cashHolds={result.gapDate === null}
      />
      <h2>{p.stepsTitle}</h2>
      <OutageSteps steps={result.steps} lang={lang} m={m} />
    </div>
  );
}
