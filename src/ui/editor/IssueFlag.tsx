import { EDITOR } from '../../i18n/messages/editor';
import { useLang } from '../common/useLang';

/** "⚠ 2 to fix": an icon and words, never colour alone. */
export function IssueFlag({ count }: { count: number }) {
  const m = EDITOR[useLang()];
  return (
    <span className="ed-flag">
      <span aria-hidden="true">⚠</span> {m.toFix(count)}
    </span>
  );
}
