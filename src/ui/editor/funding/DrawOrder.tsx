import { useId } from 'react';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import { useStore } from '../../../state/store';
import { withoutPriorities, withPositions } from './sourceEdits';

/** True when the plan draws in the user's order (any source carries a priority). */
export function useOwnOrder(): boolean {
  return useStore((s) => s.draft.fundingSources.some((src) => src.drawPriority !== undefined));
}

/** "Use my order": number every source by its place in the list, or draw the cheapest first. */
export function DrawOrder() {
  const all = EDITOR[useLang()];
  const m = all.funding;
  const id = useId();
  const ownOrder = useOwnOrder();
  const inListOrder = useStore((s) =>
    s.draft.fundingSources.every((src, i) => src.drawPriority === i + 1),
  );
  const setField = useStore((s) => s.setField);
  const number = (on: boolean) => {
    const sources = useStore.getState().draft.fundingSources;
    setField(['fundingSources'], on ? withPositions(sources) : withoutPriorities(sources));
  };
  return (
    <div className="ed-order">
      <h4>{m.orderHeading}</h4>
      <label className="ed-check">
        <input
          type="checkbox"
          checked={ownOrder}
          aria-describedby={id}
          onChange={(e) => number(e.target.checked)}
        />
        {m.useOrder}
      </label>
      <p id={id} className="field-hint">
        {(ownOrder ? m.orderOn : m.orderOff) + all.sentenceGap + m.huabeiNote}
      </p>
      {ownOrder && !inListOrder && (
        <p className="ed-note">
          {m.orderPartial + all.sentenceGap}
          <button type="button" className="link-button" onClick={() => number(true)}>
            {m.numberAll}
          </button>
        </p>
      )}
    </div>
  );
}
