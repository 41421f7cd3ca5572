import { useStore } from '../../../state/store';
import type { Path } from '../../../state/draftPath';
import { Field } from './Field';
import { useDraftValue } from './inputs';

type Value = string | number | boolean;
type Props = {
  path: Path;
  label: string;
  hint?: string;
  wide?: boolean;
  /** The first option, "not sure": it removes the value, so the file keeps the field absent. */
  unknown: string;
  options: readonly { value: Value; label: string }[];
};

/** A select for an optional answer (yes / no / a kind), where "not sure" is a real answer. */
export function ChoiceField({ unknown, options, ...props }: Props) {
  const value = useDraftValue(props.path);
  const setField = useStore((s) => s.setField);
  const at = options.findIndex((o) => o.value === value);
  return (
    <Field {...props}>
      {(control) => (
        <select
          {...control}
          value={at < 0 ? '' : String(at)}
          onChange={(e) =>
            setField(
              props.path,
              e.target.value === '' ? undefined : options[Number(e.target.value)]!.value,
            )
          }
        >
          <option value="">{unknown}</option>
          {options.map((o, i) => (
            <option key={String(o.value)} value={String(i)}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
