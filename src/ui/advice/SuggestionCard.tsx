import { useId } from 'react';
import type { Advice, Suggestion } from '../../engine/advice';
import {
  formatDate,
  formatDays,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../i18n/format';
import type { AdviceMessages } from '../../i18n/messages/advice';
import type { Lang } from '../../i18n/lang';
import { InfoTip } from '../common/InfoTip';
import { priceBasis } from './priceBasis';
import { localName } from '../../i18n/localName';

type Props = {
  suggestion: Suggestion;
  mixBefore: Advice['mixBefore'];
  trying: boolean;
  keeping: boolean;
  lang: Lang;
  m: AdviceMessages;
  onTry: () => void;
  onKeep: () => void;
};

/** What a suggestion says in plain words, with its amount (and factoring's buyer). */
export function actionText(
  s: Pick<Suggestion, 'action' | 'amount' | 'counterparty'>,
  lang: Lang,
  m: AdviceMessages,
): string {
  return m.action[s.action]({
    amount: formatMoney(s.amount, lang),
    counterparty: localName(s.counterparty ?? '', lang),
  });
}

/** One ranked suggestion: what to do, by when, at what cost, what it does; try it or keep it. */
export function SuggestionCard({
  suggestion: s,
  mixBefore,
  trying,
  keeping,
  lang,
  m,
  onTry,
  onKeep,
}: Props) {
  const titleId = useId();
  const f = m.fact;
  const money = (x: number) => formatMoney(x, lang);
  const share = (x: number | null) => (x === null ? f.notApplicable : formatPercent(x, lang, 0));
  const hhi = (x: number | null) => (x === null ? f.notApplicable : formatNumber(x, lang));
  const price = priceBasis(s.action);
  const lead =
    s.leadTimeDays === 0
      ? f.leadNone
      : s.tooLate || !s.latestStartDate
        ? f.leadTooLate({ days: formatDays(s.leadTimeDays, lang) })
        : f.leadValue({
            days: formatDays(s.leadTimeDays, lang),
            date: formatDate(s.latestStartDate, lang),
          });

  return (
    <li className={`advice-card${s.tooLate ? ' is-late' : ''}${trying ? ' is-trying' : ''}`}>
      <h4 id={titleId} className="advice-card-title">
        {actionText(s, lang, m)}
      </h4>
      <ul className="advice-badges">
        {s.tooLate ? (
          <li className="badge badge-late">
            <span aria-hidden="true">↻</span> {m.badge.tooLate}
          </li>
        ) : s.closesGap ? (
          <li className="badge badge-good">
            <span aria-hidden="true">✓</span> {m.badge.closes}
          </li>
        ) : (
          <li className="badge badge-partial">
            <span aria-hidden="true">◐</span> {m.badge.partial}
          </li>
        )}
        {s.sameGroupAsShock && (
          <li className="badge badge-warn">
            <span aria-hidden="true">⚠</span> {m.badge.sameGroup}
          </li>
        )}
      </ul>
      <dl className="advice-facts">
        <div>
          <dt>{f.amount}</dt>
          <dd className="num">{money(s.amount)}</dd>
        </div>
        <div>
          <dt>{f.leadTime}</dt>
          <dd>{lead}</dd>
        </div>
        <div>
          <dt>
            {f.rate}
            {price.basis ? (
              <InfoTip
                label={m.price.label}
                text={m.price[price.note]}
                grade={price.basis.grade}
                citation={price.basis.citation}
              />
            ) : (
              <InfoTip label={m.price.label} text={m.price[price.note]} />
            )}
          </dt>
          <dd className="num">{f.rateValue({ rate: formatPercent(s.annualRate, lang, 2) })}</dd>
        </div>
        <div>
          <dt>{f.cost}</dt>
          <dd className="num">{f.costValue({ amount: money(s.costPerYear) })}</dd>
        </div>
        <div>
          <dt>{f.survival}</dt>
          <dd className="num">{`+${formatDays(s.survivalDaysGained, lang)}`}</dd>
        </div>
        <div>
          <dt>{f.gapClosed}</dt>
          <dd className="num">{money(s.shortfallClosed)}</dd>
        </div>
        <div>
          <dt>{f.antShare}</dt>
          <dd className="num">
            {f.change({
              before: share(mixBefore.antGroupShare),
              after: share(s.antGroupShareAfter),
            })}
          </dd>
        </div>
        <div>
          <dt>{f.hhi}</dt>
          <dd className="num">
            {f.change({ before: hhi(mixBefore.hhiHeadroom), after: hhi(s.hhiAfter) })}
          </dd>
        </div>
      </dl>
      <div className="advice-actions">
        <button type="button" aria-pressed={trying} aria-describedby={titleId} onClick={onTry}>
          {m.tryIt}
        </button>
        <button
          type="button"
          className="primary"
          aria-describedby={titleId}
          disabled={keeping}
          onClick={onKeep}
        >
          {keeping ? m.keeping : m.keep}
        </button>
      </div>
    </li>
  );
}
