import { LEGAL_FORMS } from '../../../engine/model';
import { ADVICE_PROFILE } from '../../../i18n/messages/adviceProfile';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import { choiceField, numberField } from '../../fields/fieldKinds';
import { FieldRows } from '../../fields/FieldRows';

/** The business profile the advisor reads: each question may stay "not sure". */
export function ProfileFields() {
  const m = ADVICE_PROFILE[useLang()];
  const units = EDITOR[useLang()].units;
  const unknown = m.unknown;
  const yesNo = {
    unknown,
    options: [
      { value: true, label: m.yes },
      { value: false, label: m.no },
    ],
  };
  return (
    <fieldset className="ed-fieldset ed-profile">
      <legend>{m.heading}</legend>
      <p className="field-hint">{m.intro}</p>
      <FieldRows
        base={['business', 'profile']}
        fields={[
          choiceField('legalForm', m.legalForm, {
            unknown,
            options: LEGAL_FORMS.map((v) => ({ value: v, label: m.legalFormOption[v] })),
          }),
          choiceField('businessAccount', m.businessAccount, yesNo),
          choiceField('creditRecord', m.creditRecord, {
            unknown,
            options: (['clean', 'overdue'] as const).map((v) => ({
              value: v,
              label: m.creditRecordOption[v],
            })),
          }),
          choiceField('collateral', m.collateral, yesNo),
          choiceField('guarantor', m.guarantor, yesNo),
          numberField('taxRecordYears', m.taxRecordYears, {
            whole: true,
            suffix: units.years,
            hint: m.taxRecordHint,
          }),
          choiceField('startupLoanEligible', m.startupLoanEligible, {
            ...yesNo,
            hint: m.startupHint,
            wide: true,
          }),
        ]}
      />
    </fieldset>
  );
}
