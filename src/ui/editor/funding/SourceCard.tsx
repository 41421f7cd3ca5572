import { PLATFORM_GROUPS, REPAYMENT_METHODS } from '../../../engine/model';
import { formatMoney, formatPercent } from '../../../i18n/format';
import { DOMAIN } from '../../../i18n/messages/domain';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang, useMessages } from '../../common/useLang';
import type { PlanFileSource } from '../../../io/planSchema';
import { useStore } from '../../../state/store';
import { NumberField, SelectField, TextField } from '../fields/inputs';
import { ItemActions } from '../ItemActions';
import { ItemIssues } from '../ItemIssues';
import { ListCard } from '../ListCard';
import { useIssuesUnder } from '../useIssues';
import type { Removal } from '../useRemoval';
import { DefaultTip } from './DefaultTip';
import { HuabeiFields } from './HuabeiFields';
import { OutstandingList } from './OutstandingList';
import { PriceFields } from './PriceFields';
import { annualPercentOf } from './sourceEdits';

type Props = {
  index: number;
  source: PlanFileSource;
  toggleId: string;
  initiallyOpen: boolean;
  removal: Removal;
  /** Its draw priority, when it has one ("use my order"). */
  position: number | null;
  onDuplicate: () => void;
  onMoveUp: (() => void) | undefined;
  onMoveDown: (() => void) | undefined;
};

/** Which fields of a source are on screen (the rest show in the card's own issue list). */
function shownFields(
  s: PlanFileSource,
  withFees: boolean,
  withInterestDay: boolean,
): (rel: string) => boolean {
  const shown = new Set([
    'name',
    'platformGroup',
    'limit',
    'price.type',
    'price.ratePercent',
    'price.totalFeePercent',
    'price.months',
    'leadTimeDays',
  ]);
  // Huabei has no penalty multiplier: its overdue rate is its own (the schema refuses one).
  if (s.kind === 'huabei')
    ['statementDay', 'dueDay', 'billInstalments'].forEach((k) => shown.add(k));
  else ['repayment', 'termMonths', 'penaltyMultiplier'].forEach((k) => shown.add(k));
  if (withFees) ['drawFeePercent', 'drawFeeMin'].forEach((k) => shown.add(k));
  if (withInterestDay) shown.add('interestDay');
  return (rel) => shown.has(rel) || (rel.startsWith('outstanding') && rel !== 'outstanding');
}

export function SourceCard({
  index,
  source,
  toggleId,
  initiallyOpen,
  removal,
  position,
  onDuplicate,
  onMoveUp,
  onMoveDown,
}: Props) {
  const m = useMessages(EDITOR);
  const d = useMessages(DOMAIN);
  const lang = useLang();
  const removeItem = useStore((s) => s.removeItem);
  const path = ['fundingSources', index] as const;
  const issues = useIssuesUnder(path);
  const f = m.funding;
  const kind = source.kind;
  const name = typeof source.name === 'string' && source.name !== '' ? source.name : m.untitled;
  const isHuabei = kind === 'huabei';
  const withFees =
    kind === 'credit_card' ||
    source.drawFeePercent !== undefined ||
    source.drawFeeMin !== undefined;
  const withInterestDay =
    (!isHuabei && source.repayment === 'revolving') || source.interestDay !== undefined;
  const apr = annualPercentOf(source.price);
  const summary = [
    position === null ? '' : f.position(position),
    d.sourceKind[kind] ?? '',
    typeof source.limit === 'number' ? f.limitShort(formatMoney(source.limit, lang)) : '',
    apr ? f.aprShort(formatPercent(apr.simple, lang, 2)) : '',
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <ListCard
      toggleId={toggleId}
      title={name}
      summary={summary}
      issueCount={issues.length}
      headingLevel={5}
      initiallyOpen={initiallyOpen}
      actions={
        <ItemActions
          name={name}
          onMoveUp={onMoveUp}
          onMoveDown={onMoveDown}
          onDuplicate={onDuplicate}
          onRemove={() => removal.remove(name, () => removeItem('fundingSources', index), toggleId)}
        />
      }
    >
      <ItemIssues
        issues={issues}
        prefix={`fundingSources[${index}]`}
        isShown={shownFields(source, withFees, withInterestDay)}
      />
      <div className="ed-grid">
        <TextField path={[...path, 'name']} label={f.name} wide />
        <SelectField
          path={[...path, 'platformGroup']}
          label={f.platform}
          hint={f.platformHint}
          placeholder={m.choose}
          options={PLATFORM_GROUPS.map((g) => ({ value: g, label: d.platformGroup[g] }))}
        />
        <NumberField
          path={[...path, 'limit']}
          label={f.limit}
          tip={<DefaultTip kind={kind} field="limit" />}
        />
        <PriceFields index={index} kind={kind} price={source.price} />
        {!isHuabei && (
          <>
            <SelectField
              path={[...path, 'repayment']}
              label={f.repayment}
              placeholder={m.choose}
              options={REPAYMENT_METHODS.map((r) => ({ value: r, label: d.repayment[r] }))}
            />
            <NumberField
              path={[...path, 'termMonths']}
              label={f.term}
              tip={<DefaultTip kind={kind} field="termMonths" />}
            />
          </>
        )}
        <NumberField
          path={[...path, 'leadTimeDays']}
          label={f.leadTime}
          hint={f.leadTimeHint}
          tip={<DefaultTip kind={kind} field="leadTimeDays" />}
        />
        {withFees && (
          <>
            <NumberField path={[...path, 'drawFeePercent']} label={f.drawFee} />
            <NumberField path={[...path, 'drawFeeMin']} label={f.drawFeeMin} />
          </>
        )}
        {withInterestDay && (
          <NumberField path={[...path, 'interestDay']} label={f.interestDay} hint={f.dayHint} />
        )}
        {!isHuabei && (
          <NumberField
            path={[...path, 'penaltyMultiplier']}
            label={f.penalty}
            tip={<DefaultTip kind={kind} field="penalty" />}
          />
        )}
        {isHuabei && <HuabeiFields index={index} source={source} />}
        <OutstandingList index={index} source={source} sourceName={name} removal={removal} />
      </div>
    </ListCard>
  );
}
