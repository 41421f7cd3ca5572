import { describe, expect, it } from 'vitest';
import { formatMoneyCompact, formatMoneyWan } from './format';

describe('formatMoneyCompact (chart axes)', () => {
  it('shows whole yuan below a thousand and one decimal on the compact units', () => {
    expect(formatMoneyCompact(287.93, 'en')).toBe('¥288');
    expect(formatMoneyCompact(-287.93, 'en')).toBe('-¥288');
    expect(formatMoneyCompact(28_600, 'en')).toBe('¥28.6K');
    expect(formatMoneyCompact(48_000, 'zh-CN')).toBe('¥4.8万');
    // Chinese compact notation groups by 万, so a four-digit figure stays ungrouped.
    expect(formatMoneyCompact(999.6, 'zh-CN')).toBe('¥1000');
  });
});

describe('formatMoneyWan', () => {
  it('shows large Chinese figures in 万 and 亿, small ones and English as usual', () => {
    expect(formatMoneyWan(123_500, 'zh-CN')).toBe('¥12.35万');
    expect(formatMoneyWan(300_000, 'zh-CN')).toBe('¥30万');
    expect(formatMoneyWan(-1_500_000, 'zh-CN')).toBe('-¥150万');
    expect(formatMoneyWan(250_000, 'zh-CN', { signed: true })).toBe('+¥25万');
    expect(formatMoneyWan(120_000_000, 'zh-CN')).toBe('¥1.2亿');
    expect(formatMoneyWan(99_999, 'zh-CN')).toBe('¥99,999');
    expect(formatMoneyWan(123_500, 'en')).toBe('¥123,500');
  });
});
