import { describe, expect, it } from 'vitest';
import { dayTickInterval } from './chartFrame';

describe('dayTickInterval', () => {
  // 13 monthly labels like "Jan 1": 5 Latin characters ≈ 35 px + 18 px gap = 53 px each.
  const monthly = Array.from(
    { length: 13 },
    (_, i) =>
      `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan'][i]} 1`,
  );

  it('shows every other label on a 720 px chart (640 px of plot fits 12 labels)', () => {
    expect(dayTickInterval(monthly, 720)).toBe(1);
  });

  it('shows every third label on a phone (295 px of plot fits 5 labels)', () => {
    expect(dayTickInterval(monthly, 375)).toBe(2);
  });

  it('shows them all when they fit', () => {
    expect(dayTickInterval(monthly.slice(0, 6), 720)).toBe(0);
  });

  it('counts Chinese characters as twice as wide', () => {
    const zh = Array.from({ length: 13 }, (_, i) => `${(i % 12) + 1}月1日`);
    // "12月1日": 3 digits (21 px) + 2 CJK (24 px) + 18 px gap = 63 px; 640 px fits 10.
    expect(dayTickInterval(zh, 720)).toBe(1);
    expect(dayTickInterval(zh, 1000)).toBe(0);
  });

  it('never fails on tiny or empty input', () => {
    expect(dayTickInterval([], 720)).toBe(0);
    expect(dayTickInterval(monthly, 10)).toBe(12);
  });
});
