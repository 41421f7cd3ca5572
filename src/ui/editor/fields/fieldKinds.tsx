import type { ReactNode } from 'react';
import { FieldRows } from './FieldRows';
import type { Path } from '../../../state/draftPath';
import { fieldPath, type FieldSpec } from './fieldSpec';
import { DateField, NumberField, SelectField, TextField, type Option } from './inputs';

/**
 * The builders of FieldSpec: one per kind of field, each a label, an optional hint and ⓘ, and a
 * path below the form's base. A form is a list of these (`FieldRows`), so the card, a guided step
 * and a test all read the same description.
 */

type Look = {
  hint?: string;
  /** An ⓘ next to the label (where a default comes from). */
  tip?: ReactNode;
  /** Spans the grid's full width. */
  wide?: boolean;
};

function single(key: string, render: FieldSpec['render']): FieldSpec {
  return { key, shows: [key], showsUnder: [], render };
}

export function textField(key: string, label: string, look: Look = {}): FieldSpec {
  return single(key, (base) => <TextField path={fieldPath(base, key)} label={label} {...look} />);
}

export function numberField(key: string, label: string, look: Look = {}): FieldSpec {
  return single(key, (base) => <NumberField path={fieldPath(base, key)} label={label} {...look} />);
}

export function dateField(key: string, label: string, look: Look = {}): FieldSpec {
  return single(key, (base) => <DateField path={fieldPath(base, key)} label={label} {...look} />);
}

export function selectField<V extends string | number>(
  key: string,
  label: string,
  choice: Look & {
    options: readonly Option<V>[];
    /** Shown when the stored value is none of the options (a file typed by hand). */
    placeholder: string;
    /** Instead of storing the value (when one choice changes several fields). */
    onChoose?: (value: V) => void;
  },
): FieldSpec {
  return single(key, (base) => (
    <SelectField path={fieldPath(base, key)} label={label} {...choice} />
  ));
}

/** A field drawn by a component of its own (a choice that sets several values, say) at `key`. */
export function customField(key: string, render: (path: Path) => ReactNode): FieldSpec {
  return single(key, (base) => render(fieldPath(base, key)));
}

/**
 * Fields drawn inside a frame of their own (a fieldset, the price block): the frame gets them
 * laid out in a grid, and the group shows whatever its fields show.
 */
export function fieldGroup(
  key: string,
  fields: readonly FieldSpec[],
  frame: (rows: ReactNode) => ReactNode,
): FieldSpec {
  return {
    key,
    shows: fields.flatMap((f) => f.shows),
    showsUnder: fields.flatMap((f) => f.showsUnder),
    render: (base) => frame(<FieldRows base={base} fields={fields} />),
  };
}

/** A part that manages a list of its own at `key` (balances drawn): every problem under it is its. */
export function listField(key: string, render: () => ReactNode): FieldSpec {
  return { key, shows: [], showsUnder: [key], render };
}
