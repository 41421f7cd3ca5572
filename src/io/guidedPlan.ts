import { addMonths, epochDay, isoFromEpochDay } from '../engine/calendar';
import { amortizationSchedule } from '../engine/loanMath';
import type { IsoDate } from '../engine/model';
import { HUABEI_INSTALMENT_FEES } from '../engine/terms';
import { readAmountText } from './amountText';
import { CURRENT_FORMAT_VERSION } from './migrations';
import type { PlanFile } from './planSchema';

/**
 * The guided start's answers (src/ui/start/) turned into a plan file, which then goes through the
 * same schema as any other file. Amounts are kept as typed ("3万", "30,000") and read here, so the
 * one reading of an owner's amount is `readAmountText`. An empty field means "none": nothing the
 * owner did not enter becomes cash or credit.
 */

export type SalesLanding = 'alipay' | 'wechat' | 'bank';
/** The season calendars the guided start offers (engine/seasonCalendar.ts has the dates). */
export type SeasonChoice = 'none' | 'restaurant' | 'online_shop';
export type LoanRepayment = 'equal_instalment' | 'equal_principal' | 'interest_only';

export type GuidedAnswers = {
  cash: { bank: string; alipay: string; yuebao: string };
  sales: { amount: string; per: 'day' | 'month'; landsIn: SalesLanding; season: SeasonChoice };
  fixed: { rent: string; rentDay: string; wages: string; wagesDay: string };
  purchases: { amount: string; day: string; huabeiPercent: number };
  huabei: { limit: string; drawn: string };
  jiebei: { limit: string; dailyRatePercent: string; drawn: string };
  bankLoan: {
    amount: string;
    annualRatePercent: string;
    termMonths: string;
    repayment: LoanRepayment;
    paidInstalments: string;
    dueDay: string;
  };
};

/**
 * The starting answers. Every default is on screen and editable, and none is credit or cash:
 * amounts start empty (= none); only days, a loan's usual terms and where sales land are filled.
 * - rent on the 1st (most leases fall due at the start of the month), wages on the 15th;
 * - sales per day, landing in Alipay: the cautious reading for an Alipay outage (the money is
 *   locked with the platform), as the engine's `bank_first` payment order is;
 * - Huabei pays none of the purchases until the owner says so (0 %);
 * - a bank loan: 12 months 等额本息, nothing repaid yet, due on the 20th (banks settle on the 20th).
 */
export const DEFAULT_ANSWERS: GuidedAnswers = {
  cash: { bank: '', alipay: '', yuebao: '' },
  sales: { amount: '', per: 'day', landsIn: 'alipay', season: 'none' },
  fixed: { rent: '', rentDay: '1', wages: '', wagesDay: '15' },
  purchases: { amount: '', day: '1', huabeiPercent: 0 },
  huabei: { limit: '', drawn: '' },
  jiebei: { limit: '', dailyRatePercent: '', drawn: '' },
  bankLoan: {
    amount: '',
    annualRatePercent: '',
    termMonths: '12',
    repayment: 'equal_instalment',
    paidInstalments: '0',
    dueDay: '20',
  },
};

/** The field a problem is about, as "group.field" (e.g. "jiebei.dailyRatePercent"). */
export type GuidedField = {
  [G in keyof GuidedAnswers]: `${G}.${Extract<keyof GuidedAnswers[G], string>}`;
}[keyof GuidedAnswers];

export type GuidedProblemCode =
  /** Not an amount (the field's hint lists what is read: 3万, 1.5万, ¥30,000, 30,000). */
  | 'not_amount'
  /** A day of the month must be a whole number 1–31. */
  | 'not_day'
  /** A rate is a number of percent, ≥ 0. */
  | 'not_rate'
  /** A whole number of months or instalments out of range. */
  | 'not_count'
  /** A credit line was given without what it needs (a limit needs its rate, and back). */
  | 'required'
  /** More drawn than the limit. */
  | 'over_limit';

export type GuidedProblem = { field: GuidedField; code: GuidedProblemCode };

