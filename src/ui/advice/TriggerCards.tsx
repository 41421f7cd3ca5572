import { measuredText, thresholdText, triggerTodo } from '../../i18n/contingencyText';
import { formatMoney } from '../../i18n/format';
import { InfoTip } from '../common/InfoTip';
import type { TriggerViewProps } from './TriggerTable';

/**
 * The trigger table on a phone: one card per trigger with what the reader acts on in sight
 * (whether it fires, the measure, what to do) and the threshold and cash effect one tap away.
 * Same sentences as `TriggerTable`, so the two never disagree.
 */
export function TriggerCards({
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
    <ul className="contingency-cards trigger-cards" aria-label={c.caption}>
      {triggers.map((t) => {
        const r = t.response;
        return (
          <li key={t.id} className={`contingency-card ${t.fires ? 'fires' : 'ok'}`}>
            <h4>{c.trigger[t.id]}</h4>
            <p className="contingency-card-status">
              <span className={`trigger-status ${t.fires ? 'is-firing' : 'is-ok'}`}>
                <span aria-hidden="true">{t.fires ? '⚠' : '✓'}</span> {t.fires ? c.fires : c.ok}
              </span>
              <span className="num">{measuredText(t, lang)}</span>
            </p>
            <p className="contingency-card-todo">
              {r || !pending ? triggerTodo(t, lang, levers, cashHolds) : m.working}
            </p>
            <details className="contingency-card-more">
              <summary>{c.triggerDetails}</summary>
              <dl>
                <div>
                  <dt>{c.col.threshold}</dt>
                  <dd>
                    {thresholdText(t, lang)}
                    <InfoTip label={infoLabel} grade={t.basis.grade} citation={t.basis.citation} />
                  </dd>
                </div>
                {r && (
                  <div>
                    <dt>{c.col.effect}</dt>
                    <dd className="num">
                      {c.effect({ amount: formatMoney(r.cashEffect, lang) })}
                      {lang === 'zh-CN' ? '；' : '; '}
                      {c.closed({ amount: formatMoney(r.shortfallClosed, lang) })}
                      {lang === 'zh-CN' ? '；' : '; '}
                      {c.cost({ amount: formatMoney(r.costPerYear, lang) })}
                    </dd>
                  </div>
                )}
              </dl>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
