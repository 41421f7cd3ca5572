import type { CheckInComparison, ObservedWarning } from '../../engine/checkIns/types';
import { yuanFromFen } from '../../engine/money';
import { formatDays, formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { localName } from '../../i18n/localName';
import type { ReportHandoverMessages } from '../../i18n/messages/reportHandover';

/**
 * The rows of the report's "what changed" table for the latest check-in: totals first, then each
 * line whose limit or rate moved, against the previous check-in (else the plan).
 */
export type ChangedRow = { item: string; before: string; now: string; change: string };

const signed = (fen: number, lang: Lang) => formatMoney(yuanFromFen(fen), lang, { signed: true });
const money = (fen: number, lang: Lang) => formatMoney(yuanFromFen(fen), lang);

export function changedRows(
  latest: CheckInComparison,
  before: CheckInComparison | null,
  lang: Lang,
  h: ReportHandoverMessages,
): ChangedRow[] {
  const which = before ? 'vsPrevious' : 'vsPlan';
  const cash = before ? latest.cashVsPrevious! : latest.cashVsPlan;
  const credit = before ? latest.creditVsPrevious! : latest.creditVsPlan;
  const pct = (p: number | null) => (p === null ? '' : ` (${formatPercent(p, lang)})`);
  const rows: ChangedRow[] = [
    {
      item: h.cashRow,
      before: money(cash.from, lang),
      now: money(cash.to, lang),
      change: `${signed(cash.delta, lang)}${pct(cash.percent)}`,
    },
    {
      item: h.creditRow,
      before: money(credit.from, lang),
      now: money(credit.to, lang),
      change: `${signed(credit.delta, lang)}${pct(credit.percent)}`,
    },
  ];
  if (before && latest.bufferDays !== null && before.bufferDays !== null) {
    const d = Math.round((latest.bufferDays - before.bufferDays) * 10) / 10;
    rows.push({
      item: h.bufferRow,
      before: formatDays(before.bufferDays, lang),
      now: formatDays(latest.bufferDays, lang),
      change: `${d > 0 ? '+' : ''}${formatDays(d, lang)}`,
    });
  } else if (latest.bufferDays !== null) {
    rows.push({
      item: h.bufferRow,
      before: '—',
      now: formatDays(latest.bufferDays, lang),
      change: '—',
    });
  }
  for (const line of latest.lines) {
    const ref = line[which];
    if (!ref) continue;
    if (ref.limit.delta !== 0)
      rows.push({
        item: h.limitRow(localName(line.name, lang)),
        before: money(ref.limit.from, lang),
        now: money(ref.limit.to, lang),
        change: `${signed(ref.limit.delta, lang)}${pct(ref.limit.percent)}`,
      });
    if (ref.rate && ref.rate.delta !== 0)
      rows.push({
        item: h.rateRow(localName(line.name, lang)),
        before: formatPercent(ref.rate.from, lang, 2),
        now: formatPercent(ref.rate.to, lang, 2),
        change:
          lang === 'zh-CN'
            ? `${ref.rate.delta > 0 ? '+' : ''}${formatNumber(ref.rate.delta, lang, 2)} 个百分点`
            : `${ref.rate.delta > 0 ? '+' : ''}${formatNumber(ref.rate.delta, lang, 2)} points`,
      });
  }
  return rows;
}

export type { ObservedWarning };
