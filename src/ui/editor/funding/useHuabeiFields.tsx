import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import type { PlanFileSource } from '../../../io/planSchema';
import { useStore } from '../../../state/store';
import { fieldGroup, numberField, selectField } from '../../fields/fieldKinds';
import type { FieldSpec } from '../../fields/fieldSpec';
import { DefaultTip } from './DefaultTip';
import { BILL_INSTALMENTS, withBillInstalments } from './sourceEdits';

/**
 * Huabei's billing cycle, below `['fundingSources', index]`: statement day, due day, and whether
 * bills are paid in full or in instalments.
 */
export function useHuabeiFields(index: number, source: PlanFileSource): FieldSpec {
  const m = EDITOR[useLang()];
  const setField = useStore((s) => s.setField);
  const f = m.funding;
  const day = { whole: true, suffix: m.units.dayOfMonth };
  return fieldGroup(
    'huabei',
    [
      numberField('statementDay', f.statementDay, { ...day, hint: f.dayHint }),
      numberField('dueDay', f.dueDay, { ...day, hint: f.dayHint }),
      selectField('billInstalments', f.billInstalments, {
        placeholder: m.choose,
        options: BILL_INSTALMENTS.map((n) => ({ value: n, label: f.billOption(n) })),
        onChoose: (n) => setField(['fundingSources', index], withBillInstalments(source, n)),
      }),
    ],
    (rows) => (
      <fieldset className="ed-fieldset field--wide">
        <legend>{f.huabeiLegend}</legend>
        {rows}
        <p className="field-hint">
          {f.huabeiOverdue}
          <DefaultTip kind="huabei" field="penalty" />
        </p>
      </fieldset>
    ),
  );
}
