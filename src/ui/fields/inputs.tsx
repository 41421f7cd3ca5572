import type { Path } from '../../state/draftPath';
import { Field, type FieldLook } from './Field';
import { NumberInput } from './NumberInput';

type Common = FieldLook & { path: Path; label: string };

export function TextField(props: Common) {
  return (
    <Field {...props}>
      {(control, { value, set }) => (
        <input
          {...control}
          type="text"
          autoComplete="off"
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </Field>
  );
}

export type NumberLook = {
  /** A whole number (a day, a count): the phone offers digits only. */
  whole?: boolean;
  /** Shown while empty (0 for an amount where empty means none). */
  placeholder?: string;
  /** A percentage (a rate, a share): "0.04%" reads as 0.04, as in the guided start. */
  percent?: boolean;
};

/** A number or an amount: "3万", "1.5万", "¥30,000" and "30000" all read the same (numberText.ts). */
export function NumberField({ whole, placeholder, percent, ...props }: Common & NumberLook) {
  return (
    <Field {...props}>
      {(control, { value, set, keepsText }) => (
        <NumberInput
          {...control}
          inputMode={whole ? 'numeric' : 'decimal'}
          placeholder={placeholder}
          percent={percent}
          value={value}
          onValue={(v, typed) => set(keepsText ? typed : v)}
        />
      )}
    </Field>
  );
}

/** A date picker; clearing it removes the value (optional dates) or leaves it missing (required). */
export function DateField(props: Common) {
  return (
    <Field {...props}>
      {(control, { value, set }) => (
        <input
          {...control}
          type="date"
          value={typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : ''}
          onChange={(e) => set(e.target.value === '' ? undefined : e.target.value)}
        />
      )}
    </Field>
  );
}

export type Option<V extends string | number> = { value: V; label: string };

export type SelectLook<V extends string | number> = {
  options: readonly Option<V>[];
  /** Shown when the stored value is none of the options (a file typed by hand). */
  placeholder: string;
  /** Instead of storing the value at `path` (when one choice changes several fields). */
  onChoose?: (value: V) => void;
};

export function SelectField<V extends string | number>({
  options,
  placeholder,
  onChoose,
  ...props
}: Common & SelectLook<V>) {
  return (
    <Field {...props}>
      {(control, { value, set }) => {
        const current = options.find((o) => o.value === value);
        return (
          <select
            {...control}
            value={current ? String(current.value) : ''}
            onChange={(e) => {
              const chosen = options.find((o) => String(o.value) === e.target.value);
              if (!chosen) return;
              if (onChoose) onChoose(chosen.value);
              else set(chosen.value);
            }}
          >
            {!current && (
              <option value="" disabled>
                {placeholder}
              </option>
            )}
            {options.map((o) => (
              <option key={String(o.value)} value={String(o.value)}>
                {o.label}
              </option>
            ))}
          </select>
        );
      }}
    </Field>
  );
}

export type ChoiceLook = {
  /** The first option, "not sure": it removes the value, so the file keeps the field absent. */
  unknown: string;
  options: readonly { value: string | number | boolean; label: string }[];
};

/** A select for an optional answer (yes / no / a kind), where "not sure" is a real answer. */
export function ChoiceField({ unknown, options, ...props }: Common & ChoiceLook) {
  return (
    <Field {...props}>
      {(control, { value, set }) => {
        const at = options.findIndex((o) => o.value === value);
        return (
          <select
            {...control}
            value={at < 0 ? '' : String(at)}
            onChange={(e) =>
              set(e.target.value === '' ? undefined : options[Number(e.target.value)]!.value)
            }
          >
            <option value="">{unknown}</option>
            {options.map((o, i) => (
              <option key={String(o.value)} value={String(i)}>
                {o.label}
              </option>
            ))}
          </select>
        );
      }}
    </Field>
  );
}
