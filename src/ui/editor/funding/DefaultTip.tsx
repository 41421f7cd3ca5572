import {
  HUABEI_OVERDUE_DAILY_RATE,
  SOURCE_DEFAULTS,
  type DefaultBasisField,
} from '../../../engine/defaults';
import type { SourceKind } from '../../../engine/model';
import { yuanFromFen } from '../../../engine/money';
import { annualRate } from '../../../engine/rates';
import { formatDays, formatMoney, formatNumber, formatPercent } from '../../../i18n/format';
import { DOMAIN } from '../../../i18n/messages/domain';
import { EDITOR } from '../../../i18n/messages/editor';
import { useLang } from '../../common/useLang';
import type { Lang } from '../../../i18n/lang';
import { InfoTip } from '../../common/InfoTip';

/** "Default for Jiebei: 0.04% a day (14.6% a year)." — the value FundGap prefills for this kind. */
function defaultText(kind: SourceKind, field: DefaultBasisField, lang: Lang): string {
  const m = EDITOR[lang].funding;
  const d = SOURCE_DEFAULTS[kind];
  const pct = (fraction: number, digits: number) => formatPercent(fraction * 100, lang, digits);
  const value = ((): string => {
    switch (field) {
      case 'price': {
        const annual = pct(annualRate(d.price), 2);
        if (d.price.type === 'daily') return m.dailyDefault(pct(d.price.rate, 4), annual);
        if (d.price.type === 'instalment_fee')
          return m.feeDefault(pct(d.price.totalFee, 2), d.price.months, annual);
        return m.annualDefault(annual);
      }
      case 'limit':
        return formatMoney(yuanFromFen(d.limit), lang);
      case 'termMonths':
        return m.months(d.termMonths);
      case 'leadTimeDays':
        return formatDays(d.leadTimeDays, lang);
      case 'penalty':
        return d.penaltyMultiplier === undefined
          ? m.overdueDaily(pct(HUABEI_OVERDUE_DAILY_RATE.value, 2))
          : m.times(formatNumber(d.penaltyMultiplier, lang, 2));
    }
  })();
  return m.defaultIs(DOMAIN[lang].sourceKind[kind], value);
}

/** ⓘ with the default for this kind, its grade and its citation; nothing when the default has no stated basis. */
export function DefaultTip({ kind, field }: { kind: SourceKind; field: DefaultBasisField }) {
  const lang = useLang();
  const basis = SOURCE_DEFAULTS[kind]?.basis[field];
  if (!basis) return null;
  return (
    <InfoTip
      label={EDITOR[lang].funding.defaultTip}
      text={defaultText(kind, field, lang)}
      grade={basis.grade}
      citation={basis.citation}
    />
  );
}
