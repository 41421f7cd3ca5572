import { useState } from 'react';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import { useStore } from '../../../state/store';
import { FieldError } from '../../common/FieldError';
import { useFieldIssue } from '../../common/useFieldIssue';
import { cardToggleId, focusCardInput, itemKeys } from '../listKeys';
import { newId } from '../newId';
import { RemovedStatus } from '../RemovedStatus';
import { useRemoval } from '../useRemoval';
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
  const duplicateItem = useStore((s) => s.duplicateItem);
  const listIssue = useFieldIssue(['fundingSources']);
  const ownOrder = useOwnOrder();
  const removal = useRemoval();
  const [added, setAdded] = useState<string | null>(null);
  const keys = itemKeys(sources);

  const opened = (id: string) => {
    setAdded(`id:${id}`);
    focusCardInput(cardToggleId('source', `id:${id}`));
  };
  const move = (from: number, to: number) => {
    if (ownOrder) setField(['fundingSources'], withPositions(moved(sources, from, to)));
    else moveItem('fundingSources', from, to);
    refocusMove(cardToggleId('source', keys[from]!), to < from ? 'up' : 'down');
  };
  const duplicate = (index: number) => {
    const id = newId('source');
    if (ownOrder) {
      const copy = { ...structuredClone(sources[index]!), id };
      setField(
        ['fundingSources'],
        withPositions([...sources.slice(0, index + 1), copy, ...sources.slice(index + 1)]),
      );
    } else duplicateItem('fundingSources', index, id);
    opened(id);
  };

  return (
    <>
      <DrawOrder />
      <h4>{m.funding.listHeading}</h4>
      <FieldError id="ed-sources-error" issue={listIssue} />
      <RemovedStatus removal={removal} />
      {sources.length === 0 ? (
        <p className="ed-empty">{m.funding.empty}</p>
      ) : (
        <ol className="ed-list">
          {sources.map((source, i) => (
            <SourceCard
              key={keys[i]}
              index={i}
              source={source}
              toggleId={cardToggleId('source', keys[i]!)}
              initiallyOpen={keys[i] === added}
              removal={removal}
              position={typeof source.drawPriority === 'number' ? source.drawPriority : null}
              onDuplicate={() => duplicate(i)}
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
