import type { IsoDate } from '../engine/model';
import {
  dailyFromMonthly,
  Reader,
  type GuidedAnswers,
  type GuidedProblem,
  type SeasonChoice,
} from './guidedAnswers';
import { bankLoanSource, huabeiSource, jiebeiSource, type Source } from './guidedCredit';
import { CURRENT_FORMAT_VERSION } from './migrations';
import type { PlanFile } from './planSchema';

/**
 * The guided start's answers (guidedAnswers.ts) turned into a plan file, which then goes through
 * the same schema as any other file. An empty field means "none": nothing the owner did not enter
 * becomes cash or credit.
 */

export type GuidedResult = { ok: true; file: PlanFile } | { ok: false; problems: GuidedProblem[] };

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
