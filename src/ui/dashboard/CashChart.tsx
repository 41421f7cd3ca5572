import { lazy, startTransition, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { COMMON } from '../../i18n/messages/common';
import { yuanFromFen } from '../../engine/money';
import { formatDays, formatMoney } from '../../i18n/format';
import { WHAT_IF } from '../../i18n/messages/adviceWhatIf';
import { CASH_CHART } from '../../i18n/messages/dashboardCash';
import { DOMAIN } from '../../i18n/messages/domain';
import { useLang } from '../common/useLang';
import { TableToggle } from '../common/TableToggle';
import { useReveal } from '../layout/useReveal';
import { aboveBaseline } from '../charts/aboveBaseline';
import { shockWindows } from '../charts/shockWindows';
import { ChartLegend, type LegendItem } from './ChartLegend';
import { cashSummary } from './cashSummary';
import { shortDate } from './dates';
import { BAND_OPACITY, CHART_HEIGHT, COLORS, DASH, WHAT_IF_STYLE } from './chartStyle';
import { useStore } from '../../state/store';
import { useQuickAnalysis } from '../../state/useAnalysis';
import { useWhatIf } from '../../state/whatIf';
import './dashboard.css';

// The day-by-day table is opened on demand: keep it out of the first screen's bundle.
const CashTable = lazy(() => import('./CashTable').then((m) => ({ default: m.CashTable })));
// The plot itself is its own chunk, fetched and drawn once the chart is on screen or the reader
// engages: the sentence above it is the answer, and the first paint does not wait for the
// drawing (nor for the 365 rows it is drawn from).
const CashPlot = lazy(() => import('./CashPlot').then((m) => ({ default: m.CashPlot })));
const CsvDownload = lazy(() => import('./CsvDownload').then((m) => ({ default: m.CsvDownload })));

/** The chart's room, kept while its code loads (nothing below it moves when it arrives). */
function ChartLoading({ label }: { label: string }) {
  return (
    <div className="chart-frame" style={{ height: CHART_HEIGHT.cash }} aria-busy="true">
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

/**
 * The main answer as a picture: what the business can still spend each day (reachable cash plus
 * credit still usable) with and without the outage, the cash and the credit of the outage run
 * shown apart, the minimum buffer, the liquidity gap shaded, the shock window marked; a sentence
 * above it (saying why, whenever the outage line runs above the other) and a table instead of it
 * for anyone who does not read charts.
 */
export function CashChart() {
  const lang = useLang();
  const m = CASH_CHART[lang];
  const d = DOMAIN[lang];
  const { plan, scenario, analysis } = useQuickAnalysis();
  const days = analysis.stressed.projection.days;
  const buffer = yuanFromFen(plan.business.minCashBuffer);
  const frame = useRef<HTMLDivElement>(null);
  const [drawn] = useReveal(frame);
  // The plot's first render uses the frame's real width, so it draws once, not twice. It is a
  // transition, so it never lengthens the commit that revealed the chart; its room is kept
  // meanwhile.
  const [plotWidth, setPlotWidth] = useState<number | null>(null);
  useEffect(() => {
    if (!drawn || !frame.current) return;
    const width = frame.current.clientWidth || 720; // 0 where nothing is laid out (jsdom)
    startTransition(() => setPlotWidth(width));
  }, [drawn]);

  const tryOut = useStore((s) => s.tryOut);
  const whatIf = useWhatIf(plan, scenario);
  const w = WHAT_IF[lang];
  const windows = useMemo(() => shockWindows(scenario, days), [scenario, days]);
  const above = useMemo(() => aboveBaseline(plan, scenario, analysis), [plan, scenario, analysis]);
  const summary = useMemo(() => {
    let text = cashSummary(analysis, buffer, days, lang, m);
    if (above) {
      text += ` ${m.above({
        from: shortDate(above.from, lang, days),
        to: shortDate(above.to, lang, days),
        most: formatMoney(above.most, lang),
        notPaid: formatMoney(above.interestNotPaid, lang),
        blocked: above.reason === 'blocked',
      })}`;
    }
    if (!whatIf || !tryOut) return text;
    const after = whatIf.stressed.metrics;
    return (
      text +
      w.summary({
        action: w.actionName[tryOut.action],
        closes: after.daysShort === 0,
        lowest: formatMoney(after.lowestCash, lang),
        date: shortDate(after.lowestCashDate, lang, days),
        gap: formatMoney(after.deepestShortfall, lang),
        days: formatDays(after.daysShort, lang),
      })
    );
  }, [analysis, above, buffer, days, lang, m, whatIf, tryOut, w]);

  const legend: LegendItem[] = [
    { label: m.lineWith, swatch: { type: 'line', color: COLORS.stressed } },
    {
      label: m.cashPart,
      swatch: { type: 'band', color: COLORS.stressed, opacity: BAND_OPACITY.cash },
    },
    {
      label: m.creditPart,
      swatch: { type: 'band', color: COLORS.credit, opacity: BAND_OPACITY.credit },
    },
    {
      label: m.lineWithout,
      swatch: { type: 'line', color: COLORS.baseline, dash: DASH.baseline, width: 2 },
    },
    {
      label: `${d.buffer} ${formatMoney(buffer, lang)}`,
      swatch: { type: 'line', color: COLORS.ink, dash: DASH.buffer, width: 1.5 },
    },
    { label: d.shortfall, swatch: { type: 'band', color: COLORS.gap } },
  ];
  if (whatIf) {
    legend.splice(1, 0, {
      label: w.line,
      swatch: { type: 'line', color: WHAT_IF_STYLE.color, dash: WHAT_IF_STYLE.dash, width: 3 },
    });
  }
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
      actions={
        <Suspense>
          <CsvDownload plan={plan} analysis={analysis} />
        </Suspense>
      }
      chart={
        <div className="cash-chart" ref={frame}>
          <ChartLegend items={legend} />
          {drawn && plotWidth !== null ? (
            <Suspense fallback={<ChartLoading label={COMMON[lang].loading} />}>
              <CashPlot
                initialWidth={plotWidth}
                plan={plan}
                analysis={analysis}
                whatIf={whatIf}
                windows={windows}
                buffer={buffer}
                whatIfLabel={whatIf ? w.line : null}
                lang={lang}
              />
            </Suspense>
          ) : (
            <ChartLoading label={COMMON[lang].loading} />
          )}
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
