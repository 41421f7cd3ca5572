import { useState } from 'react';
import { useStore } from '../../state/store';
import { FieldError } from '../common/FieldError';
import { useFieldIssue } from '../common/useFieldIssue';
import { cardToggleId, focusCardInput, itemKeys } from './listKeys';
import { newId } from './newId';
import { RemovedStatus } from './RemovedStatus';
import { useRemoval, type Removal } from './useRemoval';

/** The plan's lists an editor card belongs to, and the name of one item in ids. */
export type ItemList = 'cashAccounts' | 'cashFlows' | 'fundingSources';
const KIND = { cashAccounts: 'account', cashFlows: 'flow', fundingSources: 'source' } as const;

/** Where a card sits in its list, and what its step gives every card there. */
export type CardPlace = {
  list: ItemList;
  index: number;
  /** The id of the toggle button, so undo can return focus to a restored card. */
  toggleId: string;
  initiallyOpen: boolean;
  removal: Removal;
  onDuplicate: () => void;
};

/**
 * What the cards of one plan list share: their React keys, removal with undo, and the card just
 * added or copied (opened, its first field focused: `opened(id)`). `place(i)` is card i's place;
 * a copy is made beside the original unless the step copies its own way.
 */
export function useItemList(list: ItemList, items: readonly unknown[]) {
  const duplicateItem = useStore((s) => s.duplicateItem);
  const removal = useRemoval();
  const [added, setAdded] = useState<string | null>(null);
  const keys = itemKeys(items);
  const kind = KIND[list];
  const opened = (id: string) => {
    setAdded(`id:${id}`);
    focusCardInput(cardToggleId(kind, `id:${id}`));
  };
  const place = (index: number, duplicate?: () => void): CardPlace => ({
    list,
    index,
    toggleId: cardToggleId(kind, keys[index]!),
    initiallyOpen: keys[index] === added,
    removal,
    onDuplicate:
      duplicate ??
      (() => {
        const id = newId(kind);
        duplicateItem(list, index, id);
        opened(id);
      }),
  });
  return { keys, removal, opened, place, newId: () => newId(kind) };
}

/** A problem of the list as a whole (two items with one id), and the last removal with its Undo. */
export function ListStatus({ list, removal }: { list: ItemList; removal: Removal }) {
  const issue = useFieldIssue([list]);
  return (
    <>
      <FieldError id={`ed-${list}-error`} issue={issue} />
      <RemovedStatus removal={removal} />
    </>
  );
}
