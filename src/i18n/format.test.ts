import { describe, expect, it } from 'vitest';
import { formatMoneyCompact } from './format';

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
