import { HUABEI_TERMS } from '../../../engine/terms';
import { CREDIT_TERMS } from '../../../i18n/messages/creditTerms';
import { useLang } from '../../common/useLang';
import type { Path } from '../../../state/draftPath';
import { useStore } from '../../../state/store';
import { Field } from '../../fields/Field';
import { useDraftValue } from '../../fields/form';

/**
 * Which Huabei instalment plan (分期) an existing balance belongs to (`path`: its `planMonths`), which
 * sets the fee. "A bill" leaves it out (one instalment left is then repaid in full, no fee).
 */
export function HuabeiPlanField({ path }: { path: Path }) {
  const m = CREDIT_TERMS[useLang()].planMonths;
  const setField = useStore((s) => s.setField);
  const value = useDraftValue(path);
  const current = HUABEI_TERMS.find((n) => n === value);
  return (
    <Field path={path} label={m.label} hint={m.hint}>
      {(control) => (
        <select
          {...control}
          value={current === undefined ? '' : String(current)}
          onChange={(e) => {
            const n = HUABEI_TERMS.find((t) => String(t) === e.target.value);
            setField(path, n);
          }}
        >
          <option value="">{m.bill}</option>
          {HUABEI_TERMS.map((n) => (
            <option key={n} value={String(n)}>
              {m.months(n)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
