import type { Trigger } from '../../engine/contingency';
import { formatDays, formatMoney, formatPercent } from '../../i18n/format';
import type { AdviceMessages } from '../../i18n/messages/advice';
import type { Lang } from '../../i18n/lang';
import { InfoTip } from '../common/InfoTip';
import { actionText } from './SuggestionCard';
import { localName } from '../../i18n/localName';

type Props = {
  triggers: Trigger[];
  pending: boolean;
  lang: Lang;
  m: AdviceMessages;
  infoLabel: string;
};

/** Early-warning triggers: threshold, whether each fires under the scenario, response and its cash effect. */
export function TriggerTable({ triggers, pending, lang, m, infoLabel }: Props) {
  const c = m.contingency;
  const value = (t: Trigger, x: number) =>
    t.unit === 'days' ? formatDays(x, lang) : formatPercent(x, lang, 0);
  return (
    <table className="data trigger-table">
      <caption className="visually-hidden">{c.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.col.trigger}</th>
          <th scope="col">{c.col.threshold}</th>
          <th scope="col">{c.col.now}</th>
          <th scope="col">{c.col.todo}</th>
          <th scope="col">{c.col.effect}</th>
        </tr>
      </thead>
      <tbody>
        {triggers.map((t) => {
          const r = t.response;
          const measured =
            t.measured === null
              ? c.notMeasured
              : t.sourceName
                ? c.measuredOn({
                    value: value(t, t.measured),
                    source: localName(t.sourceName, lang),
                  })
                : value(t, t.measured);
          return (
            <tr key={t.id} className={t.fires ? 'fires' : 'ok'}>
              <th scope="row">{c.trigger[t.id]}</th>
              <td data-label={c.col.threshold}>
                {c.threshold[t.id]({ value: value(t, t.threshold) })}
                <InfoTip label={infoLabel} grade={t.basis.grade} citation={t.basis.citation} />
              </td>
              <td data-label={c.col.now}>
                <span className={`trigger-status ${t.fires ? 'is-firing' : 'is-ok'}`}>
                  <span aria-hidden="true">{t.fires ? '⚠' : '✓'}</span> {t.fires ? c.fires : c.ok}
                </span>
                <span className="trigger-measured num">{measured}</span>
              </td>
              <td data-label={c.col.todo}>
                {r ? (
                  <>
                    {actionText(
                      { action: r.action, amount: r.cashEffect, counterparty: r.counterparty },
                      lang,
                      m,
                    )}
                    <span className="trigger-sub">
                      {r.leadTimeDays > 0
                        ? c.readyIn({ days: formatDays(r.leadTimeDays, lang) })
                        : c.readyNow}
                    </span>
                  </>
                ) : pending ? (
                  m.working
                ) : (
                  c.noResponse
                )}
              </td>
              <td className="trigger-effect" data-label={c.col.effect}>
                {r && (
                  <>
                    <span>{c.effect({ amount: formatMoney(r.cashEffect, lang) })}</span>
                    <span className="trigger-sub">
                      {c.closed({ amount: formatMoney(r.shortfallClosed, lang) })}
                    </span>
                    <span className="trigger-sub">
                      {c.cost({ amount: formatMoney(r.costPerYear, lang) })}
                    </span>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
