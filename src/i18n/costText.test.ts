import { describe, expect, it } from 'vitest';
import { costText } from './adviceText';

describe('costText', () => {
  const line = {
    costStructure: 'drawn_interest' as const,
    annualRate: 12.78,
    costPerYear: 1190,
    cost: { ifUnusedPerYear: 0 },
    feeRate: 0,
    amount: 30_000,
    tooLate: false,
  };

  it('says a line repaid in instalments is one, not "随借随还" (the owner walk: 微业贷 read as repay-any-time)', () => {
    const webank = { ...line, instalmentMonths: 12 } as Parameters<typeof costText>[0];
    const zh = costText(webank, 'zh-CN');
    expect(zh).not.toContain('随借随还');
    expect(zh).toContain('每笔借款分12期按月等额还款');
    expect(zh).toContain('年化12.78%');
    expect(costText(webank, 'en')).toContain('repaid in 12 equal monthly instalments');
    expect(costText({ ...webank, tooLate: true }, 'zh-CN')).toContain('分12期');
  });

  it('keeps "随借随还" for a line without instalments', () => {
    expect(costText(line as Parameters<typeof costText>[0], 'zh-CN')).toMatch(/^随借随还/);
  });
});
