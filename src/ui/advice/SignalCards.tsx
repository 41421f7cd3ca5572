import type { Signal } from '../../engine/contingency';
import type { LeverAssumptions } from '../../engine/model';
import { signalTodo } from '../../i18n/contingencyText';
import type { AdviceMessages } from '../../i18n/messages/advice';
import type { Lang } from '../../i18n/lang';

type Props = {
  signals: Signal[];
  lang: Lang;
  m: AdviceMessages;
  levers?: Partial<LeverAssumptions>;
  cashHolds?: boolean;
};

/**
 * The signal table on a phone: each signal and whether this scenario shows it, as the summary of
 * a disclosure holding where to look, how often and what to do — open for a signal the scenario
 * shows.
 * Same sentences as `SignalTable`.
 */
export function SignalCards({ signals, lang, m, levers = {}, cashHolds = false }: Props) {
  const c = m.contingency;
  return (
    <ul className="contingency-cards signal-cards" aria-label={c.signalsCaption}>
      {signals.map((s) => (
        <li key={s.id} className={`contingency-card ${s.expected ? 'fires' : 'ok'}`}>
          <details className="contingency-card-more" open={s.expected}>
            <summary>
              <span className="contingency-card-title">{c.signal[s.id].what}</span>{' '}
              <span className={`trigger-status ${s.expected ? 'is-firing' : 'is-ok'}`}>
                <span aria-hidden="true">{s.expected ? '⚠' : '–'}</span>{' '}
                {s.expected ? c.expectedYes : c.expectedNo}
              </span>
            </summary>
            <dl>
              <div>
                <dt>{c.signalCol.where}</dt>
                <dd>{c.signal[s.id].where}</dd>
              </div>
              <div>
                <dt>{c.signalCol.often}</dt>
                <dd>{c.frequency[s.frequency]}</dd>
              </div>
              <div>
                <dt>{c.signalCol.todo}</dt>
                <dd>{signalTodo(s, lang, levers, cashHolds)}</dd>
              </div>
            </dl>
          </details>
        </li>
      ))}
    </ul>
  );
}
