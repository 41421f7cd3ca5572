import { annualRate } from '../../engine/rates';
import { yuanFromFen } from '../../engine/money';
import { findPreset } from '../../engine/presets';
import { formatDate, formatDays, formatMoney, formatPercent } from '../../i18n/format';
import { DOMAIN } from '../../i18n/messages/domain';
import type { ReportMessages } from '../../i18n/messages/report';
import { localName } from '../../i18n/localName';
import type { Lang } from '../../i18n/lang';
import { flowSummaryText } from '../editor/flows/flowSummary';
import { scenarioDisplayName } from '../headline/headlineParts';
import { describeShock } from '../scenario/describeShock';
import { PRESET_BASIS } from '../scenario/presetBasis';
import { CITATION_IDS, citationNumber, citationText } from './citationRefs';
import { GradeLegend } from './GradeLegend';
import { ReportCreditTerms } from './ReportCreditTerms';
import { sourceBasis } from './sourceBasis';
import type { ReportData } from './useReportData';

/**
 * The pages after the first: every input of the projection, each default with its grade and a
 * numbered source, and the list of sources. Tables repeat their header on each printed page.
 */
export function ReportAssumptions({
  data,
  lang,
  r,
}: {
  data: ReportData;
  lang: Lang;
  r: ReportMessages;
}) {
  const { file, plan, scenario } = data;
  const d = DOMAIN[lang];
  const money = (fen: number) => formatMoney(yuanFromFen(fen), lang);
  const sources = plan.fundingSources.map((s) => ({ id: s.id, name: localName(s.name, lang) }));
  const preset = findPreset(scenario.id);
  const presetBasis = preset && 'grade' in scenario ? PRESET_BASIS[preset.cause] : null;

  return (
    <section className="report-page" aria-labelledby="report-assumptions-title">
      <h2 id="report-assumptions-title">{r.assumptionsTitle}</h2>
      <p className="report-muted">{r.assumptionsIntro}</p>
      <GradeLegend lang={lang} />

      <h3>{r.businessTitle}</h3>
      <dl className="report-who report-keep">
        <div>
          <dt>{r.business}</dt>
          <dd>{localName(plan.business.name, lang)}</dd>
        </div>
        <div>
          <dt>{r.startDate}</dt>
          <dd>{formatDate(plan.business.startDate, lang)}</dd>
        </div>
        <div>
          <dt>{r.horizon}</dt>
          <dd>{formatDays(plan.business.horizonDays, lang)}</dd>
        </div>
        <div>
          <dt>{r.minBuffer}</dt>
          <dd>{money(plan.business.minCashBuffer)}</dd>
        </div>
      </dl>

      <h3>{r.accountsTitle}</h3>
      <table className="data report-table">
        <thead>
          <tr>
            <th scope="col">{r.col.name}</th>
            <th scope="col">{r.col.kind}</th>
            <th scope="col">{r.col.group}</th>
            <th scope="col" className="num">
              {r.col.balance}
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.cashAccounts.map((a) => (
            <tr key={a.id}>
              <th scope="row">{localName(a.name, lang)}</th>
              <td>{d.accountKind[a.kind]}</td>
              <td>{d.platformGroup[a.platformGroup]}</td>
              <td className="num">{money(a.balance)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{r.flowsTitle}</h3>
      <table className="data report-table">
        <thead>
          <tr>
            <th scope="col">{r.col.name}</th>
            <th scope="col">{r.col.direction}</th>
            <th scope="col">{r.col.schedule}</th>
          </tr>
        </thead>
        <tbody>
          {file.cashFlows.map((f) => (
            <tr key={f.id}>
              <th scope="row">{localName(f.name, lang)}</th>
              <td>{d.direction[f.direction]}</td>
              <td>{flowSummaryText(f, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{r.sourcesTitle}</h3>
      <table className="data report-table">
        <thead>
          <tr>
            <th scope="col">{r.col.name}</th>
            <th scope="col" className="num">
              {r.col.limit}
            </th>
            <th scope="col" className="num">
              {r.col.price}
            </th>
            <th scope="col" className="num">
              {r.col.lead}
            </th>
            <th scope="col">{r.col.repayment}</th>
            <th scope="col">{r.col.basis}</th>
          </tr>
        </thead>
        <tbody>
          {plan.fundingSources.map((s) => {
            const basis = sourceBasis(s);
            return (
              <tr key={s.id}>
                <th scope="row">
                  {localName(s.name, lang)}
                  <br />
                  <span className="report-muted">
                    {d.sourceKind[s.kind]} · {d.platformGroup[s.platformGroup]}
                  </span>
                </th>
                <td className="num">{money(s.limit)}</td>
                <td className="num">{formatPercent(annualRate(s.price) * 100, lang, 2)}</td>
                <td className="num">{formatDays(s.leadTimeDays, lang)}</td>
                <td>
                  {d.repayment[s.repayment]}, {r.months(s.termMonths)}
                </td>
                <td>
                  {basis.length === 0
                    ? r.enteredByYou
                    : basis
                        .map((b) => `${r.basisField[b.field]} ${r.gradeShort[b.grade]} [${b.ref}]`)
                        .join(' · ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <ReportCreditTerms plan={plan} lang={lang} />

      <h3>{r.scenarioTitle}</h3>
      <div className="report-keep">
        <p>
          <strong>{scenarioDisplayName(scenario, lang)}</strong>
          {presetBasis && preset && (
            <span className="report-muted">
              {' '}
              · {r.presetBasis(preset.grade, citationNumber(presetBasis.citation))}
            </span>
          )}
        </p>
        {preset ? (
          <p>{preset.assumptions[lang]}</p>
        ) : (
          scenario.description && <p>{scenario.description}</p>
        )}
        <ul>
          {scenario.shocks.map((shock, i) => (
            <li key={i}>{describeShock(shock, plan.business.startDate, sources, lang)}</li>
          ))}
        </ul>
      </div>

      <h3>{r.citationsTitle}</h3>
      <table className="data report-table report-citations">
        <thead>
          <tr>
            <th scope="col" className="num">
              {r.col.id}
            </th>
            <th scope="col">{r.col.source}</th>
            <th scope="col">{r.col.publisher}</th>
            <th scope="col">{r.col.date}</th>
          </tr>
        </thead>
        <tbody>
          {CITATION_IDS.map((id, i) => {
            const c = citationText(id, lang);
            return (
              <tr key={id}>
                <td className="num">[{i + 1}]</td>
                <th scope="row">{c.title}</th>
                <td>{c.publisher}</td>
                <td>{c.date}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
