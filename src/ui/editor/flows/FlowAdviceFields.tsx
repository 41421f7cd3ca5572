import { FLOW_CATEGORIES } from '../../../engine/model';
import { ADVICE_PROFILE } from '../../../i18n/messages/adviceProfile';
import type { PlanFileCashFlow } from '../../../io/planSchema';
import { useLang } from '../../common/useLang';
import { ChoiceField } from '../../fields/inputs';

type Props = { index: number; flow: PlanFileCashFlow };

/** What the advisor needs to know about one flow: what an outflow pays for; whether an inflow is receivables. */
export function FlowAdviceFields({ index, flow }: Props) {
  const m = ADVICE_PROFILE[useLang()];
  const path = ['cashFlows', index] as const;
  if (flow.direction === 'outflow')
    return (
      <ChoiceField
        path={[...path, 'category']}
        label={m.category}
        hint={m.categoryHint}
        unknown={m.categoryOption.none}
        options={FLOW_CATEGORIES.map((v) => ({ value: v, label: m.categoryOption[v] }))}
        wide
      />
    );
  return (
    <ChoiceField
      path={[...path, 'fromBusinessCustomers']}
      label={m.fromBusinessCustomers}
      hint={m.fromBusinessCustomersHint}
      unknown={m.categoryOption.none}
      options={[
        { value: true, label: m.yes },
        { value: false, label: m.no },
      ]}
      wide
    />
  );
}
