import { describe, expect, it } from 'vitest';
import { textOfNumberValue, valueOfNumberText } from './numberText';

/** How a number box stores what is typed; how the text is read is readAmountText's (io). */
describe('valueOfNumberText', () => {
  it('stores what readAmountText reads as a number, half typed and 万 included', () => {
    expect(valueOfNumberText('12.')).toBe(12);
    expect(valueOfNumberText(' 1,200.5 ')).toBe(1200.5);
    expect(valueOfNumberText('3万')).toBe(30000);
    expect(valueOfNumberText('１，２００．５')).toBe(1200.5);
  });
  it('keeps anything else as typed, for the schema to refuse, and empties as undefined', () => {
    for (const typed of ['12abc', '-', 'Infinity', '0x10', '1e3', '.', '+', '1.2.3'])
      expect(valueOfNumberText(typed)).toBe(typed);
    expect(valueOfNumberText('')).toBeUndefined();
    expect(valueOfNumberText('   ')).toBeUndefined();
    expect(valueOfNumberText('　')).toBeUndefined();
  });
  it('reads a trailing % as the unit of a percent box only', () => {
    expect(valueOfNumberText('0.04%', { percent: true })).toBe(0.04);
    expect(valueOfNumberText(' ０．０４％ ', { percent: true })).toBe(0.04);
    expect(valueOfNumberText('12', { percent: true })).toBe(12);
    expect(valueOfNumberText('%', { percent: true })).toBe('%');
    expect(valueOfNumberText('0.04%')).toBe('0.04%');
    expect(valueOfNumberText('5%%', { percent: true })).toBe('5%%');
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
