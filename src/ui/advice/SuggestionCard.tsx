import { useId, type Ref } from 'react';
import type { Advice, Suggestion } from '../../engine/advice';
import type { LeverAssumptions } from '../../engine/model';
import type { AdviceMessages } from '../../i18n/messages/advice';
import type { Lang } from '../../i18n/lang';
import { InfoTip } from '../common/InfoTip';
import { BeforeAfter } from './BeforeAfter';
import { cardModel, type BadgeId, type CardFact } from './cardModel';
import { LeverFields } from './LeverFields';

type Props = {
  suggestion: Suggestion;
  advice: Advice;
  levers: Partial<LeverAssumptions>;
  trying: boolean;
  keeping: boolean;
  lang: Lang;
  m: AdviceMessages;
  onTry: () => void;
  onKeep: () => void;
  cardRef?: Ref<HTMLLIElement>;
};

const BADGE: Record<BadgeId, { className: string; icon: string }> = {
  closes: { className: 'badge badge-good', icon: '✓' },
  partial: { className: 'badge badge-partial', icon: '◐' },
  tooLate: { className: 'badge badge-late', icon: '↻' },
  free: { className: 'badge badge-good', icon: '¥0' },
  sameGroup: { className: 'badge badge-warn', icon: '⚠' },
  creditRisk: { className: 'badge badge-warn', icon: '⚠' },
};

/**
 * One suggestion: what to do, when, at what cost, where the cash comes from, what it does.
 * "Try it" shows the before and after right here (and on the cash chart); "Keep" adds it.
 */
export function SuggestionCard({
  suggestion: s,
  advice,
  levers,
  trying,
  keeping,
  lang,
  m,
  onTry,
  onKeep,
  cardRef,
}: Props) {
  const titleId = useId();
  const model = cardModel(s, advice, lang, levers);
  const badgeText: Record<BadgeId, string> = {
    closes: m.badge.closes,
    partial: m.badge.partial,
    tooLate: m.badge.tooLate,
    free: m.badge.free,
    sameGroup: m.badge.sameGroup,
    creditRisk: m.badge.creditRisk,
  };
  const fact = (f: CardFact) => (
    <div key={f.id} className={`fact-${f.id}${f.warn ? ' is-warn' : ''}`}>
      <dt>
        {f.label}
        {f.basis &&
          (f.basis.sourced ? (
            <InfoTip
              label={m.price.label}
              text={f.basis.text}
              grade={f.basis.sourced.grade}
              citation={f.basis.sourced.citation}
            />
          ) : (
            <InfoTip label={m.price.label} text={f.basis.text} />
          ))}
      </dt>
      <dd>{f.value}</dd>
    </div>
  );
  return (
    <li
      ref={cardRef}
      className={`advice-card category-${s.category}${s.tooLate ? ' is-late' : ''}${trying ? ' is-trying' : ''}`}
      data-action={s.action}
    >
      <h4 id={titleId} className="advice-card-title">
        {model.title}
      </h4>
      <ul className="advice-badges">
        {model.badges.map((b) => (
          <li key={b} className={BADGE[b].className}>
            <span aria-hidden="true">{BADGE[b].icon}</span> {badgeText[b]}
          </li>
        ))}
      </ul>
      <dl className="advice-facts">{model.facts.filter((f) => !f.secondary).map(fact)}</dl>
      {model.facts
        .filter((f) => f.secondary)
        .map((f) => (
          <details key={f.id} className={`advice-more fact-${f.id}`}>
            <summary>{f.label}</summary>
            <p>{f.value}</p>
          </details>
        ))}
      {s.assumptions && <LeverFields assumptions={s.assumptions} lang={lang} m={m} />}
      {trying && (
        <BeforeAfter before={advice.before} after={s.metricsAfter} lang={lang} m={m} reveal />
      )}
      <div className="advice-actions">
        <button type="button" aria-pressed={trying} aria-describedby={titleId} onClick={onTry}>
          {trying ? m.stopTrying : m.tryIt}
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
