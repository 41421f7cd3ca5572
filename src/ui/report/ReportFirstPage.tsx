import { useMemo } from 'react';
import type { Advice } from '../../engine/advice';
import { formatDate, formatMoney, formatPercent } from '../../i18n/format';
import { DASHBOARD } from '../../i18n/messages/dashboard';
import { HEADLINE } from '../../i18n/messages/headline';
import type { ReportMessages } from '../../i18n/messages/report';
import type { ReportHandoverMessages } from '../../i18n/messages/reportHandover';
import type { AdvisorProfile } from '../../io/advisorProfile';
import type { Lang } from '../../i18n/lang';
import { actionTitle, effectText } from '../../i18n/adviceText';
import { CashChart } from '../dashboard/CashChart';
import { metricCards } from '../dashboard/metricCardModel';
import { headlineParts } from '../headline/headlineParts';
import type { ReportData } from './useReportData';

/** How many suggestions the first page names. */
const TOP = 3;

function Suggestions({
  advice,
  lang,
  r,
}: {
  advice: Advice | null;
  lang: Lang;
  r: ReportMessages;
}) {
  if (!advice) return <p aria-busy="true">{r.suggestionsWorking}</p>;
  if (!advice.hasGap || advice.suggestions.length === 0) return <p>{r.suggestionsNone}</p>;
  return (
    <ol className="report-suggestions">
      {advice.suggestions.slice(0, TOP).map((s, i) => (
        <li key={i} className="report-keep">
          <strong>{actionTitle(s, lang)}</strong>
          <br />
          <span className="report-muted">
            {r.suggestionFacts({
              cost: formatMoney(s.costPerYear, lang),
              rate: formatPercent(s.annualRate, lang, 2),
              gained: effectText(s, lang),
              by:
                s.leadTimeDays === 0
                  ? r.startNow
                  : s.tooLate || !s.latestStartDate
                    ? r.tooLate
                    : r.startBy(formatDate(s.latestStartDate, lang)),
            })}
          </span>
        </li>
      ))}
    </ol>
  );
}

/**
 * Page 1: who and what, the answer in one sentence, the cash chart, the key metrics against
 * their marks, and the advisor's top suggestions — everything a meeting needs on one sheet.
 */
export function ReportFirstPage({
  data,
  advice,
  lang,
  r,
  h: hand,
  prepared,
}: {
  data: ReportData;
  advice: Advice | null;
  lang: Lang;
  r: ReportMessages;
  h: ReportHandoverMessages;
  /** For whom, by whom and when the report is prepared. */
  prepared: { client: string; advisor: AdvisorProfile; date: string };
}) {
  const { plan, scenario, analysis } = data;
  const by = [prepared.advisor.name, prepared.advisor.firm, prepared.advisor.contact]
    .map((x) => x.trim())
    .filter((x) => x !== '');
  const parts = useMemo(
    () => headlineParts(analysis, scenario, plan, lang),
    [analysis, scenario, plan, lang],
  );
  const dm = DASHBOARD[lang].metrics;
  const cards = useMemo(
    () =>
      metricCards(
        analysis.stressed.metrics,
        analysis.baseline.metrics,
        analysis.stressed.projection.days,
        lang,
        dm,
      ),
    [analysis, lang, dm],
  );
  const h = HEADLINE[lang];

  return (
    <section className="report-page report-first" aria-labelledby="report-title">
      <header className="report-head">
        <h1 id="report-title" tabIndex={-1}>
          {r.title}
        </h1>
        <dl className="report-who">
          <div>
            <dt>{hand.preparedFor}</dt>
            <dd>{prepared.client}</dd>
          </div>
          <div className="report-by">
            <dt>{hand.preparedBy}</dt>
            <dd>{by.length > 0 ? by.join(' · ') : hand.advisorUnset}</dd>
          </div>
          <div>
            <dt>{hand.datePrepared}</dt>
            <dd className="report-nowrap">{formatDate(prepared.date, lang)}</dd>
          </div>
          {/* The client is usually the business itself: named once, so the first page keeps to A4. */}
          {prepared.client !== parts.business && (
            <div>
              <dt>{r.business}</dt>
              <dd>{parts.business}</dd>
            </div>
          )}
          <div>
            <dt>{r.scenario}</dt>
            <dd>{parts.scenarioName}</dd>
          </div>
          <div>
            <dt>{r.startDate}</dt>
            <dd className="report-nowrap">{formatDate(plan.business.startDate, lang)}</dd>
          </div>
        </dl>
      </header>
      <div className={`report-headline report-keep headline--${parts.status}`}>
        <p className="report-status">{parts.statusLabel}</p>
        <p className="report-sentence">{parts.sentence}</p>
        {parts.facts.length > 0 && (
          <dl className="report-facts" aria-label={h.factsLabel}>
            {parts.facts.map((f) => (
              <div key={f.id}>
                <dt>{f.label}</dt>
                <dd className="num">{f.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      <div className="report-chart report-keep">
        <CashChart />
      </div>
      <div className="report-columns">
        <section className="report-keep" aria-labelledby="report-metrics-title">
          <h2 id="report-metrics-title">{r.metricsTitle}</h2>
          <table className="data report-table report-metrics">
            <thead>
              <tr>
                <th scope="col">{r.metricCol.metric}</th>
                <th scope="col" className="num">
                  {r.metricCol.value}
                </th>
                <th scope="col">{r.metricCol.status}</th>
              </tr>
            </thead>
            <tbody>
              {cards.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.title}</th>
                  <td className="num">{c.value}</td>
                  <td className={`report-status-${c.status}`}>
                    <span aria-hidden="true">
                      {c.status === 'good' ? '✓ ' : c.status === 'watch' ? '! ' : '✗ '}
                    </span>
                    {dm.status[c.status]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="report-keep" aria-labelledby="report-suggestions-title">
          <h2 id="report-suggestions-title">{r.suggestionsTitle}</h2>
          <Suggestions advice={advice} lang={lang} r={r} />
        </section>
      </div>
    </section>
  );
}
