import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { COMMON } from '../i18n/messages/common';
import { useLang, useMessages } from '../i18n/useLang';
import { PanelBoundary } from './common/PanelBoundary';
import { CashChart } from './dashboard/CashChart';
import { Headline } from './headline/Headline';
import { Header } from './layout/Header';
import { Notices } from './layout/Notices';

// The first screen is the answer: headline and cash chart ship in the initial bundle; every
// other panel loads right after it (initial JS budget, issue 3). Placeholders keep their room
// so nothing on screen moves when a panel arrives.
const named = <K extends string>(load: () => Promise<Record<K, () => ReactNode>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const MetricCards = named(() => import('./dashboard/MetricCards'), 'MetricCards');
const ScenarioPanel = named(() => import('./scenario/ScenarioPanel'), 'ScenarioPanel');
const HeadroomChart = named(() => import('./dashboard/HeadroomChart'), 'HeadroomChart');
const FundingMixChart = named(() => import('./dashboard/FundingMixChart'), 'FundingMixChart');
const PlanEditor = named(() => import('./editor/PlanEditor'), 'PlanEditor');
const AdvicePanel = named(() => import('./advice/AdvicePanel'), 'AdvicePanel');
const ContingencyPlan = named(() => import('./advice/ContingencyPlan'), 'ContingencyPlan');
const StressLab = named(() => import('./stress/StressLab'), 'StressLab');

function Slot({ name, children, area }: { name: string; children: ReactNode; area?: string }) {
  const m = useMessages(COMMON);
  return (
    <div className={`slot${area ? ` slot-${area}` : ''}`}>
      <PanelBoundary name={name}>
        <Suspense
          fallback={
            <div className={`panel placeholder placeholder-${name}`} aria-busy="true">
              <span className="visually-hidden">{m.loading}</span>
            </div>
          }
        >
          {children}
        </Suspense>
      </PanelBoundary>
    </div>
  );
}

/** The one screen: the answer first (headline, chart, metrics), the scenario beside it, then the plan. */
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
          <Slot name="headline" area="headline">
            <Headline />
          </Slot>
          <Slot name="cash-chart" area="chart">
            <CashChart />
          </Slot>
          <Slot name="metrics" area="metrics">
            <MetricCards />
          </Slot>
          <Slot name="scenario" area="scenario">
            <ScenarioPanel />
          </Slot>
        </div>
        <Slot name="advice">
          <AdvicePanel />
        </Slot>
        <Slot name="stress-lab">
          <StressLab />
        </Slot>
        <div className="chart-pair">
          <Slot name="headroom-chart">
            <HeadroomChart />
          </Slot>
          <Slot name="funding-mix">
            <FundingMixChart />
          </Slot>
        </div>
        <Slot name="contingency">
          <ContingencyPlan />
        </Slot>
        <Slot name="editor">
          <PlanEditor />
        </Slot>
      </main>
      <footer className="app-footer">
        <p>{m.privacy}</p>
      </footer>
    </>
  );
}
