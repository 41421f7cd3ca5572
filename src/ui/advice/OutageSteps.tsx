import type { OutagePhase, OutageStep } from '../../engine/contingency';
import { formatDate, formatDays, formatMoney, formatNumber } from '../../i18n/format';
import type { AdviceMessages } from '../../i18n/messages/advice';
import type { Lang } from '../../i18n/lang';
import { actionText } from './SuggestionCard';

type Props = { steps: OutageStep[]; lang: Lang; m: AdviceMessages };

/** The order of actions during an outage, grouped day 0, days 1–3, week 2, … */
export function OutageSteps({ steps, lang, m }: Props) {
  const c = m.contingency;
  const phases: { phase: OutagePhase; steps: OutageStep[] }[] = [];
  for (const s of steps) {
    const last = phases[phases.length - 1];
    if (last && last.phase === s.phase) last.steps.push(s);
    else phases.push({ phase: s.phase, steps: [s] });
  }
  const text = (s: OutageStep) => {
    const action = s.action
      ? actionText(
          { action: s.action, amount: s.amount ?? 0, counterparty: s.counterparty },
          lang,
          m,
        )
      : '';
    if (s.kind === 'use_action' && s.offset === 0) return c.useNow({ action });
    return c.step[s.kind]({
      action,
      amount: formatMoney(s.amount ?? 0, lang),
      days: formatDays(s.leadTimeDays ?? s.offset, lang),
    });
  };
  return (
    <ol className="outage-steps">
      {phases.map((p) => (
        <li key={p.phase} className="outage-phase">
          <h4>{c.phase[p.phase]}</h4>
          <ul>
            {p.steps.map((s, i) => (
              <li key={`${s.kind}-${s.action ?? ''}-${i}`} className={`outage-step step-${s.kind}`}>
                <span className="outage-when num">
                  {c.dayN({ day: formatNumber(s.offset, lang) })}
                  {s.date ? ` · ${formatDate(s.date, lang)}` : ''}
                </span>
                <span className="outage-what">{text(s)}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
