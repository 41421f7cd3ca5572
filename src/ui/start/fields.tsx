import type { GuidedField } from '../../io/guidedPlan';
import { fieldId } from './guidedModel';

type TextProps = {
  field: GuidedField;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The message of the field's problem, when it has one. */
  problem: string | undefined;
  kind: 'amount' | 'whole' | 'rate';
  /** A unit before the value (¥). */
  prefix?: string;
  /** A unit after the value (%/天, 日, 个月); read with the field. */
  suffix?: string;
  /** Id of a hint the field is described by (the step's note on how amounts may be written). */
  hintId?: string;
};

/** One labelled text field: amounts accept 3万 and ¥30,000; its problem is linked and shown under it. */
export function TextField({
  field,
  label,
  value,
  onChange,
  problem,
  kind,
  prefix,
  suffix,
  hintId,
}: TextProps) {
  const id = fieldId(field);
  const errorId = `${id}-error`;
  const suffixId = `${id}-unit`;
  const describedBy = [problem ? errorId : null, suffix ? suffixId : null, hintId ?? null]
    .filter((x) => x !== null)
    .join(' ');
  return (
    <div className={`guided-field guided-field--${kind}`}>
      <label htmlFor={id}>{label}</label>
      <div className="guided-input">
        {prefix && (
          <span className="guided-affix" aria-hidden="true">
            {prefix}
          </span>
        )}
        <input
          id={id}
          type="text"
          inputMode={kind === 'whole' ? 'numeric' : 'decimal'}
          autoComplete="off"
          placeholder={kind === 'amount' ? '0' : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy === '' ? undefined : describedBy}
        />
        {suffix && (
          <span className="guided-affix" id={suffixId}>
            {suffix}
          </span>
        )}
      </div>
      {problem && (
        <p id={errorId} className="guided-error">
          {problem}
        </p>
      )}
    </div>
  );
}

type Option<T extends string> = { value: T; label: string };

/** A short choice as radio buttons side by side (per day / per month; Alipay / WeChat / bank). */
export function Segments<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="guided-segments">
      <legend>{legend}</legend>
      <div className="guided-segment-row">
        {options.map((o) => (
          <label key={o.value} className="guided-segment">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A longer choice as a select (seasons, repayment method). */
export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  wide = false,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
  /** Across the whole row of the step's grid. */
  wide?: boolean;
}) {
  return (
    <div className={wide ? 'guided-field guided-field--wide' : 'guided-field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
