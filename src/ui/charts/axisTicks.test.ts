import { describe, expect, it } from 'vitest';
import { edgeAnchor, moneyAxisFormat, niceTicks } from './axisTicks';

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 × 10^k from below the low end to above the high one, never −0', () => {
    expect(niceTicks(-1200, 9800)).toEqual([-5000, 0, 5000, 10000]);
    expect(niceTicks(-1200, 9800, 10)).toEqual([-2000, 0, 2000, 4000, 6000, 8000, 10000]);
    expect(niceTicks(-0.3, 0.7, 5)).toEqual([-0.4, -0.2, 0, 0.2, 0.4, 0.6, 0.8]);
    for (const t of niceTicks(-30, 70)) expect(Object.is(t, -0)).toBe(false);
  });
});

describe('moneyAxisFormat', () => {
  it('shows zero as ¥0, never -¥0, whatever the float dust', () => {
    const f = moneyAxisFormat([-20000, 0, 20000], 'en');
    expect([f(-0), f(-1e-9), f(0)]).toEqual(['¥0', '¥0', '¥0']);
    expect(f(-20000)).toBe('-¥20K');
  });

  it('uses one unit per axis: no "¥6" beside "¥12K" on an axis of thousands', () => {
    const ticks = niceTicks(0, 12801, 7);
    expect(ticks.map(moneyAxisFormat(ticks, 'en'))).toEqual([
      '¥0',
      '¥2K',
      '¥4K',
      '¥6K',
      '¥8K',
      '¥10K',
      '¥12K',
      '¥14K',
    ]);
    expect(ticks.map(moneyAxisFormat(ticks, 'zh-CN'))).toEqual([
      '¥0',
      '¥0.2万',
      '¥0.4万',
      '¥0.6万',
      '¥0.8万',
      '¥1万',
      '¥1.2万',
      '¥1.4万',
    ]);
  });

  it('keeps small axes in whole yuan and large ones in millions', () => {
    expect(niceTicks(0, 90).map(moneyAxisFormat(niceTicks(0, 90), 'en'))).toEqual([
      '¥0',
      '¥20',
      '¥40',
      '¥60',
      '¥80',
      '¥100',
    ]);
    const big = [0, 1_500_000, 3_000_000];
    expect(big.map(moneyAxisFormat(big, 'en'))).toEqual(['¥0', '¥1.5M', '¥3M']);
    expect(big.map(moneyAxisFormat(big, 'zh-CN'))).toEqual(['¥0', '¥150万', '¥300万']);
  });
});

describe('edgeAnchor', () => {
  it('keeps a centred label centred unless half of it would cross an edge', () => {
    expect(edgeAnchor(180, 360, 64)).toBe('middle');
    expect(edgeAnchor(340, 360, 64)).toBe('end');
    expect(edgeAnchor(20, 360, 64)).toBe('start');
    expect(edgeAnchor(32, 360, 64)).toBe('middle');
    expect(edgeAnchor(328, 360, 64)).toBe('middle');
  });
});
