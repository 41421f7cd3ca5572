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

describe('valueOfNumberText: what Chinese input methods and Number() would get wrong (issue 17)', () => {
  it('reads full-width digits, point, comma and minus as the number they show', () => {
    expect(valueOfNumberText('１２３')).toBe(123);
    expect(valueOfNumberText('１，２００．５')).toBe(1200.5);
    expect(valueOfNumberText('－５')).toBe(-5);
    expect(valueOfNumberText('　２１　')).toBe(21);
  });
  it('does not read hexadecimal, binary, octal or exponents: 0x10 is not silently 16', () => {
    for (const typed of ['0x10', '0X10', '0b11', '0o17', '1e3', '1E-2', '.', '+', '1.2.3']) {
      expect(valueOfNumberText(typed)).toBe(typed);
    }
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
