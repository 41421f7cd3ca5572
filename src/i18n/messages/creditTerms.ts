import type { AssumedTerm } from '../../engine/assumedTerms';
import type { PaymentOrder, PlatformGroup } from '../../engine/model';
import { formatPercent } from '../format';
import type { Lang } from '../lang';
import { DOMAIN } from './domain';

/**
 * Who pays first and the terms the engine assumes, in words: shared by the editor, the report's
 * assumptions page and the CLI, so all three say the same thing.
 */
/** `label`: the payment order or platform already in words. */
type Describe = (t: AssumedTerm, fmt: { percent: (x: number) => string; label: string }) => string;

const en = {
  paymentOrder: {
    label: 'Which account pays your suppliers and bills first?',
    option: {
      bank_first: 'Bank account first, Alipay last (cautious)',
      platforms_first: 'Alipay balance first, bank last',
    } satisfies Record<PaymentOrder, string>,
    short: {
      bank_first: 'bank first, Alipay last',
      platforms_first: 'Alipay first, bank last',
    } satisfies Record<PaymentOrder, string>,
    why: 'When Alipay goes down, the money still on it is locked. Paying from the bank first keeps as much there as possible, so the projection shows the most that an outage can lock: the cautious default. If your suppliers are really paid from your Alipay balance, choose “Alipay first”.',
    defaultNote: '(FundGap’s default)',
  },
  payer: {
    label: 'Paid from (optional)',
    hint: 'The account that pays this first; what it lacks comes from the plan’s order.',
    planOrder: 'The plan’s order',
  },
  planMonths: {
    label: 'Instalment plan (分期)',
    bill: 'A bill, or not known',
    months: (n: number) => `${n}-month plan`,
    hint: 'Sets the fee: Huabei charges the fee of the plan’s term. Not known: one instalment left is a bill repaid in full, more are read as the shortest plan that has that many.',
  },
  term: {
    paymentOrder: (_, f) => `Payments come out ${f.label}.`,
    outflowPayer: (_, f) => `Paid from ${f.label} first.`,
    penaltyMultiplier: (t) =>
      `Overdue interest ${String(t.value)} × the contract rate (not published; an assumption).`,
    huabeiOverdueRate: (t, f) =>
      `Huabei overdue interest ${f.percent(Number(t.value) * 100)} a day on what is late.`,
    interestDay: (t) => `Revolving interest settles on day ${String(t.value)} of each month.`,
    huabeiPlanMonths: (t) =>
      `Read as a ${String(t.value)}-month instalment plan (the shortest with that many instalments left).`,
    huabeiInstalmentFee: (t, f) =>
      `Huabei’s published fee for that term: ${f.percent(Number(t.value) * 100)} in all.`,
  } satisfies Record<AssumedTerm['term'], Describe>,
  penaltyDays:
    'Penalty interest runs for every day a repayment is late: from the due day to the day before it is paid (blocked 10 days = 10 days).',
  report: {
    title: 'Who pays first, and the terms the projection assumes',
    order: (order: string, note: string) => `Who pays first: ${order} (${note}).`,
    defaultChoice: 'FundGap’s default',
    planChoice: 'chosen in the plan',
    col: { item: 'Applies to', term: 'Term', basis: 'Grade, source' },
    business: 'The business',
  },
};

export type CreditTermsMessages = typeof en;

const zh: CreditTermsMessages = {
  paymentOrder: {
    label: '向供应商付款、支付各项费用时，先从哪个账户扣款？',
    option: {
      bank_first: '先用银行账户，最后用支付宝（审慎）',
      platforms_first: '先用支付宝余额，最后用银行账户',
    },
    short: {
      bank_first: '先银行、后支付宝',
      platforms_first: '先支付宝、后银行',
    },
    why: '支付宝中断时，留在支付宝里的资金会被冻结。先从银行账户付款，资金尽量留在支付宝，测算结果即显示中断可能冻结的最大金额，这是审慎的默认设定。如果您实际用支付宝余额支付供应商货款，请选择“先用支付宝”。',
    defaultNote: '（FundGap 默认）',
  },
  payer: {
    label: '付款账户（选填）',
    hint: '优先从该账户支付；不足部分按方案的扣款顺序支付。',
    planOrder: '按方案的扣款顺序',
  },
  planMonths: {
    label: '分期方式',
    bill: '账单，或不清楚',
    months: (n) => `分 ${n} 期`,
    hint: '决定手续费：花呗按分期期数收取手续费。不清楚时：剩余 1 期按账单全额还款计，多于 1 期按能容纳剩余期数的最短分期计。',
  },
  term: {
    paymentOrder: (_, f) => `付款顺序：${f.label}。`,
    outflowPayer: (_, f) => `优先从${f.label}支付。`,
    penaltyMultiplier: (t) => `逾期利息按合同利率的 ${String(t.value)} 倍计（未公布，属假设）。`,
    huabeiOverdueRate: (t, f) => `花呗逾期部分按日 ${f.percent(Number(t.value) * 100)} 计息。`,
    interestDay: (t) => `循环额度每月 ${String(t.value)} 日结息。`,
    huabeiPlanMonths: (t) => `按 ${String(t.value)} 期分期计（剩余期数对应的最短期限）。`,
    huabeiInstalmentFee: (t, f) =>
      `按花呗公布的该期数手续费计：合计 ${f.percent(Number(t.value) * 100)}。`,
  },
  penaltyDays:
    '逾期利息按实际逾期天数计：自应还日起至实际还款日前一日（还款受阻 10 天即计 10 天）。',
  report: {
    title: '扣款顺序及测算采用的条款',
    order: (order, note) => `扣款顺序：${order}（${note}）。`,
    defaultChoice: 'FundGap 默认',
    planChoice: '方案设定',
    col: { item: '适用对象', term: '条款', basis: '评级、来源' },
    business: '本企业',
  },
};

export const CREDIT_TERMS: Record<Lang, CreditTermsMessages> = { en, 'zh-CN': zh };

/**
 * One assumed term as a sentence in the reader's language.
 * @example describeAssumedTerm({ term: 'paymentOrder', value: 'bank_first', … }, 'en') // 'Payments come out bank first, Alipay last.'
 */
export function describeAssumedTerm(t: AssumedTerm, lang: Lang): string {
  const m = CREDIT_TERMS[lang];
  const label =
    t.term === 'paymentOrder'
      ? m.paymentOrder.short[t.value as PaymentOrder]
      : t.term === 'outflowPayer'
        ? DOMAIN[lang].platformGroup[t.value as PlatformGroup]
        : '';
  return m.term[t.term](t, { percent: (x) => formatPercent(x, lang, 2), label });
}
