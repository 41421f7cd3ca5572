import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { createPortal } from 'react-dom';
import { COMMON } from '../../i18n/messages/common';
import { PRESENTER } from '../../i18n/messages/presenter';
import { useLang } from '../common/useLang';
import { CashChart } from '../dashboard/CashChart';
import { useReportAdvice } from '../report/useReportAdvice';
import { useReportData } from '../report/useReportData';
import { aliasedPlan, roundedAnalysis } from './anonymise';
import {
  AdviceSection,
  ChartFacts,
  ContingencySection,
  OverviewSection,
  type SectionProps,
} from './PresenterSections';
import '../advice/advice.css';
import './presenter.css';

export const SECTIONS = ['overview', 'chart', 'advice', 'contingency'] as const;
type SectionId = (typeof SECTIONS)[number];

function ChartSection(props: SectionProps) {
  return (
    <>
      <ChartFacts {...props} />
      <div className="presenter-chart">
        <CashChart />
      </div>
    </>
  );
}

const BODY: Record<SectionId, ComponentType<SectionProps>> = {
  overview: OverviewSection,
  chart: ChartSection,
  advice: AdviceSection,
  contingency: ContingencySection,
};

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The meeting view: one section at a time in large type, editors hidden. Full screen when the
 * browser allows it (otherwise it fills the window); ← → / Page Up / Page Down move, 1–4 jump,
 * Esc leaves (leaving full screen leaves the view too). "Anonymise" shows "Client A" and
 * rounded figures without touching the plan.
 */
export function PresenterView({ onClose }: { onClose: () => void }) {
  const lang = useLang();
  const p = PRESENTER[lang];
  const data = useReportData();
  const advice = useReportAdvice(data);
  const [index, setIndex] = useState(0);
  const [anonymised, setAnonymised] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = SECTIONS[index]!;

  const go = useCallback(
    (to: number) => setIndex(Math.max(0, Math.min(SECTIONS.length - 1, to))),
    [],
  );

  // Full screen if allowed; leaving it (Esc in full screen never reaches the page) leaves the view.
  useEffect(() => {
    const el = root.current;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === el) entered = true;
      else if (entered) onClose();
    };
    document.addEventListener('fullscreenchange', onChange);
    el?.requestFullscreen?.().catch(() => {
      // Not allowed here (no user gesture left, an iframe, a test browser): the full-window layout stays.
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === el) void document.exitFullscreen().catch(() => {});
    };
  }, [onClose]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape') onClose();
      else if (NEXT_KEYS.has(e.key)) go(index + 1);
      else if (PREVIOUS_KEYS.has(e.key)) go(index - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(SECTIONS.length - 1);
      else if (/^[1-9]$/.test(e.key) && Number(e.key) <= SECTIONS.length) go(Number(e.key) - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, go, onClose]);

  // Each section announces itself: focus moves to its heading.
  useEffect(() => heading.current?.focus(), [index]);

  const shown = useMemo(() => {
    if (!data || !anonymised) return data;
    return {
      ...data,
      plan: aliasedPlan(data.plan, p.clientAlias),
      analysis: roundedAnalysis(data.analysis),
    };
  }, [anonymised, data, p.clientAlias]);
  const Body = BODY[id];

  return createPortal(
    <div
      ref={root}
      className={`presenter${anonymised ? ' is-anonymised' : ''}`}
      lang={lang}
      role="dialog"
      aria-modal="true"
      aria-label={p.regionLabel}
    >
      <div className="presenter-bar">
        <nav aria-label={p.navLabel}>
          <ol className="presenter-nav">
            {SECTIONS.map((s, i) => (
              <li key={s}>
                <button
                  type="button"
                  aria-current={i === index ? 'step' : undefined}
                  onClick={() => go(i)}
                >
                  <span className="presenter-key" aria-hidden="true">
                    {i + 1}
                  </span>{' '}
                  {p.sections[s]}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <label className="presenter-toggle" title={p.anonymiseHint}>
          <input
            type="checkbox"
            checked={anonymised}
            onChange={(e) => setAnonymised(e.currentTarget.checked)}
          />{' '}
          {p.anonymise}
        </label>
        <button
          type="button"
          className="presenter-exit"
          onClick={onClose}
          aria-keyshortcuts="Escape"
        >
          {p.exit}
        </button>
      </div>
      <section className={`presenter-section presenter-${id}`} aria-labelledby="presenter-title">
        <p className="presenter-count" aria-live="polite">
          {p.sectionOf(index + 1, SECTIONS.length)}
        </p>
        <h1 id="presenter-title" ref={heading} tabIndex={-1}>
          {p.sections[id]}
        </h1>
        {shown ? (
          <Body
            plan={shown.plan}
            scenario={shown.scenario}
            analysis={shown.analysis}
            advice={advice}
            anonymised={anonymised}
            lang={lang}
            p={p}
          />
        ) : (
          // The break-even figures come from a Worker; the section waits for them rather than show "none".
          <p aria-busy="true">{COMMON[lang].loading}</p>
        )}
      </section>
      <div className="presenter-footer">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          <span aria-hidden="true">← </span>
          {p.previous}
        </button>
        <p className="presenter-hint">{p.keysHint}</p>
        <button
          type="button"
          onClick={() => go(index + 1)}
          disabled={index === SECTIONS.length - 1}
        >
          {p.next}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
    </div>,
    document.body,
  );
}
