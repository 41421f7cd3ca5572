import { describe, expect, it } from 'vitest';
import { readAmountText } from './amountText';

describe('readAmountText', () => {
  it('reads 万, 亿, 千 and k as owners write them, exactly', () => {
    expect(readAmountText('3万')).toBe(30000);
    expect(readAmountText('1.5万')).toBe(15000);
    expect(readAmountText('1.23456万')).toBe(12345.6);
    expect(readAmountText('2.4亿')).toBe(240_000_000);
    expect(readAmountText('8千')).toBe(8000);
    expect(readAmountText('30k')).toBe(30000);
    expect(readAmountText('3W')).toBe(30000);
    expect(readAmountText('3 万元')).toBe(30000);
  });
  it('reads ¥ and thousands separators', () => {
    expect(readAmountText('¥30,000')).toBe(30000);
    expect(readAmountText('￥30,000.50')).toBe(30000.5);
    expect(readAmountText('30,000')).toBe(30000);
    expect(readAmountText('30000元')).toBe(30000);
    expect(readAmountText('-1.5万')).toBe(-15000);
  });
  it('reads what a Chinese input method types, and a number half typed', () => {
    expect(readAmountText('１２３')).toBe(123);
    expect(readAmountText('３万')).toBe(30000);
    expect(readAmountText('１，２００．５')).toBe(1200.5);
    expect(readAmountText('－５')).toBe(-5);
    expect(readAmountText('　２１　')).toBe(21);
    expect(readAmountText('12.')).toBe(12);
    expect(readAmountText('.5')).toBe(0.5);
  });
  it('refuses what is not an amount', () => {
    for (const bad of [
      '',
      '万',
      '3万万',
      'abc',
      '1.2.3',
      '3%',
      '1e5',
      '¥',
      '.',
      '0x10',
      'Infinity',
    ])
      expect(readAmountText(bad), bad).toBeNull();
  });
});
