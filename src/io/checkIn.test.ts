import { describe, expect, it } from 'vitest';
import { exampleValid } from './exampleFixtures';
import { lastCheckInDate } from './checkInDate';
import { annualRatePercentOf, applyCheckInToPlan, checkInFromPlan } from './checkInPlan';
import {
  checkInFromStored,
  MAX_CHECK_INS,
  readCheckIns,
  type StoredCheckIn,
} from './checkInSchema';

const { file } = exampleValid('online-shop');
const start = checkInFromPlan(file, 'ci-1', '2026-12-01');

describe('the form starts from the plan', () => {
  it('with every account’s balance and every line’s limit and annual rate', () => {
    expect(start.cash.map((c) => c.balance)).toEqual(file.cashAccounts.map((a) => a.balance));
    expect(start.lines.map((l) => l.limit)).toEqual(file.fundingSources.map((s) => s.limit));
    expect(start.lines.every((l) => !l.failedRepayment && !l.notice)).toBe(true);
  });
  it('a daily rate of 0.04 % is 14.6 % a year; annual stays annual; a Huabei fee becomes its APR', () => {
    expect(annualRatePercentOf({ type: 'daily', ratePercent: 0.04 })).toBe(14.6);
    expect(annualRatePercentOf({ type: 'annual', ratePercent: 4.35 })).toBe(4.35);
    // 8.8 % over 12 instalments ≈ 15.9 % a year (rates.ts works the IRR).
    expect(annualRatePercentOf({ type: 'instalment_fee', totalFeePercent: 8.8, months: 12 })).toBe(
      15.86,
    );
  });
});

describe('update the plan from a check-in', () => {
  const jiebei = file.fundingSources.find((s) => s.kind === 'jiebei')!;
  const huabei = file.fundingSources.find((s) => s.kind === 'huabei')!;
  const observed: StoredCheckIn = {
    ...start,
    cash: start.cash.map((c, i) => (i === 0 ? { ...c, balance: 1234.5 } : c)),
    lines: start.lines.map((l) =>
      l.sourceId === jiebei.id
        ? { ...l, limit: jiebei.limit * 0.7, annualRatePercent: 18.25 }
        : l.sourceId === huabei.id
          ? { ...l, annualRatePercent: 20 }
          : l,
    ),
  };
  const { file: updated, changed, skipped } = applyCheckInToPlan(file, observed);

  it('sets the balance, the 30 % lower limit and the rate, and says what changed', () => {
    expect(updated.cashAccounts[0]!.balance).toBe(1234.5);
    const j = updated.fundingSources.find((s) => s.id === jiebei.id)!;
    expect(j.limit).toBe(jiebei.limit * 0.7);
    // The line is quoted per day, so it stays per day: 18.25 % a year = 0.05 % a day.
    expect(j.price).toEqual({ type: 'daily', ratePercent: 0.05 });
    expect(changed.map((c) => c.kind)).toEqual(['cash', 'limit', 'rate']);
  });
  it('leaves a fee-quoted line’s fee alone and says so', () => {
    expect(updated.fundingSources.find((s) => s.id === huabei.id)!.price).toEqual(huabei.price);
    expect(skipped).toEqual([{ kind: 'rate_is_fee', id: huabei.id, name: huabei.name }]);
  });
  it('changes nothing when the check-in says what the plan says', () => {
    expect(applyCheckInToPlan(file, start).changed).toEqual([]);
  });
});

describe('reading stored check-ins (untrusted)', () => {
  it('keeps the valid ones, drops and counts the rest, first of a duplicate id wins', () => {
    const bad = { ...start, id: 'ci-2', date: '2026-02-30' };
    const extra = { ...start, id: 'ci-3', unknown: 1 };
    const read = readCheckIns([start, bad, extra, { ...start, note: 'dup' }, null]);
    expect(read).toEqual({ checkIns: [start], dropped: 4 });
  });
  it('refuses a negative balance, a rate over 36,500 % a year, a note of 2,001 characters', () => {
    for (const c of [
      { ...start, cash: [{ accountId: 'a', name: '', balance: -1 }] },
      { ...start, lines: [{ ...start.lines[0]!, annualRatePercent: 36_501 }] },
      { ...start, note: 'x'.repeat(2001) },
    ])
      expect(readCheckIns([c]).dropped).toBe(1);
  });
  it('reads at most 500', () => {
    const many = Array.from({ length: MAX_CHECK_INS + 3 }, (_, i) => ({ ...start, id: `c${i}` }));
    expect(readCheckIns(many)).toMatchObject({ dropped: 3 });
    expect(readCheckIns('nope')).toEqual({ checkIns: [], dropped: 1 });
  });
  it('convert to fen and fractions for the engine', () => {
    const c = checkInFromStored({
      ...start,
      cash: [{ accountId: 'a', name: 'A', balance: 0.1 + 0.2 }],
    });
    expect(c.cash[0]!.balance).toBe(30);
    expect(c.lines[0]!.annualRate).toBeCloseTo(start.lines[0]!.annualRatePercent! / 100, 12);
  });
});

describe('lastCheckInDate', () => {
  it('is the latest date, or undefined with none', () => {
    expect(lastCheckInDate({ state: {} })).toBeUndefined();
    expect(lastCheckInDate({ state: { checkIns: [] } })).toBeUndefined();
    expect(
      lastCheckInDate({ state: { checkIns: [{ date: '2027-01-05' }, { date: '2026-12-01' }] } }),
    ).toBe('2027-01-05');
  });
});
