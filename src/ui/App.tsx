import { lazy, Suspense, useEffect } from 'react';
import { COMMON } from '../i18n/messages/common';
import { useLang, useMessages } from '../i18n/useLang';
import { PanelBoundary } from './common/PanelBoundary';
import { CashChart } from './dashboard/CashChart';
import { FundingMixChart } from './dashboard/FundingMixChart';
import { HeadroomChart } from './dashboard/HeadroomChart';
import { MetricCards } from './dashboard/MetricCards';
import { Headline } from './headline/Headline';
import { Header } from './layout/Header';
import { Notices } from './layout/Notices';
import { ScenarioPanel } from './scenario/ScenarioPanel';

// The editor is below the fold and the largest form code: load it after the first answer is on screen.
const PlanEditor = lazy(() => import('./editor/PlanEditor').then((m) => ({ default: m.PlanEditor })));

/** The one screen: the answer first (headline, chart, metrics), then the scenario, then the plan. */
export function App() {
  const lang = useLang();
  const m = useMessages(COMMON);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${m.appName} — ${m.tagline}`;
  }, [lang, m]);

  return (
    <>
      <a className="skip-link" href="#results">
        {m.skipToContent}
      </a>
      <Header />
      <main className="app-main">
        <Notices />
        <div id="results" className="results" tabIndex={-1}>
          <PanelBoundary name="headline">
            <Headline />
          </PanelBoundary>
          <PanelBoundary name="scenario">
            <ScenarioPanel />
          </PanelBoundary>
          <PanelBoundary name="cash-chart">
            <CashChart />
          </PanelBoundary>
          <PanelBoundary name="metrics">
            <MetricCards />
          </PanelBoundary>
          <div className="chart-pair">
            <PanelBoundary name="headroom-chart">
              <HeadroomChart />
            </PanelBoundary>
            <PanelBoundary name="funding-mix">
              <FundingMixChart />
            </PanelBoundary>
          </div>
        </div>
        <PanelBoundary name="editor">
          <Suspense fallback={<p className="panel">{m.loading}</p>}>
            <PlanEditor />
          </Suspense>
        </PanelBoundary>
      </main>
      <footer className="app-footer">
        <p>{m.privacy}</p>
      </footer>
    </>
  );
}
