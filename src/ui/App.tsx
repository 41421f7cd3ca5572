import { useEffect, useLayoutEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { COMMON } from '../i18n/messages/common';
import { createSectionView } from '../state/sectionView';
import { StoreViewContext, useStore } from '../state/store';
import { LAYOUT } from '../i18n/messages/layout';
import { useLang } from './common/useLang';
import { CashChart } from './dashboard/CashChart';
import { Headline } from './headline/Headline';
import { Header } from './layout/Header';
import { Notices } from './layout/Notices';
import {
  AdvicePanel,
  ClientsSection,
  ComparePanel,
  ContingencyPlan,
  FundingMixChart,
  HeadroomChart,
  HeatmapPanel,
  MetricCards,
  MonteCarloPanel,
  PlanEditor,
  ScenarioPanel,
} from './layout/panels';
import { SectionNav } from './layout/SectionNav';
import { useSection } from './layout/sectionRoute';
import { sectionElementId, type SectionId } from './layout/sections';
import { OffScreen } from './layout/offScreen';
import { Slot } from './layout/Slot';
import { UpdateBanner } from './update/UpdateBanner';
import { useSectionFocus } from './layout/useSectionFocus';
import './layout/layout.css';

// The first screen is the answer: headline and cash chart ship in the initial bundle and render
// at once; every other panel is its own chunk, drawn when it is needed (layout/Slot.tsx).

/**
 * The page in sections the reader moves between (answer · plan · scenarios · advice · stress lab ·
 * clients), one on screen at a time, each at its own address (layout/sections.ts). The headline
 * and its key figures stay in view in every section: beside the section on a wide screen, as a
 * strip above it on a phone (layout.css), so an edit shows its effect where it is made.
 */
export function App() {
  const lang = useLang();
  const m = COMMON[useLang()];
  const l = LAYOUT[useLang()];
  const section = useSection();
  useSectionFocus(section);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title =
      section === 'answer'
        ? `${m.appName} — ${m.tagline}`
        : `${l.sections[section]} · ${m.appName}`;
  }, [lang, m, l, section]);

  // Skip the header and the tab bar without touching the address (it names the section).
  const skip = (e: MouseEvent) => {
    e.preventDefault();
    document.getElementById('main')?.focus();
  };

  return (
    <>
      <a className="skip-link" href="#main" onClick={skip}>
        {m.skipToContent}
      </a>
      <Header />
      <SectionNav current={section} />
      <main id="main" className="app-main" data-section={section} tabIndex={-1}>
        <Notices />
        <UpdateBanner />
        <div className="answer-pin">{HEADLINE}</div>
        <Section id="answer" current={section}>
          {ANSWER}
        </Section>
        <Section id="plan" current={section}>
          {PLAN}
        </Section>
        <Section id="scenarios" current={section}>
          {SCENARIOS}
        </Section>
        <Section id="advice" current={section}>
          {ADVICE}
        </Section>
        <Section id="stress" current={section}>
          {STRESS}
        </Section>
        <Section id="clients" current={section}>
          {CLIENTS}
        </Section>
      </main>
      <footer className="app-footer">
        <p>{m.privacy}</p>
      </footer>
    </>
  );
}

// The panels, built once: moving between sections re-renders the sections' frames and
// their slots, never the panels inside (a panel re-renders for its own data only).
const HEADLINE = (
  <Slot name="headline" eager>
    <Headline />
  </Slot>
);
const ANSWER = (
  <>
    <Slot name="cash-chart" eager>
      <CashChart />
    </Slot>
    <Slot name="metrics">
      <MetricCards />
    </Slot>
    <div className="chart-pair">
      <Slot name="headroom-chart">
        <HeadroomChart />
      </Slot>
      <Slot name="funding-mix">
        <FundingMixChart />
      </Slot>
    </div>
  </>
);
const PLAN = (
  <>
    <Slot name="editor">
      <PlanEditor />
    </Slot>
  </>
);
const SCENARIOS = (
  <>
    <Slot name="scenario">
      <ScenarioPanel />
    </Slot>
    <Slot name="compare">
      <ComparePanel />
    </Slot>
  </>
);
const ADVICE = (
  <>
    <Slot name="advice">
      <AdvicePanel />
    </Slot>
    <Slot name="contingency">
      <ContingencyPlan />
    </Slot>
  </>
);
const STRESS = (
  <>
    <Slot name="heatmap">
      <HeatmapPanel />
    </Slot>
    <Slot name="monte-carlo">
      <MonteCarloPanel />
    </Slot>
  </>
);
const CLIENTS = (
  <>
    <Slot name="clients">
      <ClientsSection />
    </Slot>
  </>
);

/**
 * One section: named for assistive technology, focusable (the target after a move), and hidden
 * while another is on screen. A hidden section's panels still render once the reader engages and
 * the browser is idle (Slot), and follow the plan when the reader pauses rather than on every
 * keystroke (its view of the store: sectionView.ts), so a section opens at once with its numbers
 * ready and an edit renders only what is on screen.
 */
function Section({
  id,
  current,
  children,
}: {
  id: SectionId;
  current: SectionId;
  children: ReactNode;
}) {
  const l = LAYOUT[useLang()];
  const hidden = id !== current;
  const [view] = useState(() => createSectionView(useStore, hidden));
  // Before the paint: a section coming on screen shows the current state, never the one it kept.
  useLayoutEffect(() => view.setHidden(hidden), [view, hidden]);
  return (
    <section
      id={sectionElementId(id)}
      className={`app-section app-section-${id}`}
      aria-label={l.sections[id]}
      tabIndex={-1}
      hidden={hidden}
    >
      <StoreViewContext.Provider value={view}>
        <OffScreen.Provider value={hidden}>{children}</OffScreen.Provider>
      </StoreViewContext.Provider>
    </section>
  );
}
