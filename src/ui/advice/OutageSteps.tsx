import type { OutagePhase, OutageStep } from '../../engine/contingency';
import type { LeverAssumptions } from '../../engine/model';
import { stepText, stepWhen } from '../../i18n/contingencyText';
import type { AdviceMessages } from '../../i18n/messages/advice';
import type { Lang } from '../../i18n/lang';

type Props = {
  steps: OutageStep[];
  lang: Lang;
  m: AdviceMessages;
  levers?: Partial<LeverAssumptions>;
};

/** The steps by date, grouped: now, day 0, days 1–3, week 2, … — too-late ones marked. */
export function OutageSteps({ steps, lang, m, levers = {} }: Props) {
  const c = m.contingency;
  const phases: { phase: OutagePhase; steps: OutageStep[] }[] = [];
  for (const s of steps) {
    const last = phases[phases.length - 1];
    if (last && last.phase === s.phase) last.steps.push(s);
    else phases.push({ phase: s.phase, steps: [s] });
  }
  return (
    <ol className="outage-steps">
      {phases.map((p) => (
        <li key={p.phase} className="outage-phase">
          <h4>{c.phase[p.phase]}</h4>
          <ul>
            {p.steps.map((s, i) => (
              <li
                key={`${s.kind}-${s.action ?? ''}-${i}`}
                className={`outage-step step-${s.kind}${s.tooLate ? ' is-late' : ''}${s.fallback ? ' is-fallback' : ''}`}
              >
                <span className="outage-when num">{stepWhen(s, lang)}</span>
                <span className="outage-what">{stepText(s, lang, levers)}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
