import type { FlowRole } from './transactions';

/**
 * What a recurring outflow is, from the words on the statement (counterparty, description,
 * the platform's category). Checked in this order; the first match wins.
 */
const OUTFLOW_WORDS: [FlowRole, RegExp][] = [
  ['rent', /房租|租金|房费|物业|商铺|门面|铺面|租赁|rent|lease|landlord/i],
  ['payroll', /工资|薪资|薪酬|薪水|代发|奖金|劳务费|员工|wage|salary|payroll/i],
  [
    'supplier',
    /货款|采购|进货|批发|供应|供货|原料|原材料|食材|面粉|蔬菜|粮油|肉|包装|物流|快递|1688|supplier|wholesale|purchase|inventory/i,
  ],
];

/** Alipay's own categories that settle the question when the words do not. */
const CATEGORY_ROLES: [FlowRole, RegExp][] = [['rent', /住房物业/]];

export function outflowRole(texts: readonly string[], categories: readonly string[]): FlowRole {
  const text = texts.join(' ');
  for (const [role, words] of OUTFLOW_WORDS) if (words.test(text)) return role;
  const category = categories.join(' ');
  for (const [role, words] of CATEGORY_ROLES) if (words.test(category)) return role;
  return 'regular_payment';
}
