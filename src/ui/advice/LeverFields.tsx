import { useId } from 'react';
import type { LeverAssumptions } from '../../engine/model';
import type { AdviceMessages } from '../../i18n/messages/advice';
import type { Lang } from '../../i18n/lang';
import { useStore } from '../../state/store';
import { leverFileField, leverInputValue, leverFileValue } from './leverFields';

type Props = { assumptions: Partial<LeverAssumptions>; lang: Lang; m: AdviceMessages };

/**
 * A lever's stated assumptions, editable where the advice is read: each change is saved in
 * the plan (`leverAssumptions`, undoable) and the advice is worked out again with it.
 */
export function LeverFields({ assumptions, m }: Props) {
  const setField = useStore((s) => s.setField);
  const baseId = useId();
  const keys = Object.keys(assumptions) as (keyof LeverAssumptions)[];
  return (
    <details className="lever-fields">
      <summary>{m.lever.edit}</summary>
      <div className="lever-grid">
        {keys.map((key) => {
          const id = `${baseId}-${key}`;
          const field = leverFileField(key);
          return (
            <label key={key} htmlFor={id}>
              <span>{m.lever[key]}</span>
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={field.min}
                max={field.max}
                step={1}
                defaultValue={leverInputValue(key, assumptions[key] ?? 0)}
                onChange={(e) => {
                  const v = leverFileValue(key, e.target.value);
                  if (v !== null) setField(['leverAssumptions', field.name], v);
                }}
              />
            </label>
          );
        })}
      </div>
    </details>
  );
}
