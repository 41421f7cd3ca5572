import { PLATFORM_GROUPS, REPAYMENT_METHODS } from '../../../engine/model';
import { formatMoney, formatPercent } from '../../../i18n/format';
import { DOMAIN } from '../../../i18n/messages/domain';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import type { PlanFileSource } from '../../../io/planSchema';
import { listField, numberField, selectField, textField } from '../../fields/fieldKinds';
import type { FieldSpec } from '../../fields/fieldSpec';
import { ItemCard } from '../ItemCard';
import type { CardPlace } from '../useItemList';
import type { Removal } from '../useRemoval';
import { DefaultTip } from './DefaultTip';
import { OutstandingList } from './OutstandingList';
import { annualPercentOf } from './sourceEdits';
import { useHuabeiFields } from './useHuabeiFields';
import { usePriceFields } from './usePriceFields';

/**
 * A funding source's fields (below `['fundingSources', index]`): name, platform, limit, price,
 * then repayment and term (Huabei has a billing cycle instead), lead time, draw fees where the
 * source charges them, the interest day of a revolving line, the overdue penalty, and the
 * balances already drawn.
 */
export function useSourceFields(
  index: number,
  source: PlanFileSource,
  removal: Removal,
): FieldSpec[] {
  const m = EDITOR[useLang()];
  const d = DOMAIN[useLang()];
  const f = m.funding;
  const u = m.units;
  const kind = source.kind;
  const isHuabei = kind === 'huabei';
  const price = usePriceFields(index, kind, source.price);
  const huabei = useHuabeiFields(index, source);
  const name = typeof source.name === 'string' && source.name !== '' ? source.name : m.untitled;
  const fields = [
    textField('name', f.name, { wide: true }),
    selectField('platformGroup', f.platform, {
      hint: f.platformHint,
      placeholder: m.choose,
      options: PLATFORM_GROUPS.map((g) => ({ value: g, label: d.platformGroup[g] })),
    }),
    numberField('limit', f.limit, {
      prefix: u.yuan,
      tip: <DefaultTip kind={kind} field="limit" />,
    }),
    price,
  ];
  if (!isHuabei)
    fields.push(
      selectField('repayment', f.repayment, {
        placeholder: m.choose,
        options: REPAYMENT_METHODS.map((r) => ({ value: r, label: d.repayment[r] })),
      }),
      numberField('termMonths', f.term, {
        whole: true,
        suffix: u.months,
        tip: <DefaultTip kind={kind} field="termMonths" />,
      }),
    );
  fields.push(
    numberField('leadTimeDays', f.leadTime, {
      whole: true,
      suffix: u.days,
      hint: f.leadTimeHint,
      tip: <DefaultTip kind={kind} field="leadTimeDays" />,
    }),
  );
  // Draw fees: a credit card's cash advance always; any other source once the file sets them.
  if (
    kind === 'credit_card' ||
    source.drawFeePercent !== undefined ||
    source.drawFeeMin !== undefined
  )
    fields.push(
      numberField('drawFeePercent', f.drawFee, { percent: true, suffix: u.percent }),
      numberField('drawFeeMin', f.drawFeeMin, { prefix: u.yuan }),
    );
  if ((!isHuabei && source.repayment === 'revolving') || source.interestDay !== undefined)
    fields.push(
      numberField('interestDay', f.interestDay, {
        whole: true,
        suffix: u.dayOfMonth,
        hint: f.dayHint,
      }),
    );
  // Huabei has no penalty multiplier: its overdue rate is its own (the schema refuses one).
  if (!isHuabei)
    fields.push(
      numberField('penaltyMultiplier', f.penalty, {
        suffix: u.timesRate,
        tip: <DefaultTip kind={kind} field="penalty" />,
      }),
    );
  if (isHuabei) fields.push(huabei);
  fields.push(
    listField('outstanding', () => (
      <OutstandingList index={index} source={source} sourceName={name} removal={removal} />
    )),
  );
  return fields;
}

type Props = {
  place: CardPlace;
  source: PlanFileSource;
  /** Its draw priority, when it has one ("use my order"). */
  position: number | null;
  onMoveUp: (() => void) | undefined;
  onMoveDown: (() => void) | undefined;
};

/** A funding source's card: its draw position, kind, limit and APR while closed. */
export function SourceCard({ place, source, position, onMoveUp, onMoveDown }: Props) {
  const m = EDITOR[useLang()];
  const d = DOMAIN[useLang()];
  const lang = useLang();
  const f = m.funding;
  const apr = annualPercentOf(source.price);
  return (
    <ItemCard
      place={place}
      name={source.name}
      summary={[
        position === null ? '' : f.position(position),
        d.sourceKind[source.kind] ?? '',
        typeof source.limit === 'number' ? f.limitShort(formatMoney(source.limit, lang)) : '',
        apr ? f.aprShort(formatPercent(apr.simple, lang, 2)) : '',
      ]}
      onMoveUp={onMoveUp}
      onMoveDown={onMoveDown}
      fields={useSourceFields(place.index, source, place.removal)}
    />
  );
}