export type GuidedResult = { ok: true; file: PlanFile } | { ok: false; problems: GuidedProblem[] };

/** Default daily sales when sales are given per month: the month spread over a year's days. */
export function dailyFromMonthly(monthly: number): number {
  return Math.round(((monthly * 12) / 365) * 100) / 100;
}

/** The seasonal percentages each calendar applies to sales (shown beside the choice). */
export const SEASON_EVENTS_OF: Record<
  Exclude<SeasonChoice, 'none'>,
  { event: 'spring_festival' | 'shopping_618' | 'double_11' | 'double_12'; percent: number }[]
> = {
  restaurant: [{ event: 'spring_festival', percent: 0 }],
  online_shop: [
    { event: 'shopping_618', percent: 200 },
    { event: 'double_11', percent: 250 },
    { event: 'double_12', percent: 150 },
  ],
};

const HUABEI_PLAN_MONTHS = 12;

/**
 * Reads the answers; collects every problem rather than stopping at the first. Days, counts and
 * rates are read like amounts (`readAmountText`, as the plan editor's number fields are), so a
 * "５" from a Chinese input method is 5 in both.
 */
class Reader {
  problems: GuidedProblem[] = [];

  amount(field: GuidedField, text: string): number {
    if (text.trim() === '') return 0;
    const v = readAmountText(text);
    if (v === null || v < 0) {
      this.problems.push({ field, code: 'not_amount' });
      return 0;
    }
    return Math.round(v * 100) / 100;
  }

  whole(field: GuidedField, text: string, min: number, max: number, code: GuidedProblemCode) {
    const v = readAmountText(text);
    if (v === null || !Number.isInteger(v) || v < min || v > max) {
      this.problems.push({ field, code });
      return min;
    }
    return v;
  }

  rate(field: GuidedField, text: string): number | null {
    if (text.trim() === '') return null;
    const v = readAmountText(text.trim().replace(/[%％]$/, ''));
    if (v === null || v < 0 || v > 100) {
      this.problems.push({ field, code: 'not_rate' });
      return null;
    }
    return v;
  }

  need(field: GuidedField): void {
    this.problems.push({ field, code: 'required' });
  }
}

/** The next date on `dayOfMonth` strictly after `today` (clamped to shorter months). */
export function nextDayOfMonth(today: IsoDate, dayOfMonth: number): IsoDate {
  const t = epochDay(today);
  const thisMonth = addMonths(t, 0, dayOfMonth);
  return isoFromEpochDay(thisMonth > t ? thisMonth : addMonths(t, 1, dayOfMonth));
}

type Source = PlanFile['fundingSources'][number];

function bankLoanSource(a: GuidedAnswers['bankLoan'], r: Reader, today: IsoDate): Source | null {
  const amount = r.amount('bankLoan.amount', a.amount);
  const rate = r.rate('bankLoan.annualRatePercent', a.annualRatePercent);
  if (amount === 0) {
    if (rate !== null) r.need('bankLoan.amount');
    return null;
  }
  if (rate === null) {
    if (a.annualRatePercent.trim() === '') r.need('bankLoan.annualRatePercent');
    return null;
  }
  const term = r.whole('bankLoan.termMonths', a.termMonths, 1, 360, 'not_count');
  const paid = r.whole('bankLoan.paidInstalments', a.paidInstalments, 0, term - 1, 'not_count');
  const dueDay = r.whole('bankLoan.dueDay', a.dueDay, 1, 31, 'not_day');
  // What is still owed after the instalments already paid, on the loan's own schedule.
  const schedule = amortizationSchedule(
    Math.round(amount * 100),
    rate / 100 / 12,
    term,
    a.repayment,
  );
  const repaidFen = schedule.slice(0, paid).reduce((sum, row) => sum + row.principal, 0);
  const owed = (Math.round(amount * 100) - repaidFen) / 100;
  return {
    kind: 'bank_loan',
    id: 'bank-loan',
    name: '',
    platformGroup: 'bank',
    // A term loan cannot be drawn again: its limit is what is owed, so it adds no headroom.
    limit: owed,
    price: { type: 'annual', ratePercent: rate },
    repayment: a.repayment,
    termMonths: term,
    leadTimeDays: 0,
    outstanding: [
      {
        principal: owed,
        nextDueDate: nextDayOfMonth(today, dueDay),
        remainingInstalments: term - paid,
      },
    ],
  };
}

