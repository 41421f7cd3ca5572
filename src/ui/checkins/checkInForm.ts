import type { Lang } from '../../i18n/lang';
import type { Issue } from '../../io/issues';
import { describeIssue } from '../../io/issueText';
import { getAt, pathKey, updateAt, type Path } from '../../state/draftPath';
import type { Form } from '../fields/form';
import type { CheckInDraft } from './checkInView';

/** The id of the box at a field's path (`lines[0].limit`), so a refused save can focus it. */
export function checkInFieldId(formId: string, key: string): string {
  return `${formId}-${key.replace(/[^\w]+/g, '-')}`;
}

/**
 * The check-in form's draft as a form for the shared fields (src/ui/fields/): a field at
 * `['lines', 0, 'limit']` reads and writes that box's text (kept as typed, read on save by
 * checkInView.ts) and shows, in the editor's words, the problem the check-in schema found there.
 */
export function checkInForm(
  draft: CheckInDraft,
  change: (update: (d: CheckInDraft) => CheckInDraft) => void,
  issues: readonly Issue[],
  lang: Lang,
  formId: string,
): Form {
  return {
    useField: (path: Path) => {
      const key = pathKey(path);
      const issue = issues.find((i) => i.path === key);
      return {
        value: getAt(draft, path),
        set: (v) => change((d) => updateAt(d, path, () => v)),
        error: issue ? describeIssue(issue, lang) : undefined,
        id: checkInFieldId(formId, key),
        keepsText: true,
      };
    },
  };
}
