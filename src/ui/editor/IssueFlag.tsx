import { EDITOR } from '../../i18n/messages/editor';
import { useMessages } from '../common/useLang';

/** "⚠ 2 to fix": an icon and words, never colour alone. */
export function IssueFlag({ count }: { count: number }) {
  const m = useMessages(EDITOR);
  return (
    <span className="ed-flag">
      <span aria-hidden="true">⚠</span> {m.toFix(count)}
    </span>
  );
}
