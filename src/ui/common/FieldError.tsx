import type { Issue } from '../../io/issues';
import { describeIssue } from '../../io/messages';
import { useLang } from '../../i18n/useLang';

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
