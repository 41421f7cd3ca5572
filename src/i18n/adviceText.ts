import type { Advice, Suggestion } from '../engine/advice';
import { roundGapAsSaid } from '../engine/advisor/sizing';
import type { LeverAssumptions } from '../engine/model';
import { fenFromYuan, yuanFromFen } from '../engine/money';
import {
  formatDate,
  formatDays,
  formatMoney,
  formatMoneyWan,
  formatNumber,
  formatPercent,
} from './format';
import type { Lang } from './lang';
import { localName, shortLocalName } from './localName';
import { ACTION_TEXT, type ActionParams } from './messages/adviceActions';
import { ADVICE } from './messages/advice';

/**
 * Sentences about a suggestion, shared by the advice panel, the report, the presenter and the
 * CLI so all four say the same thing in the same words. Pure: engine output in, text out.
 */

type Titled = Pick<Suggestion, 'action' | 'amount' | 'counterparty'> &
  Partial<Pick<Suggestion, 'assumptions' | 'cashSource' | 'appliesTo'>>;

/**
 * Days inside a sentence: "30 days", and in Chinese "30天" without the space a table cell's
 * "30 天" keeps (a figure set in running text reads as one word).
 */
export function daysPhrase(days: number, lang: Lang): string {
  return lang === 'zh-CN' ? `${formatNumber(days, lang, 1)}天` : formatDays(days, lang);
}

export function formatMonths(months: number, lang: Lang): string {
  const n = formatNumber(months, lang);
  if (lang === 'zh-CN') return `${n}个月`;
  return `${n} ${months === 1 ? 'month' : 'months'}`;
}

function params(s: Titled, lang: Lang, levers: Partial<LeverAssumptions>): ActionParams {
  const a = { ...levers, ...s.assumptions };
  const share = s.action === 'cut_owner_draw' ? a.ownerDrawCut : a.depositShare;
  const days =
    s.action === 'defer_purchases'
      ? a.purchaseDeferralDays
      : s.action === 'supplier_terms'
        ? a.supplierTermsDays
        : s.action === 'defer_rent'
          ? a.rentDeferralDays
          : a.depositDays;
  const months = s.action === 'defer_rent' ? a.rentDeferralMonths : a.ownerDrawMonths;
  return {
    amount: formatMoney(s.amount, lang),
    counterparty: shortLocalName(s.counterparty ?? '', lang),
    share: share === undefined ? '' : formatPercent(share * 100, lang, 0),
    months: months === undefined ? '' : formatMonths(months, lang),
    days: days === undefined ? '' : daysPhrase(days, lang),
    perMonth: formatMoney(s.cashSource?.perMonth ?? 0, lang),
    flows: (s.appliesTo ?? [])
      .map((name) => shortLocalName(name, lang))
      .join(lang === 'zh-CN' ? '、' : ', '),
  };
}

/**
 * What to do, in one sentence, with its amount.
 * @example actionTitle({ action: 'tax_loan', amount: 20000 }, 'zh-CN') // '申请税贷（银税互动）授信额度¥20,000，随借随还'
 */
export function actionTitle(s: Titled, lang: Lang, levers: Partial<LeverAssumptions> = {}): string {
  return ACTION_TEXT[lang].title[s.action](params(s, lang, levers));
}

/** When: start by a date and usable from a date; the same day; or too late for this outage. */
export function timingText(
  s: Pick<
    Suggestion,
    'category' | 'leadTimeDays' | 'latestStartDate' | 'readyDate' | 'tooLate' | 'startDate'
  > &
    Partial<Pick<Suggestion, 'cashSource' | 'lockedFromDate'>>,
  lang: Lang,
  gapStartDate: string | null,
): string {
  const f = ADVICE[lang].timing;
  const date = (iso: string | null) => (iso ? formatDate(iso, lang) : f.pastHorizon);
  const days = daysPhrase(s.leadTimeDays, lang);
  if (s.cashSource?.kind === 'retained_draw')
    return f.builtBy({ start: date(s.startDate), ready: date(s.readyDate) });
  if (s.tooLate && s.lockedFromDate) return f.beforeLock({ lock: date(s.lockedFromDate) });
  if (s.tooLate) return f.tooLate({ days, ready: date(s.readyDate), gap: date(gapStartDate) });
  if (s.category === 'lever')
    return s.leadTimeDays === 0
      ? f.leverNow({ start: date(s.startDate) })
      : f.leverAgree({ start: date(s.startDate), days, ready: date(s.readyDate) });
  if (s.leadTimeDays === 0) return f.sameDay;
  return f.startBy({ days, by: date(s.latestStartDate), ready: date(s.readyDate) });
}

