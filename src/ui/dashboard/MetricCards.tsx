import { useMemo } from 'react';
import { DASHBOARD } from '../../i18n/messages/dashboard';
import { useLang } from '../common/useLang';
import { InfoTip } from '../common/InfoTip';
import { metricCards, type MetricCardView } from './metricCardModel';
import { StatusBadge } from './StatusBadge';
import { useQuickAnalysis, useReverseStress } from '../../state/useAnalysis';
import { useStore } from '../../state/store';
import './dashboard.css';

/** The two reverse-stress cards: their search runs after the charts are drawn. */
const REVERSE_STRESS: ReadonlySet<MetricCardView['id']> = new Set(['breakEven', 'maxCut']);

function MetricCard({
  card,
  statusLabel,
  markLabel,
  stale,
  searching,
}: {
  card: MetricCardView;
  statusLabel: string;
  markLabel: string;
  stale: boolean;
  /** Shown instead of value and status while the card's first search runs. */
  searching?: string;
}) {
  return (
    <li
      className={`metric-card metric-${card.status}${stale ? ' is-stale' : ''}`}
      aria-busy={stale || undefined}
    >
      <div className="metric-head">
        <h3 className="metric-title">{card.title}</h3>
        <InfoTip text={card.mark} citation={card.citation} grade={card.grade} label={markLabel} />
      </div>
      {searching ? (
        <p className="metric-value metric-word">{searching}</p>
      ) : (
        <>
          <p className={card.isWord ? 'metric-value metric-word' : 'metric-value'}>{card.value}</p>
          <StatusBadge status={card.status} label={statusLabel} />
        </>
      )}
      <p className="metric-meaning">{card.meaning}</p>
      {card.detail && <p className="metric-detail">{card.detail}</p>}
      {card.baseline && <p className="metric-baseline">{card.baseline}</p>}
    </li>
  );
}

/** The stressed run's risk metrics as cards, each judged against a published mark. */
export function MetricCards() {
  const lang = useLang();
  const m = DASHBOARD[lang].metrics;
  const { analysis } = useQuickAnalysis({ deferred: true });
  const reverse = useReverseStress();
  const wan = useStore((s) => s.wanDisplay);
  const days = analysis.stressed.projection.days;
  const cards = useMemo(() => {
    const stressed = { ...analysis.stressed.metrics, ...reverse.metrics };
    return metricCards(stressed, analysis.baseline.metrics, days, lang, m, wan);
  }, [analysis, reverse.metrics, days, lang, m, wan]);
  const searching = reverse.metrics === null || reverse.stale;
  return (
    <section className="panel metrics-panel" aria-labelledby="metrics-title">
      <div className="panel-head">
        <h2 id="metrics-title">{m.title}</h2>
      </div>
      <p className="chart-summary">{m.intro}</p>
      <ul className="metric-grid">
        {cards.map((card) => (
          <MetricCard
            key={card.id}
            card={card}
            statusLabel={m.status[card.status]}
            markLabel={m.markLabel({ title: card.title })}
            stale={searching && REVERSE_STRESS.has(card.id)}
            searching={
              reverse.metrics === null && REVERSE_STRESS.has(card.id) ? m.searching : undefined
            }
          />
        ))}
      </ul>
    </section>
  );
}
