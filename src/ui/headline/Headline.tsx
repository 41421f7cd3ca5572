import { Fragment, useMemo } from 'react';
import { formatNumber } from '../../i18n/format';
import { HEADLINE } from '../../i18n/messages/headline';
import { useLang } from '../common/useLang';
import { useAnalysis } from '../../state/useAnalysis';
import { useStore } from '../../state/store';
import { headlineParts } from './headlineParts';
import { StatusIcon } from './StatusIcon';
import { SampleBar } from '../start/SampleBar';
import './headline.css';

/**
 * The answer in one sentence (the page's h1), its status, and the four figures behind it.
 * The sentence sits in a polite live region so a change of scenario or plan is announced.
 */
export function Headline() {
  const lang = useLang();
  const plan = useStore((s) => s.valid.plan);
  // A field refused with a message in the editor must not leave this answer looking current.
  const invalidEntries = useStore((s) => s.issues.length);
  const { analysis, scenario, reverse } = useAnalysis();
  const reversePending = reverse.metrics === null;
  const parts = useMemo(
    () => headlineParts(analysis, scenario, plan, lang, reversePending),
    [analysis, scenario, plan, lang, reversePending],
  );
  const m = HEADLINE[lang];

  return (
    <section className={`panel headline headline--${parts.status}`} aria-label={m.regionLabel}>
      <SampleBar />
      <p className="headline-context">
        <span className="headline-business">
          <span className="visually-hidden">
            {m.businessLabel}
            {m.colon}
          </span>
          {parts.business}
        </span>
        <span className="headline-scenario">
          {m.scenarioLabel}
          {m.colon}
          <strong>{parts.scenarioName}</strong>
        </span>
      </p>
      {invalidEntries > 0 && (
        <p className="headline-stale" role="status">
          {m.stale(formatNumber(invalidEntries, lang))} <a href="#/plan">{m.staleFix}</a>
        </p>
      )}
      <div aria-live="polite" aria-atomic="true" className="headline-live">
        <p className="headline-status">
          <StatusIcon status={parts.status} />
          <span>{parts.statusLabel}</span>
        </p>
        <h1 id="headline-sentence" className="headline-sentence" tabIndex={-1}>
          {parts.segments.map((seg, i) =>
            seg.strong ? (
              <strong key={i} className="headline-figure num">
                {seg.text}
              </strong>
            ) : (
              <Fragment key={i}>{seg.text}</Fragment>
            ),
          )}
        </h1>
      </div>
      {parts.facts.length > 0 && (
        <>
          <h2 className="visually-hidden">{m.factsLabel}</h2>
          <dl className="headline-facts">
            {parts.facts.map((f) => (
              <div key={f.id} className={`headline-fact headline-fact--${f.tone}`} data-fact={f.id}>
                <dt>{f.label}</dt>
                <dd className="headline-fact-value num">{f.value}</dd>
                <dd className="headline-fact-note">{f.note}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
