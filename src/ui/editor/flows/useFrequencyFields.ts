import { DOMAIN } from '../../../i18n/messages/domain';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import type { PlanFileCashFlow } from '../../../io/planSchema';
import { useStore } from '../../../state/store';
import { dateField, numberField, selectField } from '../../fields/fieldKinds';
import type { FieldSpec } from '../../fields/fieldSpec';
import { FREQUENCY_TYPES, frequencyOfType } from './flowEdits';

/**
 * How often a flow happens, then the one parameter that type needs (weekday, day of month or
 * date): fields below `['cashFlows', index]`.
 */
export function useFrequencyFields(
  index: number,
  frequency: PlanFileCashFlow['frequency'],
): FieldSpec[] {
  const m = EDITOR[useLang()];
  const d = DOMAIN[useLang()];
  const setField = useStore((s) => s.setField);
  const startDate = useStore((s) => s.draft.business.startDate);
  const f = m.flows;
  const fields = [
    selectField('frequency.type', f.frequency, {
      placeholder: m.choose,
      options: FREQUENCY_TYPES.map((t) => ({ value: t, label: d.frequency[t] })),
      onChoose: (type) =>
        setField(
          ['cashFlows', index, 'frequency'],
          frequencyOfType(type, frequency ?? { type: 'daily' }, startDate),
        ),
    }),
  ];
  if (frequency?.type === 'weekly')
    fields.push(
      selectField('frequency.weekday', f.weekday, {
        placeholder: m.choose,
        options: d.weekday.map((label, value) => ({ value, label })),
      }),
    );
  if (frequency?.type === 'monthly' || frequency?.type === 'quarterly')
    fields.push(
      numberField('frequency.dayOfMonth', f.dayOfMonth, {
        whole: true,
        suffix: m.units.dayOfMonth,
        hint: frequency.type === 'monthly' ? f.dayOfMonthHint : f.quarterlyHint,
      }),
    );
  if (frequency?.type === 'once') fields.push(dateField('frequency.date', f.date));
  return fields;
}
