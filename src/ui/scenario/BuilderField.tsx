import type { ReactNode } from 'react';
import type { BuilderError } from './builderModel';
import { SCENARIO } from '../../i18n/messages/scenario';
import { useLang } from '../common/useLang';

/** The message for one builder error, in the active language. */
export function useBuilderErrorText(): (e: BuilderError) => string {
  const m = SCENARIO[useLang()].errors;
  return (e) => {
    switch (e.code) {
      case 'name_required':
      case 'no_shocks':
      case 'target_required':
        return m[e.code];
      case 'too_many':
        return m.too_many(e.max);
      case 'range':
        return m.range(e.min, e.max);
      case 'percent_range':
        return m.percent_range(e.min, e.max);
      default: {
        const never: never = e;
        return never;
      }
    }
  };
}

/** Ids a field's input points at with aria-describedby (hint first, then the error). */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Label, control, hint and error of one builder field (the control is passed in, already wired). */
export function BuilderField({
  id,
  label,
  hint,
  error,
  children,
  className,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
