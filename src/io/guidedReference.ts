import { DEFAULT_ANSWERS, type GuidedAnswers } from './guidedAnswers';

/**
 * The reference business of issue 13 as an owner types it into the guided start (docs/guided-start.md):
 * bank cash ¥30,000; daily sales ¥4,000 landing in Alipay; rent ¥15,000 on the 5th; purchases
 * ¥60,000 a month, all with Huabei (limit ¥80,000); Jiebei ¥100,000 at 0.04 %/day, nothing drawn;
 * a bank loan of ¥200,000 at 4.2 %, 12 months, equal instalments, drawn last month.
 * Only the fields that differ from `DEFAULT_ANSWERS` are typed: 11 of them.
 */
export const REFERENCE_ANSWERS: GuidedAnswers = {
  ...DEFAULT_ANSWERS,
  cash: { ...DEFAULT_ANSWERS.cash, bank: '3万' },
  sales: { ...DEFAULT_ANSWERS.sales, amount: '4000' },
  fixed: { ...DEFAULT_ANSWERS.fixed, rent: '1.5万', rentDay: '5' },
  purchases: { ...DEFAULT_ANSWERS.purchases, amount: '6万', huabeiPercent: 100 },
  huabei: { ...DEFAULT_ANSWERS.huabei, limit: '8万' },
  jiebei: { ...DEFAULT_ANSWERS.jiebei, limit: '10万', dailyRatePercent: '0.04' },
  bankLoan: { ...DEFAULT_ANSWERS.bankLoan, amount: '20万', annualRatePercent: '4.2' },
};
