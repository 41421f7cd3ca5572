import { PLATFORM_GROUPS } from '../../../engine/model';
import { DOMAIN } from '../../../i18n/messages/domain';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import type { PlanFileCashFlow } from '../../../io/planSchema';
import { useStore } from '../../../state/store';
import {
  customField,
  dateField,
  numberField,
  selectField,
  textField,
} from '../../fields/fieldKinds';
import type { FieldSpec } from '../../fields/fieldSpec';
import { ItemCard } from '../ItemCard';
import { newId } from '../newId';
import type { Removal } from '../useRemoval';
import { withDirection } from './flowEdits';
import { flowSummary } from './flowSummary';
import { FlowAdviceFields } from './FlowAdviceFields';
import { PayerField } from './PayerField';
import { useFrequencyFields } from './useFrequencyFields';

/**
 * A cash flow's fields (below `['cashFlows', index]`): name, direction, amount, how often, from /
 * until; then, for money out, the share paid with Huabei and the account that pays it first, for
 * money in, where it lands; and what the advisor asks (what it pays for, or whether it is receivables).
 */
export function useFlowFields(index: number, flow: PlanFileCashFlow): FieldSpec[] {
  const m = EDITOR[useLang()];
  const d = DOMAIN[useLang()];
  const setField = useStore((s) => s.setField);
  const frequency = useFrequencyFields(index, flow.frequency);
  const f = m.flows;
  return [
    textField('name', f.name, { wide: true }),
    selectField('direction', f.direction, {
      placeholder: m.choose,
      options: (['inflow', 'outflow'] as const).map((v) => ({ value: v, label: d.direction[v] })),
      onChoose: (direction) => setField(['cashFlows', index], withDirection(flow, direction)),
    }),
    numberField('amount', f.amount),
    ...frequency,
    dateField('startDate', f.startDate, { hint: f.datesHint }),
    dateField('endDate', f.endDate),
    ...(flow.direction === 'outflow'
      ? [
          numberField('huabeiSharePercent', f.huabei, { hint: f.huabeiHint, wide: true }),
          customField('platformGroup', () => <PayerField index={index} />),
        ]
      : [
          selectField('platformGroup', f.landsOn, {
            hint: f.landsOnHint,
            placeholder: m.choose,
            options: PLATFORM_GROUPS.map((g) => ({ value: g, label: d.platformGroup[g] })),
            wide: true,
          }),
        ]),
    customField(flow.direction === 'outflow' ? 'category' : 'fromBusinessCustomers', () => (
      <FlowAdviceFields index={index} flow={flow} />
    )),
  ];
}

type Props = {
  index: number;
  flow: PlanFileCashFlow;
  toggleId: string;
  initiallyOpen: boolean;
  removal: Removal;
  onAdded: (id: string) => void;
};

export function CashFlowCard({ index, flow, toggleId, initiallyOpen, removal, onAdded }: Props) {
  const lang = useLang();
  const duplicateItem = useStore((s) => s.duplicateItem);
  const fields = useFlowFields(index, flow);
  return (
    <ItemCard
      list="cashFlows"
      index={index}
      name={flow.name}
      summary={flowSummary(flow, lang)}
      toggleId={toggleId}
      initiallyOpen={initiallyOpen}
      removal={removal}
      onDuplicate={() => {
        const id = newId('flow');
        duplicateItem('cashFlows', index, id);
        onAdded(id);
      }}
      fields={fields}
    />
  );
}
