import type { ActionKind } from '../../engine/adviceActions';
import type { Lang } from '../lang';

/**
 * The advisor's action names and the cash chart's "with this change" overlay. Apart from the
 * advice panel's texts because the cash chart is on the first screen: only these ship with it.
 */
export type WhatIfMessages = {
  /** Short names of the actions, for lists and the chart. */
  actionName: Record<ActionKind, string>;
  line: string;
  summary: (p: {
    action: string;
    closes: boolean;
    lowest: string;
    date: string;
    gap: string;
    days: string;
  }) => string;
};

const en: WhatIfMessages = {
  actionName: {
    raise_reserve: 'Raise the cash reserve',
    bank_loan: 'Bank working-capital loan',
    bank_credit_line: 'Bank revolving credit line',
    guaranteed_loan: 'Government-guaranteed loan',
    factoring: 'Receivables factoring',
    credit_card: 'Credit card as a short bridge',
    non_ant_online_lender: 'Online lender outside Ant (WeBank)',
    move_off_huabei: 'Pay suppliers without Huabei',
    stagger_jiebei: 'Stagger Jiebei repayments',
    reduce_alipay_cash: 'Keep less cash in Alipay',
  },
  line: 'With this change',
  summary: ({ action, closes, lowest, date, gap, days }) =>
    closes
      ? ` With this change (${action}), reachable cash never falls below the buffer; its lowest point is ${lowest} on ${date}.`
      : ` With this change (${action}), the gap shrinks to ${gap}, short on ${days}; the lowest point is ${lowest} on ${date}.`,
};

const zh: WhatIfMessages = {
  actionName: {
    raise_reserve: '增加现金储备',
    bank_loan: '银行流动资金贷款',
    bank_credit_line: '银行循环授信',
    guaranteed_loan: '政府性融资担保贷款',
    factoring: '应收账款保理',
    credit_card: '信用卡短期过桥',
    non_ant_online_lender: '蚂蚁以外的线上贷款（微众银行）',
    move_off_huabei: '供应商货款不再用花呗支付',
    stagger_jiebei: '错开借呗还款日',
    reduce_alipay_cash: '减少支付宝内留存资金',
  },
  line: '采取此措施后',
  summary: ({ action, closes, lowest, date, gap, days }) =>
    closes
      ? `采取此措施（${action}）后，可动用现金始终不低于储备线，最低为${lowest}（${date}）。`
      : `采取此措施（${action}）后，缺口缩小至${gap}，共${days}低于储备线，最低为${lowest}（${date}）。`,
};

export const WHAT_IF: Record<Lang, WhatIfMessages> = { en, 'zh-CN': zh };
