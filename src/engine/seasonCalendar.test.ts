import { describe, expect, it } from 'vitest';
import { eventWindow, SPRING_FESTIVAL } from './seasonCalendar';

/** 正月初一 per ICU's Chinese calendar (Node ships full ICU). */
function icuNewYear(year: number): string | null {
  const f = new Intl.DateTimeFormat('en-u-ca-chinese', {
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  });
  for (let t = Date.UTC(year, 0, 15); t < Date.UTC(year, 2, 1); t += 86_400_000) {
    const parts = f.formatToParts(new Date(t));
    const month = parts.find((p) => p.type === 'month')?.value;
    const day = parts.find((p) => p.type === 'day')?.value;
    if (month === '1' && day === '1') return new Date(t).toISOString().slice(0, 10);
  }
  return null;
}

describe('Spring Festival table', () => {
  it('has the dates the issue names and the published tables give', () => {
    expect(SPRING_FESTIVAL[2026]).toBe('2026-02-17');
    expect(SPRING_FESTIVAL[2027]).toBe('2027-02-06');
    expect(SPRING_FESTIVAL[2028]).toBe('2028-01-26');
    expect(SPRING_FESTIVAL[2030]).toBe('2030-02-03');
  });

  it('agrees with ICU except where a new moon falls minutes from Beijing midnight', () => {
    // ICU's approximation is off by a day in 2027 and 2030 (seasonCalendar.ts says why).
    const knownIcuErrors: Record<number, string> = { 2027: '2027-02-07', 2030: '2030-02-02' };
    for (const [year, date] of Object.entries(SPRING_FESTIVAL)) {
      const icu = icuNewYear(Number(year));
      expect(icu, `year ${year}`).toBe(knownIcuErrors[Number(year)] ?? date);
    }
  });
});

describe('eventWindow', () => {
  it('dates each event, Spring Festival from 腊月廿八 to 正月初六', () => {
    expect(eventWindow('spring_festival', 2027)).toEqual({ from: '2027-02-04', to: '2027-02-11' });
    expect(eventWindow('shopping_618', 2027)).toEqual({ from: '2027-06-01', to: '2027-06-18' });
    expect(eventWindow('double_11', 2026)).toEqual({ from: '2026-11-01', to: '2026-11-11' });
    expect(eventWindow('double_12', 2026)).toEqual({ from: '2026-12-10', to: '2026-12-12' });
    expect(eventWindow('spring_festival', 2099)).toBeNull();
  });
});
