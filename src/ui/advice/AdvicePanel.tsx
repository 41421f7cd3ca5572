import { useState, type ReactNode } from 'react';
import type { Suggestion } from '../../engine/advice';
import type { PlanFile } from '../../io/planSchema';
import { actionTitle, daysPhrase, gapSaid, noGapText, pastStartText } from '../../i18n/adviceText';
import { localIsoDate } from '../../io/localDate';
import { formatDate, formatDays, formatMoney, formatNumber } from '../../i18n/format';
import { localName } from '../../i18n/localName';
import { ADVICE } from '../../i18n/messages/advice';
import { WHAT_IF } from '../../i18n/messages/adviceWhatIf';
import { DOMAIN } from '../../i18n/messages/domain';
import { InfoTip } from '../common/InfoTip';
import { useLang } from '../common/useLang';
import { useStore } from '../../state/store';
import { useReverseStress } from '../../state/useAnalysis';
import { BeforeAfter } from './BeforeAfter';
import { Combination } from './Combination';
import { adviceItemName } from './sourceName';
import { SuggestionCard } from './SuggestionCard';
import { Unavailable } from './Unavailable';
import { useAdvice } from './useAdvice';
import { useNarrow } from './useNarrow';
import { Why } from './Why';
import './advice.css';

/** Suggestions in time shown on a phone before "N more": the recommendation is above them. */
const PHONE_TIMELY_SHOWN = 2;

/**
 * A kept suggestion's confirmation, and the plan and scenario it speaks of: it is shown only
 * while they are the ones on screen (an undo, an edit or another scenario retires it).
 */
type Kept = {
  title: string;
  suggestion: Suggestion;
  before: Suggestion['metricsAfter'];
  draft: PlanFile;
  scenarioId: string;
};

/**
 * "What would close the gap": the advisor's ranked, re-simulated suggestions for the selected
 * scenario. "Try it" shows the before and after on the card (and a line on the cash chart)
 * without touching the plan; "Keep" merges it into the plan (undoable), and the confirmation
 * takes the card's place on screen, so the page does not jump.
 */
