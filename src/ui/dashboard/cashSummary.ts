import type { Analysis } from '../../engine/analyze';
import { formatDays, formatMoney } from '../../i18n/format';
import type { DashboardMessages } from '../../i18n/messages/dashboard';
import type { Lang } from '../../i18n/lang';
import { shortDate } from './dates';

/**
 * The sentence above the cash chart: where cash bottoms out with and without the outage, how
 * deep and how long the gap is. Built from the engine's metrics only.
 */
export function cashSummary(
  analysis: Analysis,
  bufferYuan: number,
  horizonDays: number,
  lang: Lang,
  m: DashboardMessages['cash'],
): string {
  const money = (x: number) => formatMoney(x, lang);
  const date = (iso: string) => shortDate(iso, lang, horizonDays);
  const s = analysis.stressed.metrics;
  const b = analysis.baseline.metrics;
  let text: string;
  if (s.daysShort > 0) {
    text = m.lowestWithGap({
      lowest: money(s.lowestCash),
      date: date(s.lowestCashDate),
      gap: money(s.deepestShortfall),
      buffer: bufferYuan > 0 ? money(bufferYuan) : null,
    });
    if (s.cashZeroDate)
      text += m.shortDays({ days: formatDays(s.daysShort, lang), from: date(s.cashZeroDate) });
    text += s.recoveryDate ? m.recovered({ date: date(s.recoveryDate) }) : m.stillShort;
  } else {
    text = m.noGap({
      lowest: money(s.lowestCash),
      date: date(s.lowestCashDate),
      buffer: money(bufferYuan),
    });
  }
  text += m.baseline({ lowest: money(b.lowestCash), date: date(b.lowestCashDate) });
  if (b.daysShort > 0) text += m.baselineShort({ days: formatDays(b.daysShort, lang) });
  return text;
}
