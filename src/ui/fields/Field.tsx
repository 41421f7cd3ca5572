import { useId, type ReactNode } from 'react';
import type { Path } from '../../state/draftPath';
import { useFormField, type FieldBinding } from './form';
import './fields.css';

/** What a field gives its control so the label, the unit, the error and the hint are wired to it. */
export type FieldControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/** How a field looks, apart from its control: the options every field builder takes. */
export type FieldLook = {
  hint?: ReactNode;
  /** An ⓘ next to the label (where a default comes from). */
  tip?: ReactNode;
  /** Spans the grid's full width. */
  wide?: boolean;
  /**
   * The unit of a number, before the value (¥) or after it (%/天, 天, 个月): every number on
   * screen carries its unit, so the label says only what the field is ("授信额度"). Either way the
   * unit is read with the field, as part of its description, right after any problem.
   */
  prefix?: string;
  suffix?: string;
  /** Ids of text elsewhere that also describes the field (a note on how amounts may be written). */
  describedBy?: string;
};

type Props = FieldLook & {
  path: Path;
  label: string;
  /**
   * A row of radio buttons: the field is the group (a radiogroup named by the label, described
   * like a control) and the control props go unused.
   */
  group?: boolean;
  children: (control: FieldControlProps, field: FieldBinding) => ReactNode;
};

/**
 * One field of any form: label, control (with its unit), the form's problem right under the
 * control, then the hint. The control is invalid and described by the problem (first, so it is
 * read first), its unit and the hint; the problem is a polite live region, so a problem that
 * appears while typing is read out too.
 */
export function Field({ path, label, group, children, ...look }: Props) {
  const field = useFormField(path);
  const generated = useId();
  const id = field.id ?? generated;
  const ids = {
    label: `${id}-label`,
    error: `${id}-error`,
    prefix: `${id}-prefix`,
    unit: `${id}-unit`,
    hint: `${id}-hint`,
  };
  const describedBy = [
    field.error ? ids.error : '',
    look.prefix ? ids.prefix : '',
    look.suffix ? ids.unit : '',
    look.hint ? ids.hint : '',
    look.describedBy ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  const wiring = {
    'aria-invalid': field.error ? (true as const) : undefined,
    'aria-describedby': describedBy || undefined,
  };
  const control = children({ id, ...wiring }, field);
  return (
    <div
      className={look.wide ? 'field field--wide' : 'field'}
      {...(group ? { role: 'radiogroup', 'aria-labelledby': ids.label, ...wiring } : {})}
    >
      <div className="field-label">
        {group ? <span id={ids.label}>{label}</span> : <label htmlFor={id}>{label}</label>}
        {look.tip}
      </div>
      {look.prefix || look.suffix ? (
        <div className="field-control">
          {look.prefix && (
            <span className="field-unit" id={ids.prefix}>
              {look.prefix}
            </span>
          )}
          {control}
          {look.suffix && (
            <span className="field-unit" id={ids.unit}>
              {look.suffix}
            </span>
          )}
        </div>
      ) : (
        control
      )}
      {field.error && (
        <p id={ids.error} className="field-error" aria-live="polite">
          {field.error}
        </p>
      )}
      {look.hint && (
        <p id={ids.hint} className="field-hint">
          {look.hint}
        </p>
      )}
    </div>
  );
}
