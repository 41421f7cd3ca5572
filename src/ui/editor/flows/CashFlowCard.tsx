import { PLATFORM_GROUPS } from '../../../engine/model';
import { DOMAIN } from '../../../i18n/messages/domain';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang, useMessages } from '../../common/useLang';
import type { PlanFileCashFlow } from '../../../io/planSchema';
import { useStore } from '../../../state/store';
import { DateField, NumberField, SelectField, TextField } from '../fields/inputs';
import { ItemActions } from '../ItemActions';
import { ItemIssues } from '../ItemIssues';
import { ListCard } from '../ListCard';
import { newId } from '../newId';
import { useIssuesUnder } from '../useIssues';
import type { Removal } from '../useRemoval';
import { withDirection } from './flowEdits';
import { flowSummary } from './flowSummary';
import { FlowAdviceFields } from './FlowAdviceFields';
import { FrequencyFields } from './FrequencyFields';
import { PayerField } from './PayerField';

type Props = {
  index: number;
  flow: PlanFileCashFlow;
  toggleId: string;
  initiallyOpen: boolean;
  removal: Removal;
  onAdded: (id: string) => void;
};

const FIELDS = [
  'name',
  'direction',
  'amount',
  'frequency.type',
  'frequency.weekday',
  'frequency.dayOfMonth',
  'frequency.date',
  'startDate',
  'endDate',
  'category',
  'fromBusinessCustomers',
];

export function CashFlowCard({ index, flow, toggleId, initiallyOpen, removal, onAdded }: Props) {
  const m = useMessages(EDITOR);
  const d = useMessages(DOMAIN);
  const lang = useLang();
  const setField = useStore((s) => s.setField);
  const duplicateItem = useStore((s) => s.duplicateItem);
  const removeItem = useStore((s) => s.removeItem);
  const path = ['cashFlows', index] as const;
  const issues = useIssuesUnder(path);
  const f = m.flows;
  const name = typeof flow.name === 'string' && flow.name !== '' ? flow.name : m.untitled;
  const isOut = flow.direction === 'outflow';
  const shown = new Set([...FIELDS, 'platformGroup', ...(isOut ? ['huabeiSharePercent'] : [])]);

  return (
    <ListCard
      toggleId={toggleId}
      title={name}
      summary={flowSummary(flow, lang)}
      issueCount={issues.length}
      headingLevel={5}
      initiallyOpen={initiallyOpen}
      actions={
        <ItemActions
          name={name}
          onDuplicate={() => {
            const id = newId('flow');
            duplicateItem('cashFlows', index, id);
            onAdded(id);
          }}
          onRemove={() => removal.remove(name, () => removeItem('cashFlows', index), toggleId)}
        />
      }
    >
      <ItemIssues
        issues={issues}
        prefix={`cashFlows[${index}]`}
        isShown={(rel) => shown.has(rel)}
      />
      <div className="ed-grid">
        <TextField path={[...path, 'name']} label={f.name} wide />
        <SelectField
          path={[...path, 'direction']}
          label={f.direction}
          placeholder={m.choose}
          options={(['inflow', 'outflow'] as const).map((v) => ({
            value: v,
            label: d.direction[v],
          }))}
          onChoose={(direction) => setField(path, withDirection(flow, direction))}
        />
        <NumberField path={[...path, 'amount']} label={f.amount} />
        <FrequencyFields index={index} frequency={flow.frequency} />
        <DateField path={[...path, 'startDate']} label={f.startDate} hint={f.datesHint} />
        <DateField path={[...path, 'endDate']} label={f.endDate} />
        {isOut ? (
          <>
            <NumberField
              path={[...path, 'huabeiSharePercent']}
              label={f.huabei}
              hint={f.huabeiHint}
              wide
            />
            <PayerField index={index} />
          </>
        ) : (
          <SelectField
            path={[...path, 'platformGroup']}
            label={f.landsOn}
            hint={f.landsOnHint}
            placeholder={m.choose}
            options={PLATFORM_GROUPS.map((g) => ({ value: g, label: d.platformGroup[g] }))}
            wide
          />
        )}
        <FlowAdviceFields index={index} flow={flow} />
      </div>
    </ListCard>
  );
}
