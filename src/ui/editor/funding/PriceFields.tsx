import type { SourceKind } from '../../../engine/model';
import { formatPercent } from '../../../i18n/format';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang, useMessages } from '../../common/useLang';
import { useStore } from '../../../state/store';
import { NumberField, SelectField } from '../fields/inputs';
import { DefaultTip } from './DefaultTip';
import { annualPercentOf, PRICE_MODES, switchPriceMode } from './sourceEdits';

type Props = { index: number; kind: SourceKind; price: unknown };

/**
 * The price, annual rate first and most prominent (PBOC Announcement [2021] No. 3), then how the
 * lender quotes it (annual, daily, instalment fee) and the quoted numbers.
 */
export function PriceFields({ index, kind, price }: Props) {
  const m = useMessages(EDITOR);
  const lang = useLang();
  const setField = useStore((s) => s.setField);
  const path = ['fundingSources', index, 'price'] as const;
  const f = m.funding;
  const apr = annualPercentOf(price);
  const type =
    typeof price === 'object' && price !== null ? (price as { type?: unknown }).type : undefined;

  return (
    <div className="ed-price ed-wide">
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
      <div className="ed-grid">
        <SelectField
          path={[...path, 'type']}
          label={f.priceMode}
          placeholder={m.choose}
          options={PRICE_MODES.map((mode) => ({ value: mode, label: f.priceModes[mode] }))}
          onChoose={(mode) => setField(path, switchPriceMode(price, mode, kind))}
        />
        {type === 'annual' && (
          <NumberField path={[...path, 'ratePercent']} label={f.annualPercent} />
        )}
        {type === 'daily' && <NumberField path={[...path, 'ratePercent']} label={f.dailyPercent} />}
        {type === 'instalment_fee' && (
          <>
            <NumberField path={[...path, 'totalFeePercent']} label={f.totalFeePercent} />
            <NumberField path={[...path, 'months']} label={f.feeMonths} />
          </>
        )}
      </div>
    </div>
  );
}
