import { useEffect } from 'react';
import { COMMON } from '../i18n/messages/common';
import { useLang, useMessages } from './common/useLang';
import { CashChart } from './dashboard/CashChart';
import { Headline } from './headline/Headline';
import { Header } from './layout/Header';
import { Notices } from './layout/Notices';
import {
  AdvicePanel,
  ContingencyPlan,
  FundingMixChart,
  HeadroomChart,
  MetricCards,
  MonteCarloPanel,
  PlanEditor,
  ScenarioPanel,
  StressLab,
} from './layout/panels';
import { Slot } from './layout/Slot';
import { UpdateBanner } from './update/UpdateBanner';

// The first screen is the answer: headline and cash chart ship in the initial bundle and render
// at once; every other panel is its own chunk, drawn when it is needed (layout/Slot.tsx).

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
        <UpdateBanner />
        <div id="results" className="results" tabIndex={-1}>
          <Slot name="headline" area="headline" eager>
            <Headline />
          </Slot>
          <Slot name="cash-chart" area="chart" eager>
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
        <Slot name="monte-carlo">
          <MonteCarloPanel />
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
