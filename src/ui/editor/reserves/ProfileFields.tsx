import { LEGAL_FORMS } from '../../../engine/model';
import { ADVICE_PROFILE } from '../../../i18n/messages/adviceProfile';
import { useLang } from '../../common/useLang';
import { ChoiceField, NumberField } from '../../fields/inputs';

const P = ['business', 'profile'] as const;

/** The business profile the advisor reads: each question may stay "not sure". */
export function ProfileFields() {
  const m = ADVICE_PROFILE[useLang()];
  const yesNo = [
    { value: true, label: m.yes },
    { value: false, label: m.no },
  ];
  return (
    <fieldset className="ed-fieldset ed-profile">
      <legend>{m.heading}</legend>
      <p className="field-hint">{m.intro}</p>
      <div className="field-grid">
        <ChoiceField
          path={[...P, 'legalForm']}
          label={m.legalForm}
          unknown={m.unknown}
          options={LEGAL_FORMS.map((v) => ({ value: v, label: m.legalFormOption[v] }))}
        />
        <ChoiceField
          path={[...P, 'businessAccount']}
          label={m.businessAccount}
          unknown={m.unknown}
          options={yesNo}
        />
        <ChoiceField
          path={[...P, 'creditRecord']}
          label={m.creditRecord}
          unknown={m.unknown}
          options={(['clean', 'overdue'] as const).map((v) => ({
            value: v,
            label: m.creditRecordOption[v],
          }))}
        />
        <ChoiceField
          path={[...P, 'collateral']}
          label={m.collateral}
          unknown={m.unknown}
          options={yesNo}
        />
        <ChoiceField
          path={[...P, 'guarantor']}
          label={m.guarantor}
          unknown={m.unknown}
          options={yesNo}
        />
        <NumberField
          path={[...P, 'taxRecordYears']}
          label={m.taxRecordYears}
          hint={m.taxRecordHint}
        />
        <ChoiceField
          path={[...P, 'startupLoanEligible']}
          label={m.startupLoanEligible}
          hint={m.startupHint}
          unknown={m.unknown}
          options={yesNo}
          wide
        />
      </div>
    </fieldset>
  );
}
