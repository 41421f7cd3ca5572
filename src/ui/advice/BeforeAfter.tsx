import type { RunMetrics } from '../../engine/metrics';
import type { AdviceMessages } from '../../i18n/messages/advice';
import type { Lang } from '../../i18n/lang';
import { compareRows } from './cardModel';

type Props = { before: RunMetrics; after: RunMetrics; lang: Lang; m: AdviceMessages };

/** "Try it" on the card itself: the scenario without and with the measure, side by side. */
export function BeforeAfter({ before, after, lang, m }: Props) {
  const c = m.compare;
  return (
    <table className="advice-compare" aria-live="polite">
      <caption>{c.title}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{c.before}</th>
          <th scope="col">{c.after}</th>
        </tr>
      </thead>
      <tbody>
        {compareRows(before, after, lang).map((r) => (
          <tr key={r.id} className={`compare-${r.id}`}>
            <th scope="row">{r.label}</th>
            <td className="num">{r.before}</td>
            <td className="num">{r.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
