import type { ReactNode } from 'react';
import { getAt, type Path } from '../../../state/draftPath';
import { useStore } from '../../../state/store';
import { Field } from './Field';
import { NumberInput } from './NumberInput';

type Common = { path: Path; label: string; hint?: string; tip?: ReactNode; wide?: boolean };

/** The draft's value at `path` (any type: the draft keeps what was typed). */
export function useDraftValue(path: Path): unknown {
  return useStore((s) => getAt(s.draft, path));
}

export function TextField(props: Common) {
  const value = useDraftValue(props.path);
  const setField = useStore((s) => s.setField);
  return (
    <Field {...props}>
      {(control) => (
        <input
          {...control}
          type="text"
          autoComplete="off"
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => setField(props.path, e.target.value)}
        />
      )}
    </Field>
  );
}

export function NumberField(props: Common) {
  const value = useDraftValue(props.path);
  const setField = useStore((s) => s.setField);
  return (
    <Field {...props}>
      {(control) => (
        <NumberInput {...control} value={value} onValue={(v) => setField(props.path, v)} />
      )}
    </Field>
  );
}

/** A date picker; clearing it removes the value (optional dates) or leaves it missing (required). */
export function DateField(props: Common) {
  const value = useDraftValue(props.path);
  const setField = useStore((s) => s.setField);
  const shown = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
  return (
    <Field {...props}>
      {(control) => (
        <input
          {...control}
          type="date"
          value={shown}
          onChange={(e) => setField(props.path, e.target.value === '' ? undefined : e.target.value)}
        />
      )}
    </Field>
  );
}

export type Option<V extends string | number> = { value: V; label: string };

type SelectProps<V extends string | number> = Common & {
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
}: SelectProps<V>) {
  const value = useDraftValue(props.path);
  const setField = useStore((s) => s.setField);
  const current = options.find((o) => o.value === value);
  return (
    <Field {...props}>
      {(control) => (
        <select
          {...control}
          value={current ? String(current.value) : ''}
          onChange={(e) => {
            const chosen = options.find((o) => String(o.value) === e.target.value);
            if (!chosen) return;
            if (onChoose) onChoose(chosen.value);
            else setField(props.path, chosen.value);
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
      )}
    </Field>
  );
}
