import type { Issue } from '../../io/issues';
import { describeIssue } from '../../io/issueText';
import { useLang } from './useLang';

/** The validation message for one field, translated, placed right under it. */
export function FieldError({ id, issue }: { id: string; issue: Issue | undefined }) {
  const lang = useLang();
  if (!issue) return null;
  return (
    <p id={id} className="field-error" aria-live="polite">
      {describeIssue(issue, lang)}
    </p>
  );
}
