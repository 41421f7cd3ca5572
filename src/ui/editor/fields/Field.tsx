import { useId, type ReactNode } from 'react';
import type { Path } from '../../../state/draftPath';
import { FieldError } from '../../common/FieldError';
import { useFieldIssue } from '../../common/useFieldIssue';

/** What a field gives its control so the label, the error and the hint are wired to it. */
export type FieldControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

type Props = {
  path: Path;
  label: string;
  hint?: string;
  /** An ⓘ next to the label (where a default comes from). */
  tip?: ReactNode;
  wide?: boolean;
  children: (control: FieldControlProps) => ReactNode;
};

/** Label, control, the store's issue for `path` right under the control, then the hint. */
export function Field({ path, label, hint, tip, wide, children }: Props) {
  const id = useId();
  const issue = useFieldIssue(path);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [issue ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  return (
    <div className={wide ? 'field ed-wide' : 'field'}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        {tip}
      </div>
      {children({
        id,
        'aria-invalid': issue ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      <FieldError id={errorId} issue={issue} />
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
