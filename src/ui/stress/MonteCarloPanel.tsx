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
  runIssues,
  runValue,
  type AssumptionDraft,
  type RunField as RunFieldName,
} from './assumptionDraft';
import { assumptionForm } from './assumptionFormBinding';
import { FormContext } from '../fields/form';
import { Field } from '../fields/Field';
import { NumberInput } from '../fields/NumberInput';
import { FanChart } from './FanChart';
import { MonteCarloResults } from './MonteCarloResults';
import { useMonteCarlo } from './useMonteCarlo';
import './monteCarlo.css';

// Progress redraws the panel up to ten times a second while Workers need every core: charts
// whose data did not change are not drawn again.
const Fan = memo(FanChart);
const Results = memo(MonteCarloResults);

/** The run's paths or seed: a whole number, kept as typed, locked while a run goes on. */
function RunField({
  field,
  label,
  disabled,
}: {
  field: RunFieldName;
  label: string;
  disabled: boolean;
}) {
  return (
    <Field path={[field]} label={label}>
      {(control, { value, set }) => (
        <NumberInput
          {...control}
          inputMode="numeric"
          disabled={disabled}
          value={value}
          onValue={(_, typed) => set(typed)}
        />
      )}
    </Field>
  );
}

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
    run({
      plan,
      scenario,
      assumptions,
      paths: runValue(draft, 'paths'),
      seed: runValue(draft, 'seed'),
    });
  };
  const stale =
    last !== null &&
    (last.input.plan !== plan ||
      last.input.scenario !== scenario ||
      last.input.paths !== runValue(draft, 'paths') ||
      last.input.seed !== runValue(draft, 'seed') ||
      JSON.stringify(last.input.assumptions) !== JSON.stringify(assumptions));

  return (
    <section id="monte-carlo" className="panel mc-panel" aria-labelledby="mc-heading">
      <h2 id="mc-heading">{m.title}</h2>
      <p className="mc-intro">{m.intro}</p>
      <div className="mc-layout">
        <div className="mc-inputs">
          <FormContext value={assumptionForm(draft, setDraft, issues, badRun, horizon, lang, m)}>
            <AssumptionForm
              draft={draft}
              onChange={setDraft}
              horizonDays={horizon}
              disabled={running}
              lang={lang}
              m={m}
            />
            <div className="mc-row mc-run">
              <RunField field="paths" label={m.paths} disabled={running} />
              <RunField field="seed" label={m.seed} disabled={running} />
            </div>
          </FormContext>
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
