import type { Path } from '../../state/draftPath';
import { Field, type FieldLook } from './Field';
import type { Option } from './inputs';

type Common = FieldLook & { path: Path; label: string };

/** A short choice as radio buttons side by side (per day / per month; Alipay / WeChat / bank). */
export function RadioField<V extends string>({
  options,
  ...props
}: Common & { options: readonly Option<V>[] }) {
  return (
    <Field {...props} group>
      {({ id }, { value, set }) => (
        <div className="field-choices">
          {options.map((o) => (
            <label key={o.value} className="field-choice">
              <input
                type="radio"
                name={id}
                value={o.value}
                checked={value === o.value}
                onChange={() => set(o.value)}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      )}
    </Field>
  );
}

export type RangeLook = {
  min: number;
  max: number;
  step: number;
  /** The value as read out and shown beside the slider ("50%"). */
  format: (value: number) => string;
};

/** A share on a slider, its value shown beside it. */
export function RangeField({ min, max, step, format, ...props }: Common & RangeLook) {
  return (
    <Field {...props}>
      {(control, { value, set }) => {
        const n = typeof value === 'number' ? value : min;
        return (
          <div className="field-range">
            <input
              {...control}
              type="range"
              min={min}
              max={max}
              step={step}
              value={n}
              aria-valuetext={format(n)}
              onChange={(e) => set(Number(e.target.value))}
            />
            <output htmlFor={control.id} className="num">
              {format(n)}
            </output>
          </div>
        );
      }}
    </Field>
  );
}
