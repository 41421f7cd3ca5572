import { COMMON } from '../../i18n/messages/common';
import { useLang } from '../common/useLang';

type Props = {
  /** The item's name, read after each action's word by screen readers ("Remove Jiebei"). */
  name: string;
  onDuplicate: () => void;
  onRemove: () => void;
  onMoveUp?: (() => void) | undefined;
  onMoveDown?: (() => void) | undefined;
};

/** Duplicate, remove and (for ordered lists) move up / down. */
export function ItemActions({ name, onDuplicate, onRemove, onMoveUp, onMoveDown }: Props) {
  const m = COMMON[useLang()];
  const who = <span className="visually-hidden"> {name}</span>;
  return (
    <>
      {onMoveUp !== undefined && (
        <button type="button" data-move="up" onClick={onMoveUp}>
          <span aria-hidden="true">↑ </span>
          {m.moveUp}
          {who}
        </button>
      )}
      {onMoveDown !== undefined && (
        <button type="button" data-move="down" onClick={onMoveDown}>
          <span aria-hidden="true">↓ </span>
          {m.moveDown}
          {who}
        </button>
      )}
      <button type="button" onClick={onDuplicate}>
        {m.duplicate}
        {who}
      </button>
      <button type="button" className="danger" onClick={onRemove}>
        {m.remove}
        {who}
      </button>
    </>
  );
}
