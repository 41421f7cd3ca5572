import { describe, expect, it } from 'vitest';
import {
  finite,
  formatDays,
  formatMoney,
  formatMoneyCompact,
  formatNumber,
  formatPercent,
  NotFiniteError,
} from './format';

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

describe('no NaN or Infinity reaches the screen (issue 17)', () => {
  const bad = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  it('every number formatter refuses them instead of printing "¥NaN", "NaN" or "∞"', () => {
    for (const x of bad) {
      for (const lang of ['en', 'zh-CN'] as const) {
        expect(() => formatMoney(x, lang)).toThrow(NotFiniteError);
        expect(() => formatMoney(x, lang, { signed: true, fen: true })).toThrow(NotFiniteError);
        expect(() => formatMoneyCompact(x, lang)).toThrow(NotFiniteError);
        expect(() => formatNumber(x, lang)).toThrow(NotFiniteError);
        expect(() => formatPercent(x, lang)).toThrow(NotFiniteError);
        expect(() => formatDays(x, lang)).toThrow(NotFiniteError);
      }
    }
    // A value that is not a number at all (a damaged record) is refused the same way.
    expect(() => formatMoney(undefined as unknown as number, 'en')).toThrow(NotFiniteError);
  });

  it('still formats every finite number, zero and the extremes included', () => {
    expect(formatMoney(0, 'en')).toBe('¥0');
    expect(formatMoney(-197_757, 'en')).toBe('-¥197,757');
    expect(formatMoney(10_000_000_000, 'zh-CN')).toBe('¥10,000,000,000');
    expect(formatDays(20, 'en')).toBe('20 days');
    expect(formatPercent(0.04, 'en', 2)).toBe('0.04%');
    expect(finite(Number.MAX_SAFE_INTEGER, 'fen')).toBe(Number.MAX_SAFE_INTEGER);
  });
});