function jiebeiSource(a: GuidedAnswers['jiebei'], r: Reader, today: IsoDate): Source | null {
  const limit = r.amount('jiebei.limit', a.limit);
  const rate = r.rate('jiebei.dailyRatePercent', a.dailyRatePercent);
  const drawn = r.amount('jiebei.drawn', a.drawn);
  if (limit === 0) {
    if (rate !== null || drawn > 0) r.need('jiebei.limit');
    return null;
  }
  if (rate === null) {
    if (a.dailyRatePercent.trim() === '') r.need('jiebei.dailyRatePercent');
    return null;
  }
  if (drawn > limit) r.problems.push({ field: 'jiebei.drawn', code: 'over_limit' });
  return {
    kind: 'jiebei',
    id: 'jiebei',
    name: '',
    platformGroup: 'ant',
    limit,
    price: { type: 'daily', ratePercent: rate },
    // Jiebei's usual loan: 12 monthly instalments, repaid from a month after the draw.
    repayment: 'equal_instalment',
    termMonths: 12,
    leadTimeDays: 0,
    outstanding:
      drawn > 0
        ? [
            {
              principal: drawn,
              nextDueDate: isoFromEpochDay(addMonths(epochDay(today), 1)),
              remainingInstalments: 12,
            },
          ]
        : [],
  };
}

function huabeiSource(
  a: GuidedAnswers['huabei'],
  sharePercent: number,
  r: Reader,
  today: IsoDate,
): Source | null {
  const limit = r.amount('huabei.limit', a.limit);
  const drawn = r.amount('huabei.drawn', a.drawn);
  if (limit === 0) {
    // Purchases paid with Huabei need a Huabei line to pay them from.
    if (sharePercent > 0 || drawn > 0) r.need('huabei.limit');
    return null;
  }
  if (drawn > limit) r.problems.push({ field: 'huabei.drawn', code: 'over_limit' });
  return {
    kind: 'huabei',
    id: 'huabei',
    name: '',
    platformGroup: 'ant',
    limit,
    // Bills paid in full (interest-free); the price is Huabei's published 12-month fee, used
    // only if the owner later converts bills to instalments in the editor.
    price: {
      type: 'instalment_fee',
      totalFeePercent: Math.round(HUABEI_INSTALMENT_FEES[HUABEI_PLAN_MONTHS]! * 1e6) / 1e4,
      months: HUABEI_PLAN_MONTHS,
    },
    repayment: 'equal_instalment',
    termMonths: 1,
    leadTimeDays: 0,
    statementDay: 1,
    dueDay: 10,
    billInstalments: 0,
    outstanding:
      drawn > 0
        ? [{ principal: drawn, nextDueDate: nextDayOfMonth(today, 10), remainingInstalments: 1 }]
        : [],
  };
}

type Flow = PlanFile['cashFlows'][number];

function monthly(id: string, amount: number, day: number, extra: Partial<Flow> = {}): Flow | null {
  if (amount === 0) return null;
  return {
    id,
    name: '',
    direction: 'outflow',
    amount,
    frequency: { type: 'monthly', dayOfMonth: day },
    ...extra,
  };
}

/**
 * The plan file for the guided answers, starting `today`, or every problem found.
 * Names are left for the UI to fill in the owner's language (`namePlan`).
 * @example buildGuidedPlan({ ...DEFAULT_ANSWERS, cash: { bank: '3万', alipay: '', yuebao: '' } }, '2026-12-06')
 */
