import { useState, type ReactNode } from 'react';
import type { Suggestion } from '../../engine/advice';
import { formatDate, formatDays, formatMoney } from '../../i18n/format';
import { ADVICE } from '../../i18n/messages/advice';
import { WHAT_IF } from '../../i18n/messages/adviceWhatIf';
import { DOMAIN } from '../../i18n/messages/domain';
import { useLang } from '../common/useLang';
import { useStore } from '../../state/store';
import { useReverseStress } from '../../state/useAnalysis';
import { Combination } from './Combination';
import { actionText, SuggestionCard } from './SuggestionCard';
import { sourceNamer } from './sourceName';
import { useAdvice } from './useAdvice';
import './advice.css';

/**
 * "What would close the gap": the advisor's ranked, re-simulated suggestions for the selected
 * scenario. "Try it" shows one on the cash chart without touching the plan; "Keep" merges it
 * into the plan (undoable from the header).
 */
export function AdvicePanel() {
  const lang = useLang();
  const m = ADVICE[lang];
  const names = WHAT_IF[lang].actionName;
  const { scenario, advice, stale } = useAdvice();
  const reverse = useReverseStress();
  const tryOut = useStore((s) => s.tryOut);
  const setTryOut = useStore((s) => s.setTryOut);
  const keepSuggestion = useStore((s) => s.keepSuggestion);
  const [keeping, setKeeping] = useState<Suggestion | null>(null);
  const [kept, setKept] = useState<string | null>(null);
  const scenarioName = DOMAIN[lang].presetName[scenario.id] ?? scenario.name;

  const keep = (s: Suggestion) => {
    const text = actionText(s, lang, m);
    setKeeping(s);
    setKept(null);
    void keepSuggestion(s, sourceNamer(DOMAIN[lang].sourceKind)).then(() => {
      setKeeping(null);
      setKept(text);
    });
  };
  const isTrying = (s: Suggestion) =>
    tryOut !== null && tryOut.action === s.action && tryOut.amount === s.amount;
  const card = (s: Suggestion) => (
    <SuggestionCard
      key={s.action}
      suggestion={s}
      mixBefore={advice!.mixBefore}
      trying={isTrying(s)}
      keeping={keeping === s}
      lang={lang}
      m={m}
      onTry={() => setTryOut(isTrying(s) ? null : s)}
      onKeep={() => keep(s)}
    />
  );

  let body: ReactNode;
  if (!advice) {
    body = (
      <p className="advice-working" role="status">
        {m.working}
      </p>
    );
  } else if (!advice.hasGap) {
    const breakEven = reverse.metrics?.breakEvenOutageDays;
    body = (
      <p className="advice-lead">
        {m.noGap({ scenario: scenarioName })}
        {!reverse.stale &&
          breakEven !== undefined &&
          (breakEven === null
            ? m.breakEvenNone
            : m.breakEven({ days: formatDays(breakEven, lang) }))}
      </p>
    );
  } else {
    const timely = advice.suggestions.filter((s) => !s.tooLate);
    const late = advice.suggestions.filter((s) => s.tooLate);
    body = (
      <>
        <p className="advice-lead">
          <strong>
            {m.gap({
              amount: formatMoney(advice.before.deepestShortfall, lang),
              date: advice.gapStartDate ? formatDate(advice.gapStartDate, lang) : '',
            })}
          </strong>
          {m.method({ scenario: scenarioName })}
        </p>
        {advice.suggestions.length === 0 && <p>{m.none}</p>}
        {timely.length > 0 && (
          <section aria-labelledby="advice-timely-title">
            <h3 id="advice-timely-title">{m.timelyTitle}</h3>
            <ol className="advice-list">{timely.map(card)}</ol>
          </section>
        )}
        {advice.combination && (
          <Combination combination={advice.combination} lang={lang} m={m} names={names} />
        )}
        {late.length > 0 && (
          <section aria-labelledby="advice-late-title">
            <h3 id="advice-late-title">{m.tooLateTitle}</h3>
            <p className="field-hint">{m.tooLateIntro}</p>
            <ol className="advice-list">{late.map(card)}</ol>
          </section>
        )}
      </>
    );
  }

  return (
    <section
      id="advice"
      className="panel advice-panel"
      aria-labelledby="advice-title"
      aria-busy={!advice || stale}
    >
      <div className="panel-head">
        <h2 id="advice-title">{m.title}</h2>
      </div>
      <div className="advice-status" role="status">
        {tryOut && (
          <p className="advice-trying">
            {m.trying({ action: names[tryOut.action] })}{' '}
            <button type="button" className="link-button" onClick={() => setTryOut(null)}>
              {m.stopTrying}
            </button>
          </p>
        )}
        {kept && (
          <p className="advice-kept">
            <span aria-hidden="true">✓</span> {m.kept({ action: kept })}
          </p>
        )}
      </div>
      <div className={stale ? 'advice-body is-stale' : 'advice-body'}>{body}</div>
    </section>
  );
}
