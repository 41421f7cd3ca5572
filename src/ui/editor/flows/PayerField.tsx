import { PLATFORM_GROUPS, type PlatformGroup } from '../../../engine/model';
import { CREDIT_TERMS } from '../../../i18n/messages/creditTerms';
import { DOMAIN } from '../../../i18n/messages/domain';
import { useLang } from '../../common/useLang';
import { useStore } from '../../../state/store';
import { Field } from '../../fields/Field';
import { useDraftValue } from '../../fields/form';

const isGroup = (x: unknown): x is PlatformGroup => PLATFORM_GROUPS.some((g) => g === x);

/**
 * The account an outflow is paid from first (its `platformGroup`), or the plan's order. Shown
 * where it can matter: when the plan holds cash on more than one platform, or the flow names one.
 */
export function PayerField({ index }: { index: number }) {
  const m = CREDIT_TERMS[useLang()].payer;
  const d = DOMAIN[useLang()];
  const setField = useStore((s) => s.setField);
  const path = ['cashFlows', index, 'platformGroup'] as const;
  const value = useDraftValue(path);
  const platforms = useStore((s) => new Set(s.draft.cashAccounts.map((a) => a.platformGroup)).size);
  if (platforms < 2 && value === undefined) return null;
  return (
    <Field path={path} label={m.label} hint={m.hint}>
      {(control) => (
        <select
          {...control}
          value={isGroup(value) ? value : ''}
          onChange={(e) => setField(path, isGroup(e.target.value) ? e.target.value : undefined)}
        >
          <option value="">{m.planOrder}</option>
          {PLATFORM_GROUPS.map((g) => (
            <option key={g} value={g}>
              {d.platformGroup[g]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