export function buildGuidedPlan(answers: GuidedAnswers, today: IsoDate): GuidedResult {
  const r = new Reader();
  const cash = answers.cash;
  const bank = r.amount('cash.bank', cash.bank);
  const alipay = r.amount('cash.alipay', cash.alipay);
  const yuebao = r.amount('cash.yuebao', cash.yuebao);

  const s = answers.sales;
  const salesAmount = r.amount('sales.amount', s.amount);
  const daily = s.per === 'month' ? dailyFromMonthly(salesAmount) : salesAmount;
  const f = answers.fixed;
  const rent = r.amount('fixed.rent', f.rent);
  const rentDay = r.whole('fixed.rentDay', f.rentDay, 1, 31, 'not_day');
  const wages = r.amount('fixed.wages', f.wages);
  const wagesDay = r.whole('fixed.wagesDay', f.wagesDay, 1, 31, 'not_day');
  const p = answers.purchases;
  const purchases = r.amount('purchases.amount', p.amount);
  const purchaseDay = r.whole('purchases.day', p.day, 1, 31, 'not_day');
  const share = Math.min(100, Math.max(0, Math.round(p.huabeiPercent)));

  const sources = [
    huabeiSource(answers.huabei, purchases > 0 ? share : 0, r, today),
    jiebeiSource(answers.jiebei, r, today),
    bankLoanSource(answers.bankLoan, r, today),
  ].filter((x): x is Source => x !== null);

  if (r.problems.length > 0) return { ok: false, problems: r.problems };

  const landing = { alipay: 'ant', wechat: 'tencent', bank: undefined } as const;
  const group = landing[s.landsIn];
  const flows: (Flow | null)[] = [
    daily > 0
      ? {
          id: 'sales',
          name: '',
          direction: 'inflow',
          amount: daily,
          frequency: { type: 'daily' },
          ...(group ? { platformGroup: group } : {}),
          ...(s.season === 'none' ? {} : { seasonality: { events: SEASON_EVENTS_OF[s.season] } }),
        }
      : null,
    monthly('rent', rent, rentDay, { category: 'rent' }),
    monthly('wages', wages, wagesDay),
    monthly('purchases', purchases, purchaseDay, {
      category: 'supplier',
      ...(share > 0 ? { huabeiSharePercent: share } : {}),
    }),
  ];

  const accounts: PlanFile['cashAccounts'] = [
    { id: 'bank', name: '', kind: 'bank', platformGroup: 'bank', balance: bank },
  ];
  if (alipay > 0)
    accounts.push({
      id: 'alipay',
      name: '',
      kind: 'alipay',
      platformGroup: 'ant',
      balance: alipay,
    });
  if (yuebao > 0)
    accounts.push({
      id: 'yuebao',
      name: '',
      kind: 'yuebao',
      platformGroup: 'ant',
      balance: yuebao,
    });

  return {
    ok: true,
    file: {
      formatVersion: CURRENT_FORMAT_VERSION,
      business: {
        name: '',
        currency: 'CNY',
        startDate: today,
        // A year, so the seasons (Spring Festival, 618, 双11) and a 12-month loan all fall inside.
        horizonDays: 365,
        minCashBuffer: 0,
      },
      cashAccounts: accounts,
      cashFlows: flows.filter((x): x is Flow => x !== null),
      fundingSources: sources,
      scenarios: [],
    },
  };
}

/** The names a guided plan shows, in the owner's language, filled into a built file. */
export type GuidedNames = {
  business: string;
  accounts: Record<'bank' | 'alipay' | 'yuebao', string>;
  flows: Record<'sales' | 'rent' | 'wages' | 'purchases', string>;
  sources: Record<'huabei' | 'jiebei' | 'bank-loan', string>;
};

export function namePlan(file: PlanFile, names: GuidedNames): PlanFile {
  const pick = (table: Record<string, string>, id: string, fallback: string) =>
    table[id] ?? fallback;
  return {
    ...file,
    business: { ...file.business, name: names.business },
    cashAccounts: file.cashAccounts.map((a) => ({
      ...a,
      name: pick(names.accounts, a.id, a.name),
    })),
    cashFlows: file.cashFlows.map((c) => ({ ...c, name: pick(names.flows, c.id, c.name) })),
    fundingSources: file.fundingSources.map((s) => ({
      ...s,
      name: pick(names.sources, s.id, s.name),
    })),
  };
}