/** What it costs and on what: no financing cost, an opportunity cost, interest on what is drawn, or on all of it. */
export function costText(
  s: Pick<
    Suggestion,
    | 'costStructure'
    | 'annualRate'
    | 'costPerYear'
    | 'cost'
    | 'feeRate'
    | 'amount'
    | 'tooLate'
    | 'instalmentMonths'
  >,
  lang: Lang,
): string {
  const c = ADVICE[lang].cost;
  const money = (x: number) => formatMoney(x, lang);
  const rate = formatPercent(s.annualRate, lang, 2);
  const fee = s.feeRate > 0 ? c.fee({ rate: formatPercent(s.feeRate, lang, 2) }) : '';
  switch (s.costStructure) {
    case 'none':
      return c.none;
    case 'opportunity':
      return c.opportunity({ rate, perYear: money(s.costPerYear) });
    case 'float':
      return c.float({ amount: money(s.amount), rate, perYear: money(s.costPerYear) });
    case 'drawn_interest': {
      const unused = money(s.cost.ifUnusedPerYear);
      const perYear = money(s.costPerYear);
      const months = s.instalmentMonths;
      // 微业贷 repays each draw in instalments: not "随借随还" (repay whenever you like).
      if (months !== undefined)
        return (
          (s.tooLate
            ? c.standbyInstalments({ months, rate, unused })
            : c.drawnInstalments({ months, rate, perYear, unused })) + fee
        );
      if (s.tooLate) return c.standby({ rate, unused }) + fee;
      return c.drawn({ rate, perYear, unused }) + fee;
    }
    case 'full_interest':
      return c.full({ rate, perYear: money(s.costPerYear) }) + fee;
    default: {
      const never: never = s.costStructure;
      return never;
    }
  }
}

/**
 * A gap (or the part of it closed) as it is said across the table, the same way everywhere the
 * advice states one: ¥123,480.58 → "¥123,000" / "¥12.3万" (`roundGapAsSaid`). The words "up to
 * about" / "约" are the sentence's.
 * @example gapSaid(123480.58, 'zh-CN') // '¥12.3万'
 */
export function gapSaid(yuan: number, lang: Lang): string {
  return formatMoneyWan(yuanFromFen(roundGapAsSaid(fenFromYuan(yuan))), lang);
}

/** What it does: "survives the horizon" when it closes the gap, else the part closed and days gained. */
export function effectText(
  s: Pick<Suggestion, 'closesGap' | 'shortfallClosed' | 'survivalDaysGained'>,
  lang: Lang,
): string {
  const e = ADVICE[lang].effect;
  if (s.closesGap) return e.survives({ closed: gapSaid(s.shortfallClosed, lang) });
  if (s.shortfallClosed <= 0) return e.nothing;
  const closed = gapSaid(s.shortfallClosed, lang);
  // "0 more days" is no news: say that the gap still opens on the same day.
  if (s.survivalDaysGained <= 0) return e.partialSameDay({ closed });
  return e.partial({ closed, days: daysPhrase(s.survivalDaysGained, lang) });
}

/** Where a reserve's cash comes from (the monthly amount and date are in its title and timing). */
export function cashSourceText(s: Pick<Suggestion, 'cashSource'>, lang: Lang): string | null {
  return s.cashSource ? ACTION_TEXT[lang].cashSource[s.cashSource.kind] : null;
}

/** A source name from a plan, in the reader's language. */
export const planSourceName = (name: string, lang: Lang) => localName(name, lang);

/**
 * With no gap, what an advisor says before writing "no change needed": the buffer it never
 * falls below, the lowest cash, and — when the cash holds only on credit the plan has not
 * arranged yet — that credit, to apply for now, and what happens without it.
 */
export function noGapText(
  advice: Pick<Advice, 'noGap'>,
  scenarioName: string,
  lang: Lang,
): { lead: string; relies: string[]; without: string | null; lowest: string | null } {
  const m = ADVICE[lang];
  const note = advice.noGap;
  const buffer = formatMoney(note?.minCashBuffer ?? 0, lang);
  if (!note)
    return {
      lead: m.noGap({ scenario: scenarioName, buffer }),
      relies: [],
      without: null,
      lowest: null,
    };
  const lowest = m.noGapLowest({
    amount: formatMoney(note.lowestCash, lang),
    date: formatDate(note.lowestCashDate, lang),
  });
  if (note.reliesOn.length === 0)
    return { lead: m.noGap({ scenario: scenarioName, buffer }), relies: [], without: null, lowest };
  return {
    lead: m.noGapProvided({ scenario: scenarioName, buffer }),
    relies: note.reliesOn.map((r) =>
      m.noGapRelies({
        source: localName(r.sourceName, lang),
        days: daysPhrase(r.leadTimeDays, lang),
        ready: formatDate(r.readyDate, lang),
        peak: formatMoney(r.peakBalance, lang),
      }),
    ),
    without: note.withoutThem
      ? m.noGapWithout({
          date: formatDate(note.withoutThem.gapStartDate, lang),
          amount: gapSaid(note.withoutThem.deepestShortfall, lang),
        })
      : m.noGapWithoutHolds,
    lowest,
  };
}

/**
 * The plan's day 0 is "today" in every sentence of the advice; when the plan starts before the
 * reader's today, say so (and by how much) rather than tell them to start on a day gone by.
 * Null when the plan starts today or later. `today` is the reader's local date (ISO).
 * @example pastStartText('2026-12-01', '2026-12-06', 'en') // '“Today” below is … 5 days ago …'
 */
export function pastStartText(startDate: string, today: string, lang: Lang): string | null {
  const days = Math.round(
    (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000,
  );
  if (!Number.isFinite(days) || days <= 0) return null;
  return ADVICE[lang].pastStart({
    start: formatDate(startDate, lang),
    days: daysPhrase(days, lang),
  });
}
