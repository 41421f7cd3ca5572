import { describe, expect, it } from 'vitest';
import { costText, timingText } from './adviceText';

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

describe('timingText', () => {
  it('says cash on a platform that is down can only be moved beforehand (not "takes 365 days")', () => {
    const late = {
      category: 'reserve' as const,
      leadTimeDays: 0,
      latestStartDate: null,
      readyDate: null,
      tooLate: true,
      startDate: '2026-03-01',
      lockedFromDate: '2026-03-01',
    };
    expect(timingText(late, 'zh-CN', '2026-03-03')).toBe(
      '须在支付宝停用前办理：本次中断自2026年3月1日起锁定余额，已来不及；平时就应转出，以备下次',
    );
    expect(timingText(late, 'en', '2026-03-03')).toMatch(/^Only possible before Alipay goes down/);
  });
});
