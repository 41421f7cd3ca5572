import { EDITOR } from '../../i18n/messages/editor';
import { pathKey } from '../../state/draftPath';
import { useStore } from '../../state/store';
import { useLang } from '../common/useLang';
import { FieldRows } from '../fields/FieldRows';
import { showsIssueAt, type FieldSpec } from '../fields/fieldSpec';
import { ItemActions } from './ItemActions';
import { ItemIssues } from './ItemIssues';
import { ListCard } from './ListCard';
import { useIssuesUnder } from './useIssues';
import type { CardPlace } from './useItemList';

type Props = {
  place: CardPlace;
  /** The item's name as stored (anything a hand-edited file holds; untitled when not text). */
  name: unknown;
  /** One line under the name while the card is closed: these parts, the empty ones left out. */
  summary: readonly string[];
  onMoveUp?: (() => void) | undefined;
  onMoveDown?: (() => void) | undefined;
  /** The card's form: each field with its problem under it. */
  fields: readonly FieldSpec[];
};

/**
 * One item of a plan list as a card: a toggle with its name, summary and problem count, the
 * actions (move, duplicate, remove with undo), the problems no field on screen shows, then the
 * fields. Cash accounts, cash flows and funding sources differ only in their fields and summary.
 */
export function ItemCard({ place, name, summary, onMoveUp, onMoveDown, fields }: Props) {
  const { list, index, toggleId, removal } = place;
  const m = EDITOR[useLang()];
  const removeItem = useStore((s) => s.removeItem);
  const path = [list, index] as const;
  const issues = useIssuesUnder(path);
  const title = typeof name === 'string' && name !== '' ? name : m.untitled;

  return (
    <ListCard
      toggleId={toggleId}
      title={title}
      summary={summary.filter(Boolean).join(' · ')}
      issueCount={issues.length}
      headingLevel={5}
      initiallyOpen={place.initiallyOpen}
      actions={
        <ItemActions
          name={title}
          onMoveUp={onMoveUp}
          onMoveDown={onMoveDown}
          onDuplicate={place.onDuplicate}
          onRemove={() => removal.remove(title, () => removeItem(list, index), toggleId)}
        />
      }
    >
      <ItemIssues
        issues={issues}
        prefix={pathKey(path)}
        isShown={(rel) => showsIssueAt(fields, rel)}
      />
      <FieldRows base={path} fields={fields} />
    </ListCard>
  );
}
