import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import { useStore } from '../../../state/store';
import { ListStatus, useItemList } from '../useItemList';
import { AddSourceForm } from './AddSourceForm';
import { DrawOrder, useOwnOrder } from './DrawOrder';
import { moved, withPositions } from './sourceEdits';
import { SourceCard } from './SourceCard';

/** After a move the card's DOM node moves too: put focus back on the same move button (or the other one at an end). */
function refocusMove(toggleId: string, direction: 'up' | 'down'): void {
  setTimeout(() => {
    const card = document.getElementById(toggleId)?.closest('li');
    const button =
      card?.querySelector<HTMLElement>(`[data-move="${direction}"]`) ??
      card?.querySelector<HTMLElement>('[data-move]');
    button?.focus();
  }, 0);
}

/** Step 3: credit lines, their prices and draw order. */
export function FundingStep() {
  const m = EDITOR[useLang()];
  const sources = useStore((s) => s.draft.fundingSources);
  const setField = useStore((s) => s.setField);
  const moveItem = useStore((s) => s.moveItem);
  const ownOrder = useOwnOrder();
  const { keys, removal, opened, place, newId } = useItemList('fundingSources', sources);
  const move = (from: number, to: number) => {
    if (ownOrder) setField(['fundingSources'], withPositions(moved(sources, from, to)));
    else moveItem('fundingSources', from, to);
    refocusMove(place(from).toggleId, to < from ? 'up' : 'down');
  };
  /** With "use my order" a copy takes the next position and the ones after it move down. */
  const copyInOrder = (index: number) => {
    const id = newId();
    const copy = { ...structuredClone(sources[index]!), id };
    setField(
      ['fundingSources'],
      withPositions([...sources.slice(0, index + 1), copy, ...sources.slice(index + 1)]),
    );
    opened(id);
  };

  return (
    <>
      <DrawOrder />
      <h4>{m.funding.listHeading}</h4>
      <ListStatus list="fundingSources" removal={removal} />
      {sources.length === 0 ? (
        <p className="ed-empty">{m.funding.empty}</p>
      ) : (
        <ol className="ed-list">
          {sources.map((source, i) => (
            <SourceCard
              key={keys[i]}
              place={place(i, ownOrder ? () => copyInOrder(i) : undefined)}
              source={source}
              position={typeof source.drawPriority === 'number' ? source.drawPriority : null}
              onMoveUp={i > 0 ? () => move(i, i - 1) : undefined}
              onMoveDown={i < sources.length - 1 ? () => move(i, i + 1) : undefined}
            />
          ))}
        </ol>
      )}
      <AddSourceForm ownOrder={ownOrder} onAdded={opened} />
    </>
  );
}
