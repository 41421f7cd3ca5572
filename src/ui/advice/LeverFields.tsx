import type { LeverAssumptions } from '../../engine/model';
import type { AdviceMessages } from '../../i18n/messages/advice';
import type { Lang } from '../../i18n/lang';
import { UNITS } from '../../i18n/messages/units';
import { FormContext } from '../fields/form';
import { NumberField } from '../fields/inputs';
import { leverFileField, leverForm, leverInputValue, leverUnit } from './leverFields';

type Props = { assumptions: Partial<LeverAssumptions>; lang: Lang; m: AdviceMessages };

/**
 * A lever's stated assumptions, editable where the advice is read: each is a shared field
 * (src/ui/fields/) on the plan's `leverAssumptions` (undoable), its unit beside the box and its
 * problem under it; the advice is worked out again with each valid change.
 */
export function LeverFields({ assumptions, lang, m }: Props) {
  const u = UNITS[lang];
  const keys = Object.keys(assumptions) as (keyof LeverAssumptions)[];
  const shown = Object.fromEntries(
    keys.map((key) => [leverFileField(key).name, leverInputValue(key, assumptions[key] ?? 0)]),
  );
  return (
    <details className="lever-fields">
      <summary>{m.lever.edit}</summary>
      <FormContext value={leverForm(shown)}>
        <div className="lever-grid">
          {keys.map((key) => (
            <NumberField
              key={key}
              path={['leverAssumptions', leverFileField(key).name]}
              label={m.lever[key]}
              whole
              percent={leverFileField(key).unit === 'percent'}
              suffix={leverUnit(key, u)}
            />
          ))}
        </div>
      </FormContext>
    </details>
  );
}
