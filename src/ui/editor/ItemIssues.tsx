import type { Issue } from '../../io/issues';
import { describeIssue } from '../../io/issueText';
import { EDITOR } from '../../i18n/messages/editor';
import { useLang } from '../common/useLang';
import { relativePath } from '../fields/issuePath';

type Props = {
  issues: readonly Issue[];
  prefix: string;
  /** True for paths (relative to `prefix`) whose field is on screen and shows its own issue. */
  isShown: (relative: string) => boolean;
};

/** Problems of an item that no visible field shows (a repeated id, a field a hand-edited file added). */
export function ItemIssues({ issues, prefix, isShown }: Props) {
  const m = EDITOR[useLang()];
  const lang = useLang();
  const hidden = issues.filter((i) => !isShown(relativePath(i.path, prefix)));
  if (hidden.length === 0) return null;
  return (
    <div className="ed-item-issues" role="alert">
      <p>{m.itemIssue}</p>
      <ul>
        {hidden.map((i) => (
          <li key={`${i.path}:${i.code}`}>
            <code>{relativePath(i.path, prefix) || '—'}</code> {describeIssue(i, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}
