import { assumedTerms, type AssumedTerm } from '../../engine/assumedTerms';
import type { Plan, PaymentOrder } from '../../engine/model';
import { CREDIT_TERMS, describeAssumedTerm } from '../../i18n/messages/creditTerms';
import { localName } from '../../i18n/localName';
import type { Lang } from '../../i18n/lang';
import { citationNumber } from './citationRefs';

/** What an assumed term applies to: the business, a cash flow or a funding source, by name. */
function itemName(t: AssumedTerm, plan: Plan, lang: Lang, business: string): string {
  const index = Number(/\[(\d+)\]/.exec(t.path)?.[1] ?? -1);
  if (t.path.startsWith('cashFlows')) return localName(plan.cashFlows[index]?.name ?? '', lang);
  if (t.path.startsWith('fundingSources')) {
    const name = localName(plan.fundingSources[index]?.name ?? '', lang);
    const balance = /outstanding\[(\d+)\]/.exec(t.path)?.[1];
    return balance === undefined ? name : `${name} #${Number(balance) + 1}`;
  }
  return business;
}

/**
 * The report's page on who pays first (with why the default is the cautious one) and every term
 * the engine assumes for this plan, each with its grade and numbered source.
 */
export function ReportCreditTerms({ plan, lang }: { plan: Plan; lang: Lang }) {
  const m = CREDIT_TERMS[lang];
  const r = m.report;
  const [order, ...rest] = assumedTerms(plan);
  return (
    <>
      <h3>{r.title}</h3>
      <div className="report-keep">
        {order && (
          <p>
            <strong>
              {r.order(
                m.paymentOrder.short[order.value as PaymentOrder],
                order.stated ? r.planChoice : r.defaultChoice,
              )}
            </strong>{' '}
            {m.paymentOrder.why}
          </p>
        )}
        <p>{m.penaltyDays}</p>
      </div>
      {rest.length > 0 && (
        <table className="data report-table">
          <thead>
            <tr>
              <th scope="col">{r.col.item}</th>
              <th scope="col">{r.col.term}</th>
              <th scope="col">{r.col.basis}</th>
            </tr>
          </thead>
          <tbody>
            {rest.map((t) => (
              <tr key={`${t.term}:${t.path}`}>
                <th scope="row">{itemName(t, plan, lang, r.business)}</th>
                <td>{describeAssumedTerm(t, lang)}</td>
                <td>
                  {t.grade} [{citationNumber(t.citation)}]
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
