import { lazy, Suspense, useMemo } from 'react';
import { COMMON } from '../../i18n/messages/common';
import { yuanFromFen } from '../../engine/money';
import { formatMoney } from '../../i18n/format';
import { CASH_CHART } from '../../i18n/messages/dashboardCash';
import { DOMAIN } from '../../i18n/messages/domain';
import { useLang } from '../../i18n/useLang';
import { TableToggle } from '../common/TableToggle';
import { dateTicks } from '../charts/axis';
import { cashRows, deepestGapDay, gapRuns } from '../charts/cashRows';
import { shockWindows } from '../charts/shockWindows';
import { CashPlot } from './CashPlot';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { cashSummary } from './cashSummary';
import { COLORS, DASH } from './chartStyle';
import { useQuickAnalysis } from '../../state/useAnalysis';
import './dashboard.css';

// The day-by-day table is opened on demand: keep it out of the first screen's bundle.
const CashTable = lazy(() => import('./CashTable').then((m) => ({ default: m.CashTable })));

/**
 * The main answer as a picture: reachable cash each day with and without the outage, the
 * minimum buffer, the liquidity gap shaded, the shock window marked; a sentence above it and a
 * table instead of it for anyone who does not read charts.
 */
export function CashChart() {
  const lang = useLang();
  const m = CASH_CHART[lang];
  const d = DOMAIN[lang];
  const { plan, scenario, analysis } = useQuickAnalysis();
  const days = analysis.stressed.projection.days;
  const buffer = yuanFromFen(plan.business.minCashBuffer);

  const rows = useMemo(() => cashRows(plan, analysis), [plan, analysis]);
  const ticks = useMemo(
    () => dateTicks(plan.business.startDate, days),
    [plan.business.startDate, days],
  );
  const windows = useMemo(() => shockWindows(scenario, days), [scenario, days]);
  const gapDay = useMemo(() => deepestGapDay(analysis), [analysis]);
  const gaps = useMemo(() => gapRuns(analysis), [analysis]);
  const summary = useMemo(
    () => cashSummary(analysis, buffer, days, lang, m),
    [analysis, buffer, days, lang, m],
  );

  const legend: LegendItem[] = [
    { label: d.stressed, swatch: { type: 'line', color: COLORS.stressed } },
    {
      label: d.baseline,
      swatch: { type: 'line', color: COLORS.baseline, dash: DASH.baseline, width: 2 },
    },
    {
      label: `${d.buffer} ${formatMoney(buffer, lang)}`,
      swatch: { type: 'line', color: COLORS.ink, dash: DASH.buffer, width: 1.5 },
    },
    { label: d.shortfall, swatch: { type: 'band', color: COLORS.gap } },
  ];
  if (windows.length > 0) {
    legend.push({
      label: d.shockWindow,
      swatch: { type: 'band', color: COLORS.shock, opacity: 0.2, dash: DASH.window },
    });
  }

  return (
    <TableToggle
      title={m.title}
      summary={summary}
      chart={
        <div className="cash-chart">
          <ChartLegend items={legend} />
          <CashPlot
            plan={plan}
            analysis={analysis}
            rows={rows}
            ticks={ticks}
            windows={windows}
            gapDay={gapDay}
            gaps={gaps}
            buffer={buffer}
            lang={lang}
          />
        </div>
      }
      table={() => (
        <Suspense fallback={<p>{COMMON[lang].loading}</p>}>
          <CashTable plan={plan} analysis={analysis} lang={lang} />
        </Suspense>
      )}
    />
  );
}
