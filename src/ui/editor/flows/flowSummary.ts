import { formatDate, formatMoney, formatPercent } from '../../../i18n/format';
import { DOMAIN } from '../../../i18n/messages/domain';
import { EDITOR } from '../../../i18n/messages/editor';
import type { Lang } from '../../../i18n/lang';
import type { PlanFileCashFlow } from '../../../io/planSchema';

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** "¥24,000 · weekly, Monday · Huabei 70%": what a collapsed card shows. Invalid parts are left out. */
export function flowSummary(flow: PlanFileCashFlow, lang: Lang): string[] {
  const m = EDITOR[lang].flows;
  const d = DOMAIN[lang];
  const f = flow.frequency as Partial<PlanFileCashFlow['frequency']> | undefined;
  const when = ((): string => {
    switch (f?.type) {
      case 'daily':
        return m.daily;
      case 'weekly':
        return isNumber(f.weekday) ? m.weeklyOn(d.weekday[f.weekday] ?? '') : d.frequency.weekly;
      case 'monthly':
        return isNumber(f.dayOfMonth) ? m.monthlyOn(f.dayOfMonth) : d.frequency.monthly;
      case 'quarterly':
        return isNumber(f.dayOfMonth) ? m.quarterlyOn(f.dayOfMonth) : d.frequency.quarterly;
      case 'once':
        return typeof f.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(f.date)
          ? m.onceOn(formatDate(f.date, lang))
          : d.frequency.once;
      default:
        return '';
    }
  })();
  const parts = [isNumber(flow.amount) ? formatMoney(flow.amount, lang) : '', when];
  if (
    flow.direction === 'outflow' &&
    isNumber(flow.huabeiSharePercent) &&
    flow.huabeiSharePercent > 0
  ) {
    parts.push(m.huabeiShort(formatPercent(flow.huabeiSharePercent, lang)));
  }
  if (flow.direction === 'inflow' && flow.platformGroup && flow.platformGroup !== 'bank') {
    parts.push(m.landsShort(d.platformGroup[flow.platformGroup] ?? ''));
  }
  // A seasonal profile (an import's monthly percents, or a calendar) changes the amounts by date.
  const season = flow.seasonality;
  if (
    season &&
    ((season.monthlyPercent ?? []).some((p) => p !== 100) || (season.events ?? []).length > 0)
  )
    parts.push(m.seasonalShort);
  return parts.filter(Boolean);
}

/** The summary as one line of text, its parts set apart ("¥10,500 · daily · lands on …"). */
export function flowSummaryText(flow: PlanFileCashFlow, lang: Lang): string {
  return flowSummary(flow, lang)
    .filter((part) => part !== '')
    .join(' · ');
}
