import { describe, expect, it } from 'vitest';
import {
  finite,
  formatDays,
  formatMoney,
  formatMoneyCompact,
  formatMoneyShown,
  formatMoneyWan,
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

describe('formatMoneyShown', () => {
  it('uses 万 in Chinese when the reader has it on, exact yuan otherwise', () => {
    expect(formatMoneyShown(235_000, 'zh-CN', { wan: true })).toBe('¥23.5万');
    expect(formatMoneyShown(235_000, 'zh-CN', { wan: false })).toBe('¥235,000');
    expect(formatMoneyShown(235_000, 'en', { wan: true })).toBe('¥235,000');
    expect(formatMoneyShown(19_900, 'zh-CN', { wan: true })).toBe('¥19,900');
    expect(formatMoneyShown(125_000, 'zh-CN', { wan: true, signed: true })).toBe('+¥12.5万');
  });
});
