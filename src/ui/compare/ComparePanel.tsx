import { useMemo, useState } from 'react';
import { formatDate, formatDays, formatMoney } from '../../i18n/format';
import { localName } from '../../i18n/localName';
import { COMPARE } from '../../i18n/messages/compare';
import { useLang } from '../common/useLang';
import { MAX_KEPT_SCENARIOS } from '../../state/keptScenarios';
import { useStore } from '../../state/store';
import { useSettled } from '../../state/useSettled';
import { analysisOf } from '../../state/useAnalysis';
import { TableToggle } from '../common/TableToggle';
import { CompareChart } from './CompareChart';
import { compareRows, LETTERS } from './compareModel';
import { CompareCashTable, CompareMetrics } from './CompareTables';
import { KeptScenarios } from './KeptScenarios';
import './compare.css';

/**
 * Scenarios side by side: the plan's kept scenarios (at most four) in one overlaid cash chart and
 * one metrics table, with the best value of each metric marked. Each scenario is two runs of the
 * engine, shared with the rest of the page through the analysis cache.
 */
export function ComparePanel() {
  const lang = useLang();
  const m = COMPARE[lang];
  // Follows the plan once typing pauses: an edit redraws the main cash chart first (useSettled).
  const plan = useSettled(useStore((s) => s.valid.plan));
  const all = useSettled(useStore((s) => s.valid.scenarios));
  const kept = useMemo(() => all.slice(0, MAX_KEPT_SCENARIOS), [all]);
  const [status, setStatus] = useState('');
  const analyses = useMemo(() => kept.map((s) => analysisOf(plan, s)), [plan, kept]);
  const rows = useMemo(() => compareRows(plan, analyses), [plan, analyses]);
  const names = kept.map((s) => localName(s.name, lang));

  const summary = () => {
    const first = analyses[0];
    if (!first) return '';
    const parts = [m.summary.baseline(formatMoney(first.baseline.metrics.lowestCash, lang))];
    analyses.forEach((a, i) => {
      const x = a.stressed.metrics;
      parts.push(
        x.cashZeroDate !== null && x.survivalDays !== null
          ? m.summary.gap(
              LETTERS[i]!,
              names[i]!,
              formatDate(x.cashZeroDate, lang),
              formatDays(x.survivalDays, lang),
              formatMoney(x.deepestShortfall, lang),
            )
          : m.summary.ok(LETTERS[i]!, names[i]!, formatMoney(x.lowestCash, lang)),
      );
    });
    return parts.join(' ');
  };

  return (
    <section id="compare" className="panel compare-panel" aria-labelledby="compare-title">
      <div className="panel-head">
        <h2 id="compare-title">{m.title}</h2>
      </div>
      <p>{m.intro(MAX_KEPT_SCENARIOS)}</p>
      <KeptScenarios kept={kept} lang={lang} onStatus={setStatus} />
      <p className="compare-status" role="status">
        {status}
      </p>
      {kept.length > 0 && (
        <>
          <TableToggle
            title={m.chartTitle}
            headingLevel={3}
            summary={summary()}
            chart={
              <CompareChart
                rows={rows}
                names={names}
                startDate={plan.business.startDate}
                lang={lang}
              />
            }
            table={() => <CompareCashTable rows={rows} names={names} lang={lang} />}
          />
          <h3>{m.metricsTitle}</h3>
          <CompareMetrics
            names={names}
            metrics={analyses.map((a) => a.stressed.metrics)}
            lang={lang}
          />
        </>
      )}
    </section>
  );
}
