import { describe, expect, it } from 'vitest';
import { textOfNumberValue, valueOfNumberText } from './numberText';

describe('valueOfNumberText', () => {
  it('stores finite numbers as numbers, half-typed ones included', () => {
    expect(valueOfNumberText('12')).toBe(12);
    expect(valueOfNumberText('12.')).toBe(12);
    expect(valueOfNumberText('-5')).toBe(-5);
    expect(valueOfNumberText('0.04')).toBe(0.04);
    expect(valueOfNumberText(' 1,200.5 ')).toBe(1200.5);
  });
  it('reads 万 and ¥ amounts as owners write them', () => {
    expect(valueOfNumberText('3万')).toBe(30000);
    expect(valueOfNumberText('1.5万')).toBe(15000);
    expect(valueOfNumberText('¥30,000')).toBe(30000);
    expect(valueOfNumberText('30,000')).toBe(30000);
  });
  it('keeps anything else as typed and empties as undefined', () => {
    expect(valueOfNumberText('12abc')).toBe('12abc');
    expect(valueOfNumberText('-')).toBe('-');
    expect(valueOfNumberText('Infinity')).toBe('Infinity');
    expect(valueOfNumberText('')).toBeUndefined();
    expect(valueOfNumberText('   ')).toBeUndefined();
  });
});

describe('textOfNumberValue', () => {
  it('shows numbers and kept strings; nothing for missing values', () => {
    expect(textOfNumberValue(150000)).toBe('150000');
    expect(textOfNumberValue('12abc')).toBe('12abc');
    expect(textOfNumberValue(undefined)).toBe('');
    expect(textOfNumberValue(Number.NaN)).toBe('');
  });
});
