import { memo, useMemo, useState } from 'react';
import { monteCarloPresetFor } from '../../engine/monteCarloAssumptions';
import { formatNumber } from '../../i18n/format';
import { MONTE_CARLO } from '../../i18n/messages/monteCarlo';
import { useLang } from '../common/useLang';
import { useQuickAnalysis } from '../../state/useAnalysis';
import { AssumptionForm } from './AssumptionForm';
import {
  assumptionsOf,
  draftFrom,
  draftIssues,
  RUN_BOUNDS,
  runIssues,
  type AssumptionDraft,
  type RunField,
} from './assumptionDraft';
import { FanChart } from './FanChart';
import { MonteCarloResults } from './MonteCarloResults';
import { useMonteCarlo } from './useMonteCarlo';
import './monteCarlo.css';

// Progress redraws the panel up to ten times a second while Workers need every core: charts
// whose data did not change are not drawn again.
const Fan = memo(FanChart);
const Results = memo(MonteCarloResults);

/**
 * Uncertainty bands: a seeded Monte Carlo over explicit, editable assumptions, run in a Web
 * Worker with progress and cancel. Every assumption stays visible next to the result.
 */
export function MonteCarloPanel() {
  const lang = useLang();
  const m = MONTE_CARLO[lang];
  const { plan, scenario } = useQuickAnalysis({ deferred: true });
  const horizon = plan.business.horizonDays;
  const [draft, setDraft] = useState<AssumptionDraft>(() =>
    draftFrom(monteCarloPresetFor(scenario.id).id, horizon),
  );
  const issues = useMemo(() => draftIssues(draft, horizon), [draft, horizon]);
  const badRun = runIssues(draft);
  const assumptions = useMemo(() => assumptionsOf(draft), [draft]);
  // The Workers warm up on this plan (their own few paths and seed): only what the run needs.
  const { state, last, run, cancel } = useMonteCarlo({ plan, scenario, assumptions });
  const running = state.status === 'running';
  const provisional = state.status === 'running' ? state.provisional : null;

  const start = () => {
    if (issues.length > 0 || badRun.length > 0) return;
    run({ plan, scenario, assumptions, paths: Number(draft.paths), seed: Number(draft.seed) });
  };
  const stale =
    last !== null &&
    (last.input.plan !== plan ||
      last.input.scenario !== scenario ||
      last.input.paths !== Number(draft.paths) ||
      last.input.seed !== Number(draft.seed) ||
      JSON.stringify(last.input.assumptions) !== JSON.stringify(assumptions));

  const runField = (field: RunField, text: string) => {
    const id = `mc-${field}`;
    const bad = badRun.includes(field);
    return (
      <div className="mc-field">
        <label htmlFor={id}>{text}</label>
        <input
          id={id}
          inputMode="numeric"
          value={draft[field]}
          disabled={running}
          aria-invalid={bad ? true : undefined}
          aria-describedby={bad ? `${id}-error` : undefined}
          onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
        />
        {bad && (
          <p id={`${id}-error`} className="field-error">
            {m.fieldRange({
              min: formatNumber(RUN_BOUNDS[field].min, lang),
              max: formatNumber(RUN_BOUNDS[field].max, lang),
            })}
          </p>
        )}
      </div>
    );
  };

  return (
    <section id="monte-carlo" className="panel mc-panel" aria-labelledby="mc-heading">
      <h2 id="mc-heading">{m.title}</h2>
      <p className="mc-intro">{m.intro}</p>
      <div className="mc-layout">
        <div className="mc-inputs">
          <AssumptionForm
            draft={draft}
            onChange={setDraft}
            issues={issues}
            horizonDays={horizon}
            disabled={running}
            lang={lang}
            m={m}
          />
          <div className="mc-row mc-run">
            {runField('paths', m.paths)}
            {runField('seed', m.seed)}
          </div>
          <div className="mc-actions">
            <button type="button" className="primary" onClick={start} disabled={running}>
              {m.run}
            </button>
            {running && (
              <button type="button" onClick={cancel}>
                {m.cancel}
              </button>
            )}
          </div>
          {(issues.length > 0 || badRun.length > 0) && <p className="field-error">{m.invalid}</p>}
          {running && (
            <div className="mc-progress">
              <label htmlFor="mc-progress">{m.progress}</label>
              <progress id="mc-progress" max={state.total} value={state.done} />
              <span>
                {m.progressValue({
                  done: formatNumber(state.done, lang),
                  total: formatNumber(state.total, lang),
                })}
              </span>
              {provisional && (
                <span className="mc-provisional-note">
                  {m.provisional({ done: formatNumber(provisional.paths, lang) })}
                </span>
              )}
            </div>
          )}
          <p className="mc-status" role="status">
            {state.status === 'cancelled'
              ? m.cancelled
              : state.status === 'failed'
                ? state.message
                : ''}
          </p>
        </div>
        <div className="mc-output">
          {state.status === 'running' && provisional ? (
            // While the run goes on: the fan of bands merged from the Workers' partial summaries.
            <div className="mc-provisional" aria-busy="true">
              <Fan plan={state.input.plan} summary={provisional} lang={lang} m={m} />
            </div>
          ) : (
            last && <Results plan={last.input.plan} result={last} stale={stale} lang={lang} m={m} />
          )}
        </div>
      </div>
    </section>
  );
}
