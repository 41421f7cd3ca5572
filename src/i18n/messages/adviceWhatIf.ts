import type { ActionKind } from '../../engine/advice';
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
    cut_owner_draw: "Cut the owner's draw",
    defer_purchases: 'Put off purchases that can wait',
    supplier_terms: 'Longer supplier terms',
    customer_deposits: 'Deposits from business customers',
    defer_rent: 'Rent deferral',
    raise_reserve: "Owner's injection as a reserve",
    reserve_from_profit: "Reserve kept from the owner's draw",
    reduce_alipay_cash: 'Move Alipay cash to the bank',
    tax_loan: 'Tax-data loan (银税互动)',
    inclusive_credit_loan: 'Inclusive small-business credit loan',
    bank_credit_line: 'Bank revolving credit line',
    bank_loan: 'Bank working-capital loan',
    guaranteed_loan: 'Government-guaranteed loan',
    startup_guarantee_loan: 'Start-up guarantee loan',
    loan_renewal: 'Renewal without repaying principal',
    factoring: 'Receivables factoring',
    order_financing: 'Order financing',
    inventory_financing: 'Inventory financing',
    non_ant_online_lender: 'WeBank business line (outside Ant)',
    move_off_huabei: 'Pay suppliers without Huabei',
    credit_card: 'Credit-card cash advance',
  },
  line: 'With this change',
  summary: ({ action, closes, lowest, date, gap, days }) =>
    closes
      ? ` With this change (${action}), reachable cash never falls below the buffer; its lowest point is ${lowest} on ${date}.`
      : ` With this change (${action}), the gap shrinks to ${gap}, short on ${days}; the lowest point is ${lowest} on ${date}.`,
};

const zh: WhatIfMessages = {
  actionName: {
    cut_owner_draw: '压降店主支取',
    defer_purchases: '推迟可缓的采购',
    supplier_terms: '延长供应商账期',
    customer_deposits: '向企业客户预收货款',
    defer_rent: '租金缓交',
    raise_reserve: '店主注资作储备金',
    reserve_from_profit: '留存利润建储备金',
    reduce_alipay_cash: '支付宝资金转入银行',
    tax_loan: '税贷（银税互动）',
    inclusive_credit_loan: '普惠小微信用贷款',
    bank_credit_line: '银行循环授信',
    bank_loan: '银行流动资金贷款',
    guaranteed_loan: '政府性融资担保贷款',
    startup_guarantee_loan: '创业担保贷款',
    loan_renewal: '无还本续贷',
    factoring: '应收账款保理',
    order_financing: '订单融资',
    inventory_financing: '存货质押融资',
    non_ant_online_lender: '微众银行微业贷（蚂蚁以外）',
    move_off_huabei: '货款不再用花呗支付',
    credit_card: '信用卡取现',
  },
  line: '采取此措施后',
  summary: ({ action, closes, lowest, date, gap, days }) =>
    closes
      ? `采取此措施（${action}）后，可动用现金始终不低于储备线，最低为${lowest}（${date}）。`
      : `采取此措施（${action}）后，缺口缩小至${gap}，共${days}低于储备线，最低为${lowest}（${date}）。`,
};

export const WHAT_IF: Record<Lang, WhatIfMessages> = { en, 'zh-CN': zh };
