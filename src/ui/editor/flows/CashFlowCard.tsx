import { FLOW_CATEGORIES, PLATFORM_GROUPS } from '../../../engine/model';
import { ADVICE_PROFILE } from '../../../i18n/messages/adviceProfile';
import { DOMAIN } from '../../../i18n/messages/domain';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import type { PlanFileCashFlow } from '../../../io/planSchema';
import { useStore } from '../../../state/store';
import {
  choiceField,
  customField,
  dateField,
  numberField,
  selectField,
  textField,
} from '../../fields/fieldKinds';
import type { FieldSpec } from '../../fields/fieldSpec';
import { ItemCard } from '../ItemCard';
import type { CardPlace } from '../useItemList';
import { withDirection } from './flowEdits';
import { flowSummary } from './flowSummary';
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
  const a = ADVICE_PROFILE[useLang()];
  return [
    textField('name', f.name, { wide: true }),
    selectField('direction', f.direction, {
      placeholder: m.choose,
      options: (['inflow', 'outflow'] as const).map((v) => ({ value: v, label: d.direction[v] })),
      onChoose: (direction) => setField(['cashFlows', index], withDirection(flow, direction)),
    }),
    numberField('amount', f.amount, { prefix: m.units.yuan }),
    ...frequency,
    dateField('startDate', f.startDate, { hint: f.datesHint }),
    dateField('endDate', f.endDate),
    ...(flow.direction === 'outflow'
      ? [
          numberField('huabeiSharePercent', f.huabei, {
            percent: true,
            suffix: m.units.percent,
            hint: f.huabeiHint,
          }),
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
    // What the advisor needs to know: what an outflow pays for; whether an inflow is receivables.
    flow.direction === 'outflow'
      ? choiceField('category', a.category, {
          hint: a.categoryHint,
          unknown: a.categoryOption.none,
          options: FLOW_CATEGORIES.map((v) => ({ value: v, label: a.categoryOption[v] })),
          wide: true,
        })
      : choiceField('fromBusinessCustomers', a.fromBusinessCustomers, {
          hint: a.fromBusinessCustomersHint,
          unknown: a.categoryOption.none,
          options: [
            { value: true, label: a.yes },
            { value: false, label: a.no },
          ],
          wide: true,
        }),
  ];
}

/** A cash flow's card: its direction, amount and rhythm while closed. */
export function CashFlowCard({ place, flow }: { place: CardPlace; flow: PlanFileCashFlow }) {
  return (
    <ItemCard
      place={place}
      name={flow.name}
      summary={flowSummary(flow, useLang())}
      fields={useFlowFields(place.index, flow)}
    />
  );
}
