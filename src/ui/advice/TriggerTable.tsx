import type { Trigger } from '../../engine/contingency';
import type { LeverAssumptions } from '../../engine/model';
import { measuredText, thresholdText, triggerTodo } from '../../i18n/contingencyText';
import { formatMoney } from '../../i18n/format';
import type { AdviceMessages } from '../../i18n/messages/advice';
import type { Lang } from '../../i18n/lang';
import { InfoTip } from '../common/InfoTip';

/** What the trigger table and its phone cards show: the same triggers, the same sentences. */
export type TriggerViewProps = {
  triggers: Trigger[];
  pending: boolean;
  lang: Lang;
  m: AdviceMessages;
  infoLabel: string;
  levers?: Partial<LeverAssumptions>;
  /** No gap under this scenario: a firing trigger is watched, not acted on. */
  cashHolds?: boolean;
};

/**
 * Early-warning triggers: threshold, whether each fires under the scenario, the response and
 * its cash effect. A firing trigger is never told "nothing to do" (see `triggerTodo`).
 */
export function TriggerTable({
  triggers,
  pending,
  lang,
  m,
  infoLabel,
  levers = {},
  cashHolds = false,
}: TriggerViewProps) {
  const c = m.contingency;
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
          return (
            <tr key={t.id} className={t.fires ? 'fires' : 'ok'}>
              <th scope="row">{c.trigger[t.id]}</th>
              <td data-label={c.col.threshold}>
                {thresholdText(t, lang)}
                <InfoTip label={infoLabel} grade={t.basis.grade} citation={t.basis.citation} />
              </td>
              <td data-label={c.col.now}>
                <span className={`trigger-status ${t.fires ? 'is-firing' : 'is-ok'}`}>
                  <span aria-hidden="true">{t.fires ? '⚠' : '✓'}</span> {t.fires ? c.fires : c.ok}
                </span>
                <span className="trigger-measured num">{measuredText(t, lang)}</span>
              </td>
              <td data-label={c.col.todo}>
                {r || !pending ? triggerTodo(t, lang, levers, cashHolds) : m.working}
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