export function AdvicePanel() {
  const lang = useLang();
  const m = ADVICE[lang];
  const names = WHAT_IF[lang].actionName;
  const { plan, scenario, advice, stale } = useAdvice();
  const reverse = useReverseStress();
  const tryOut = useStore((s) => s.tryOut);
  const setTryOut = useStore((s) => s.setTryOut);
  const keepSuggestion = useStore((s) => s.keepSuggestion);
  const [keeping, setKeeping] = useState<Suggestion | null>(null);
  const [kept, setKept] = useState<Kept | null>(null);
  const keptStillTrue = useStore(
    (s) => kept !== null && s.draft === kept.draft && s.scenarioId === kept.scenarioId,
  );
  const scenarioName = DOMAIN[lang].presetName[scenario.id] ?? localName(scenario.name, lang);
  const levers = plan.leverAssumptions ?? {};
  const narrow = useNarrow();
  const pastStart = pastStartText(plan.business.startDate, localIsoDate(), lang);

  const keep = (s: Suggestion) => {
    if (!advice) return;
    const title = actionTitle(s, lang, levers);
    setKeeping(s);
    void keepSuggestion(s, (id) => adviceItemName(id, names)).then(() => {
      setKeeping(null);
      const { draft, scenarioId } = useStore.getState();
      setKept({ title, suggestion: s, before: advice.before, draft, scenarioId });
    });
  };
  const isTrying = (s: Suggestion) =>
    tryOut !== null && tryOut.action === s.action && tryOut.amount === s.amount;
  const card = (s: Suggestion) => (
    <SuggestionCard
      key={s.action}
      suggestion={s}
      advice={advice!}
      levers={levers}
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
    const said = noGapText(advice, scenarioName, lang);
    body = (
      <>
        <p className="advice-lead">
          <strong>{said.lead}</strong>
        </p>
        {said.relies.length > 0 && (
          <ul className="advice-relies">
            {said.relies.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {said.without && <p className="advice-note">{said.without}</p>}
        <p className="field-hint">
          {said.lowest}
          {!reverse.stale &&
            breakEven !== undefined &&
            (breakEven === null
              ? m.breakEvenNone
              : m.breakEven({ days: formatDays(breakEven, lang) }))}
        </p>
      </>
    );
  } else {
    const timely = advice.suggestions.filter((s) => !s.tooLate);
    const late = advice.suggestions.filter((s) => s.tooLate);
    const mark = advice.creditMark;
    // A phone shows the best-ranked few; the rest of the ranking is one tap away.
    const firstShown = narrow ? PHONE_TIMELY_SHOWN : timely.length;
    body = (
      <>
        <p className="advice-lead">
          <strong>
            {m.gap({
              amount: gapSaid(advice.before.deepestShortfall, lang),
              date: advice.gapStartDate ? formatDate(advice.gapStartDate, lang) : '',
            })}
          </strong>
          <InfoTip
            label={m.price.label}
            text={m.gapExact({
              amount: formatMoney(advice.before.deepestShortfall, lang, { fen: true }),
            })}
          />
        </p>
        <Why label={m.why}>{m.method({ scenario: scenarioName })}</Why>
        {pastStart && <p className="advice-note">{pastStart}</p>}
        {advice.reserveTarget && (
          <p className="advice-target">
            {m.reserveTarget({
              days: daysPhrase(advice.reserveTarget.days, lang),
              amount: formatMoney(advice.reserveTarget.amount, lang),
            })}
          </p>
        )}
        {mark && (
          <p className="advice-note">
            <span aria-hidden="true">⚠</span>{' '}
            {m.creditMark({
              source: localName(mark.sourceName, lang),
              due: formatDate(mark.dueDate, lang),
              late: daysPhrase(mark.daysLate, lang),
              mark: formatDate(mark.markDate, lang),
            })}
          </p>
        )}
        {advice.suggestions.length === 0 && <p>{m.none}</p>}
        {advice.combination && (
          <Combination
            combination={advice.combination}
            gapStartDate={advice.gapStartDate}
            levers={levers}
            lang={lang}
            m={m}
          />
        )}
        {timely.length > 0 && (
          <section aria-labelledby="advice-timely-title">
            <h3 id="advice-timely-title">{m.timelyTitle}</h3>
            <Why label={m.why}>{m.timelyIntro}</Why>
            <ol className="advice-list">{timely.slice(0, firstShown).map(card)}</ol>
            {timely.length > firstShown && (
              <details className="advice-more-timely">
                <summary>
                  {m.moreTimely({ count: formatNumber(timely.length - firstShown, lang) })}
                </summary>
                <ol className="advice-list" start={firstShown + 1}>
                  {timely.slice(firstShown).map(card)}
                </ol>
              </details>
            )}
          </section>
        )}
        {late.length > 0 && (
          // Secondary to what can still be done: folded, with how many it holds.
          <details className="advice-late">
            <summary>
              <h3 id="advice-late-title">
                {m.tooLateCount({ count: formatNumber(late.length, lang) })}
              </h3>
            </summary>
            <section aria-labelledby="advice-late-title">
              <p className="field-hint">{m.tooLateIntro}</p>
              <ol className="advice-list">{late.map(card)}</ol>
            </section>
          </details>
        )}
      </>
    );
  }

  return (
    <>
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
        </div>
        <div className={stale ? 'advice-body is-stale' : 'advice-body'}>{body}</div>
        {advice && advice.unavailable.length > 0 && (
          <Unavailable items={advice.unavailable} lang={lang} m={m} />
        )}
      </section>
      {/* A note fixed at the bottom of the view (advice.css), outside the panel, whose
          content-visibility would hold it: the page stays where the reader was, and the
          confirmation with its before/after is in sight. */}
      {kept && keptStillTrue && (
        <div className="advice-kept" role="status">
          <p>
            <span aria-hidden="true">✓</span> {m.kept({ action: kept.title })}{' '}
            <button type="button" className="link-button" onClick={() => setKept(null)}>
              {m.keptDismiss}
            </button>
          </p>
          <BeforeAfter
            before={kept.before}
            after={kept.suggestion.metricsAfter}
            lang={lang}
            m={m}
          />
        </div>
      )}
    </>
  );
}
