import type { FundingSource } from '../src/engine/model';

export function defaultSourceForBench(): FundingSource[] {
  const common = { outstanding: [], leadTimeDays: 0 };
  return [
    { ...common, id: 'hb', name: 'Huabei', kind: 'huabei', platformGroup: 'ant', limit: 5_000_000, price: { type: 'instalment_fee', totalFee: 0.088, months: 12 }, repayment: 'revolving', termMonths: 1, statementDay: 1, dueDay: 10, billInstalments: 0, outstanding: [{ principal: 2_000_000, nextDueDate: '2026-12-10', remainingInstalments: 1 }] },
    { ...common, id: 'jb', name: 'Jiebei', kind: 'jiebei', platformGroup: 'ant', limit: 15_000_000, price: { type: 'daily', rate: 0.0004 }, repayment: 'equal_instalment', termMonths: 12, outstanding: [{ principal: 6_000_000, nextDueDate: '2026-12-15', remainingInstalments: 8 }] },
    { ...common, id: 'mb', name: 'MYbank', kind: 'mybank', platformGroup: 'ant', limit: 10_000_000, price: { type: 'daily', rate: 0.0003 }, repayment: 'equal_instalment', termMonths: 12 },
    { ...common, id: 'wb', name: 'WeBank', kind: 'webank', platformGroup: 'tencent', limit: 8_000_000, price: { type: 'daily', rate: 0.00035 }, repayment: 'equal_instalment', termMonths: 12, leadTimeDays: 3 },
    { ...common, id: 'bl', name: 'Bank loan', kind: 'bank_loan', platformGroup: 'bank', limit: 30_000_000, price: { type: 'annual', rate: 0.042 }, repayment: 'interest_only', termMonths: 12, leadTimeDays: 21, outstanding: [{ principal: 20_000_000, nextDueDate: '2026-12-20', remainingInstalments: 6 }] },
    { ...common, id: 'cl', name: 'Credit line', kind: 'bank_credit_line', platformGroup: 'bank', limit: 5_000_000, price: { type: 'annual', rate: 0.05 }, repayment: 'revolving', termMonths: 12 },
    { ...common, id: 'gl', name: 'Guaranteed', kind: 'guaranteed_loan', platformGroup: 'bank', limit: 5_000_000, price: { type: 'annual', rate: 0.05 }, repayment: 'equal_principal', termMonths: 12, leadTimeDays: 30 },
    { ...common, id: 'fa', name: 'Factoring', kind: 'factoring', platformGroup: 'bank', limit: 4_000_000, price: { type: 'annual', rate: 0.06 }, repayment: 'interest_only', termMonths: 3, leadTimeDays: 10 },
    { ...common, id: 'cc', name: 'Credit card', kind: 'credit_card', platformGroup: 'bank', limit: 2_000_000, price: { type: 'daily', rate: 0.0005 }, repayment: 'revolving', termMonths: 1, drawFeeRate: 0.01, drawFeeMin: 1000 },
    { ...common, id: 'fm', name: 'Family', kind: 'family', platformGroup: 'private', limit: 3_000_000, price: { type: 'annual', rate: 0 }, repayment: 'interest_only', termMonths: 12, leadTimeDays: 3 },
  ];
}
