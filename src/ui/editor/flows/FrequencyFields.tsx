import { DOMAIN } from '../../../i18n/messages/domain';
import { EDITOR } from '../../../i18n/messages/editor';
import { useMessages } from '../../common/useLang';
import type { PlanFileCashFlow } from '../../../io/planSchema';
import { useStore } from '../../../state/store';
import { DateField, NumberField, SelectField } from '../fields/inputs';
import { FREQUENCY_TYPES, frequencyOfType } from './flowEdits';

type Props = { index: number; frequency: PlanFileCashFlow['frequency'] };

/** How often a flow happens, then the one parameter that type needs (weekday, day of month or date). */
export function FrequencyFields({ index, frequency }: Props) {
  const m = useMessages(EDITOR);
  const d = useMessages(DOMAIN);
  const setField = useStore((s) => s.setField);
  const startDate = useStore((s) => s.draft.business.startDate);
  const path = ['cashFlows', index, 'frequency'] as const;
  const f = m.flows;
  return (
    <>
      <SelectField
        path={[...path, 'type']}
        label={f.frequency}
        placeholder={m.choose}
        options={FREQUENCY_TYPES.map((t) => ({ value: t, label: d.frequency[t] }))}
        onChoose={(type) =>
          setField(path, frequencyOfType(type, frequency ?? { type: 'daily' }, startDate))
        }
      />
      {frequency?.type === 'weekly' && (
        <SelectField
          path={[...path, 'weekday']}
          label={f.weekday}
          placeholder={m.choose}
          options={d.weekday.map((label, value) => ({ value, label }))}
        />
      )}
      {(frequency?.type === 'monthly' || frequency?.type === 'quarterly') && (
        <NumberField
          path={[...path, 'dayOfMonth']}
          label={f.dayOfMonth}
          hint={frequency.type === 'monthly' ? f.dayOfMonthHint : f.quarterlyHint}
        />
      )}
      {frequency?.type === 'once' && <DateField path={[...path, 'date']} label={f.date} />}
    </>
  );
}
