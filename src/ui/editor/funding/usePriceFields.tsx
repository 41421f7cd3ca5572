import type { SourceKind } from '../../../engine/model';
import { formatPercent } from '../../../i18n/format';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import { useStore } from '../../../state/store';
import { fieldGroup, numberField, selectField } from '../../fields/fieldKinds';
import type { FieldSpec } from '../../fields/fieldSpec';
import { DefaultTip } from './DefaultTip';
import { annualPercentOf, PRICE_MODES, switchPriceMode } from './sourceEdits';

/**
 * The price, annual rate first and most prominent (PBOC Announcement [2021] No. 3), then how the
 * lender quotes it (annual, daily, instalment fee) and the quoted numbers: one block of fields
 * below `['fundingSources', index]`.
 */
export function usePriceFields(index: number, kind: SourceKind, price: unknown): FieldSpec {
  const m = EDITOR[useLang()];
  const setField = useStore((s) => s.setField);
  const f = m.funding;
  const u = m.units;
  const type =
    typeof price === 'object' && price !== null ? (price as { type?: unknown }).type : undefined;
  const fields = [
    selectField('price.type', f.priceMode, {
      placeholder: m.choose,
      options: PRICE_MODES.map((mode) => ({ value: mode, label: f.priceModes[mode] })),
      onChoose: (mode) =>
        setField(['fundingSources', index, 'price'], switchPriceMode(price, mode, kind)),
    }),
  ];
  if (type === 'annual')
    fields.push(
      numberField('price.ratePercent', f.annualPercent, { percent: true, suffix: u.perYear }),
    );
  if (type === 'daily')
    fields.push(
      numberField('price.ratePercent', f.dailyPercent, { percent: true, suffix: u.perDay }),
    );
  if (type === 'instalment_fee')
    fields.push(
      numberField('price.totalFeePercent', f.totalFeePercent, { percent: true, suffix: u.percent }),
      numberField('price.months', f.feeMonths, { whole: true, suffix: u.instalments }),
    );
  return fieldGroup('price', fields, (rows) => (
    <div className="ed-price field--wide">
      <AnnualRate kind={kind} price={price} />
      {rows}
    </div>
  ));
}

/** The annual rate the quote comes to, or that it cannot be worked out yet. */
function AnnualRate({ kind, price }: { kind: SourceKind; price: unknown }) {
  const m = EDITOR[useLang()];
  const lang = useLang();
  const f = m.funding;
  const apr = annualPercentOf(price);
  const type =
    typeof price === 'object' && price !== null ? (price as { type?: unknown }).type : undefined;
  return (
    <div className="ed-apr">
      <p className="ed-apr-line">
        <span className="ed-apr-label">{f.apr}</span>{' '}
        {apr ? (
          <>
            <strong className="ed-apr-value num">{formatPercent(apr.simple, lang, 2)}</strong>
            <span className="ed-apr-kind">{f.aprSimple}</span>
          </>
        ) : (
          <span className="ed-apr-kind">{f.aprUnknown}</span>
        )}
        <DefaultTip kind={kind} field="price" />
      </p>
      <p className="field-hint">
        {apr && type !== 'annual'
          ? f.aprEffective(formatPercent(apr.effective, lang, 2)) + m.sentenceGap
          : ''}
        {f.aprNote}
      </p>
    </div>
  );
}
