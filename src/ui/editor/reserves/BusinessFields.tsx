import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import { dateField, numberField, textField } from '../../fields/fieldKinds';
import { FieldRows } from '../../fields/FieldRows';
import type { FieldSpec } from '../../fields/fieldSpec';

/** The business's fields, below `['business']`: name, start date, horizon, minimum cash buffer. */
export function useBusinessFields(): FieldSpec[] {
  const { business: m, units } = EDITOR[useLang()];
  return [
    textField('name', m.name, { wide: true }),
    dateField('startDate', m.startDate, { hint: m.startHint }),
    numberField('horizonDays', m.horizon, { whole: true, suffix: units.days, hint: m.horizonHint }),
    numberField('minCashBuffer', m.buffer, { prefix: units.yuan, hint: m.bufferHint }),
  ];
}

export function BusinessFields() {
  return <FieldRows base={['business']} fields={useBusinessFields()} />;
}
