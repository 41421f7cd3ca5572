import { compareCheckIns, planReference, trendOf } from '../../engine/checkIns/compare';
import type { Change, CheckInComparison, ObservedWarning } from '../../engine/checkIns/types';
import type { Plan } from '../../engine/model';
import { yuanFromFen } from '../../engine/money';
import { formatDays, formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { localName } from '../../i18n/localName';
import type { CheckInsMessages } from '../../i18n/messages/checkIns';
import { checkInFromStored, storedCheckInSchema, type StoredCheckIn } from '../../io/checkInSchema';
import { formatIssues, type Issue } from '../../io/issues';
import { valueOfNumberText } from '../fields/numberText';

/**
 * What the check-ins section shows, decided outside React: the comparisons (newest first), the
 * trend (oldest first), each warning and change said in words with its unit, and the form's
 * values read back into a check-in.
 */

export function checkInsView(plan: Plan, stored: readonly StoredCheckIn[]) {
  const compared = compareCheckIns(planReference(plan), stored.map(checkInFromStored));
  return { newestFirst: compared.slice().reverse(), trend: trendOf(compared) };
}

const money = (fen: number, lang: Lang) => formatMoney(yuanFromFen(fen), lang);
const signedMoney = (fen: number, lang: Lang) =>
  formatMoney(yuanFromFen(fen), lang, { signed: true });
const points = (p: number, lang: Lang) =>
  lang === 'zh-CN' ? `${formatNumber(p, lang, 2)} 个百分点` : `${formatNumber(p, lang, 2)} points`;

export function warningText(w: ObservedWarning, lang: Lang, m: CheckInsMessages): string {
  const measured =
    w.measured === undefined
      ? ''
      : w.unit === 'days'
        ? formatDays(w.measured, lang)
        : w.unit === 'points'
          ? points(w.measured, lang)
          : formatPercent(w.measured, lang);
  const threshold =
    w.threshold === undefined
      ? ''
      : w.unit === 'days'
        ? formatDays(w.threshold, lang)
        : formatPercent(w.threshold, lang);
  return m.warningDetail({
    id: w.id,
    measured,
    threshold,
    source: localName(w.sourceName ?? '', lang),
  });
}

/** "¥60,000 → ¥42,000 (−¥18,000, −30%)" for a money change. */
export function moneyChange(c: Change, lang: Lang): string {
  const pct = c.percent === null ? '' : `, ${formatPercent(c.percent, lang)}`;
  return `${money(c.from, lang)} → ${money(c.to, lang)} (${signedMoney(c.delta, lang)}${pct})`;
}

/** Limit and rate changes of each line, against `which` reference; only lines that changed. */
export function lineChanges(
  c: CheckInComparison,
  which: 'vsPlan' | 'vsPrevious',
  lang: Lang,
  m: CheckInsMessages,
): string[] {
  const out: string[] = [];
  for (const line of c.lines) {
    const ref = line[which];
    if (!ref) continue;
    if (ref.limit.delta !== 0)
      out.push(
        m.limitChange({
          name: localName(line.name, lang),
          from: money(ref.limit.from, lang),
          to: money(ref.limit.to, lang),
          delta: signedMoney(ref.limit.delta, lang),
          percent: ref.limit.percent === null ? '—' : formatPercent(ref.limit.percent, lang),
        }),
      );
    if (ref.rate && ref.rate.delta !== 0)
      out.push(
        m.rateChange({
          name: localName(line.name, lang),
          from: formatPercent(ref.rate.from, lang, 2),
          to: formatPercent(ref.rate.to, lang, 2),
          delta: (ref.rate.delta > 0 ? '+' : '') + points(ref.rate.delta, lang),
        }),
      );
  }
  return out;
}

export function bufferText(days: number | null, lang: Lang): string {
  return days === null ? '—' : formatDays(days, lang);
}

/**
 * The form's values as typed: the shape of a stored check-in, each number the text in its box
 * ("3.5万", "4.2%"), the date undefined once cleared.
 */
export type CheckInDraft = {
  id: string;
  date: string | undefined;
  cash: { accountId: string; name: string; balance: string }[];
  lines: {
    sourceId: string;
    name: string;
    limit: string;
    annualRatePercent: string;
    failedRepayment: boolean;
    notice: boolean;
  }[];
  note: string;
};

export function draftOf(c: StoredCheckIn): CheckInDraft {
  return {
    id: c.id,
    date: c.date,
    cash: c.cash.map((x) => ({ ...x, balance: String(x.balance) })),
    lines: c.lines.map((l) => ({
      ...l,
      limit: String(l.limit),
      annualRatePercent: l.annualRatePercent === null ? '' : String(l.annualRatePercent),
    })),
    note: c.note,
  };
}

export type ReadCheckIn = { ok: true; checkIn: StoredCheckIn } | { ok: false; issues: Issue[] };

/**
 * The form read back, each box as the plan editor reads it (numberText.ts: "3.5万", "¥35,000",
 * a trailing "%" on the rate; an empty rate is "not read"), then checked by the check-in schema
 * as a file's would be: the check-in to save, or every problem with the path of its field
 * (`cash[1].balance`, `lines[0].annualRatePercent`) and the plan's code for it.
 */
export function readCheckInDraft(d: CheckInDraft): ReadCheckIn {
  const candidate = {
    id: d.id,
    date: d.date,
    cash: d.cash.map((x) => ({
      accountId: x.accountId,
      name: x.name,
      balance: valueOfNumberText(x.balance),
    })),
    lines: d.lines.map((l) => ({
      sourceId: l.sourceId,
      name: l.name,
      limit: valueOfNumberText(l.limit),
      annualRatePercent: valueOfNumberText(l.annualRatePercent, { percent: true }) ?? null,
      failedRepayment: l.failedRepayment,
      notice: l.notice,
    })),
    note: d.note,
  };
  const parsed = storedCheckInSchema.safeParse(candidate);
  return parsed.success
    ? { ok: true, checkIn: parsed.data }
    : { ok: false, issues: formatIssues(parsed.error) };
}
