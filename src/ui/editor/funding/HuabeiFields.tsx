import { EDITOR } from '../../../i18n/messages/editor';
import { useMessages } from '../../common/useLang';
import type { PlanFileSource } from '../../../io/planSchema';
import { useStore } from '../../../state/store';
import { NumberField, SelectField } from '../fields/inputs';
import { DefaultTip } from './DefaultTip';
import { BILL_INSTALMENTS, withBillInstalments } from './sourceEdits';

/** Huabei's billing cycle: statement day, due day, and whether bills are paid in full or in instalments. */
export function HuabeiFields({ index, source }: { index: number; source: PlanFileSource }) {
  const m = useMessages(EDITOR);
  const setField = useStore((s) => s.setField);
  const path = ['fundingSources', index] as const;
  const f = m.funding;
  return (
    <fieldset className="ed-fieldset ed-wide">
      <legend>{f.huabeiLegend}</legend>
      <div className="ed-grid">
        <NumberField path={[...path, 'statementDay']} label={f.statementDay} hint={f.dayHint} />
        <NumberField path={[...path, 'dueDay']} label={f.dueDay} hint={f.dayHint} />
        <SelectField
          path={[...path, 'billInstalments']}
          label={f.billInstalments}
          placeholder={m.choose}
          options={BILL_INSTALMENTS.map((n) => ({ value: n, label: f.billOption(n) }))}
          onChoose={(n) => setField(path, withBillInstalments(source, n))}
        />
      </div>
      <p className="field-hint">
        {f.huabeiOverdue}
        <DefaultTip kind="huabei" field="penalty" />
      </p>
    </fieldset>
  );
}
