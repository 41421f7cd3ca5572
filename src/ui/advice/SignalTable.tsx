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
  /** No gap under this scenario: a signal it shows is watched, not acted on. */
  cashHolds?: boolean;
};

/** What the owner can see for themselves: the signal, where to look, how often, what to do. */
export function SignalTable({ signals, lang, m, levers = {}, cashHolds = false }: Props) {
  const c = m.contingency;
  return (
    <table className="data signal-table">
      <caption className="visually-hidden">{c.signalsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.signalCol.signal}</th>
          <th scope="col">{c.signalCol.where}</th>
          <th scope="col">{c.signalCol.often}</th>
          <th scope="col">{c.signalCol.expected}</th>
          <th scope="col">{c.signalCol.todo}</th>
        </tr>
      </thead>
      <tbody>
        {signals.map((s) => (
          <tr key={s.id} className={s.expected ? 'fires' : 'ok'}>
            <th scope="row">{c.signal[s.id].what}</th>
            <td data-label={c.signalCol.where}>{c.signal[s.id].where}</td>
            <td data-label={c.signalCol.often}>{c.frequency[s.frequency]}</td>
            <td data-label={c.signalCol.expected}>
              <span className={`trigger-status ${s.expected ? 'is-firing' : 'is-ok'}`}>
                <span aria-hidden="true">{s.expected ? '⚠' : '–'}</span>{' '}
                {s.expected ? c.expectedYes : c.expectedNo}
              </span>
            </td>
            <td data-label={c.signalCol.todo}>{signalTodo(s, lang, levers, cashHolds)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
