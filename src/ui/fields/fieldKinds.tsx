import type { ReactNode } from 'react';
import { FieldRows } from './FieldRows';
import type { Path } from '../../state/draftPath';
import { fieldPath, type FieldSpec } from './fieldSpec';
import { RadioField, RangeField, type RangeLook } from './choices';
import type { FieldLook } from './Field';
import {
  ChoiceField,
  DateField,
  NumberField,
  SelectField,
  TextField,
  type ChoiceLook,
  type NumberLook,
  type Option,
  type SelectLook,
} from './inputs';

/**
 * The builders of FieldSpec: one per kind of field, each a label, its look (hint, ⓘ, unit,
 * width) and a path below the form's base. A form is a list of these (`FieldRows`), so an editor
 * card, a guided step and a test all read the same description, and every field is laid out,
 * read and flagged by the same components (Field.tsx), bound to whichever form holds it (form.ts).
 */

function single(key: string, render: FieldSpec['render']): FieldSpec {
  return { key, shows: [key], showsUnder: [], render };
}

export function textField(key: string, label: string, look: FieldLook = {}): FieldSpec {
  return single(key, (base) => <TextField path={fieldPath(base, key)} label={label} {...look} />);
}

/** A number or an amount ("3万", "¥30,000"); `whole` for days and counts. */
export function numberField(
  key: string,
  label: string,
  look: FieldLook & NumberLook = {},
): FieldSpec {
  return single(key, (base) => <NumberField path={fieldPath(base, key)} label={label} {...look} />);
}

export function dateField(key: string, label: string, look: FieldLook = {}): FieldSpec {
  return single(key, (base) => <DateField path={fieldPath(base, key)} label={label} {...look} />);
}

export function selectField<V extends string | number>(
  key: string,
  label: string,
  choice: FieldLook & SelectLook<V>,
): FieldSpec {
  return single(key, (base) => (
    <SelectField path={fieldPath(base, key)} label={label} {...choice} />
  ));
}

/** An optional answer (yes / no / a kind) whose first option, "not sure", leaves it out. */
export function choiceField(key: string, label: string, choice: FieldLook & ChoiceLook): FieldSpec {
  return single(key, (base) => (
    <ChoiceField path={fieldPath(base, key)} label={label} {...choice} />
  ));
}

/** A short choice as radio buttons side by side. */
export function radioField<V extends string>(
  key: string,
  label: string,
  choice: FieldLook & { options: readonly Option<V>[] },
): FieldSpec {
  return single(key, (base) => (
    <RadioField path={fieldPath(base, key)} label={label} {...choice} />
  ));
}

/** A share on a slider. */
export function rangeField(key: string, label: string, range: FieldLook & RangeLook): FieldSpec {
  return single(key, (base) => <RangeField path={fieldPath(base, key)} label={label} {...range} />);
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
