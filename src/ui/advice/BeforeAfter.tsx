import { useLayoutEffect, useRef } from 'react';
import type { RunMetrics } from '../../engine/metrics';
import type { AdviceMessages } from '../../i18n/messages/advice';
import type { Lang } from '../../i18n/lang';
import { compareRows } from './cardModel';

type Props = {
  before: RunMetrics;
  after: RunMetrics;
  lang: Lang;
  m: AdviceMessages;
  /** Scroll the table into view when it appears (the answer to "Try it" is never out of sight). */
  reveal?: boolean;
};

/** "Try it" on the card itself: the scenario without and with the measure, side by side. */
export function BeforeAfter({ before, after, lang, m, reveal = false }: Props) {
  const c = m.compare;
  const table = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    // 'nearest' moves the page only as far as needed; the CSS scroll margins keep the table
    // clear of the answer strip at the top and the tab bar at the bottom of a phone.
    if (reveal) table.current?.scrollIntoView?.({ block: 'nearest', behavior: 'instant' });
  }, [reveal]);
  return (
    <table className="advice-compare" aria-live="polite" ref={table}>
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
