import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS } from '../../../engine/model';
import { CURRENT_FORMAT_VERSION } from '../../../io/migrations';
import { planFileSchema } from '../../../io/planSchema';
import {
  annualPercentOf,
  moved,
  newSourceDraft,
  newSourceFile,
  switchPriceMode,
  withBillInstalments,
  withoutPriorities,
  withPositions,
} from './sourceEdits';

const validFile = (source: unknown) =>
  planFileSchema.safeParse({
    formatVersion: CURRENT_FORMAT_VERSION,
    business: { name: '', startDate: '2026-12-01', horizonDays: 90 },
    cashAccounts: [],
    cashFlows: [],
    fundingSources: [source],
  }).success;

describe('newSourceFile', () => {
  it('fills Jiebei with its defaults in yuan and percent', () => {
    const s = newSourceFile('jiebei', 'source-1', 'Jiebei');
    expect(s.limit).toBe(100_000);
    expect(s.price).toEqual({ type: 'daily', ratePercent: 0.04 });
    expect(s.repayment).toBe('equal_instalment');
    expect(s.termMonths).toBe(12);
    expect(s.outstanding).toEqual([]);
  });

  it('gives a valid source for every kind', () => {
    for (const kind of SOURCE_KINDS)
      expect(validFile(newSourceFile(kind, 'x', kind)), kind).toBe(true);
  });

  it('converts the credit card fee to percent and its minimum to yuan', () => {
    const s = newSourceFile('credit_card', 'c', 'card');
    expect(s.drawFeePercent).toBe(1);
    expect(s.drawFeeMin).toBe(10);
  });
});

describe('newSourceDraft', () => {
  it('starts with the limit and the rate empty, so the schema flags both as required', () => {
    for (const kind of SOURCE_KINDS) {
      const s = newSourceDraft(kind, 'x', kind);
      expect(s.limit, kind).toBeUndefined();
      const result = planFileSchema.safeParse({
        formatVersion: 2,
        business: { name: '', startDate: '2026-12-01', horizonDays: 90 },
        cashAccounts: [],
        cashFlows: [],
        fundingSources: [s],
      });
      expect(result.success, kind).toBe(false);
      const paths = result.error!.issues.map((i) => i.path.join('.'));
      expect(paths, kind).toContain('fundingSources.0.limit');
      expect(
        paths.some((p) => p.startsWith('fundingSources.0.price.')),
        kind,
      ).toBe(true);
      expect(
        result.error!.issues.every((i) => i.message === 'required'),
        kind,
      ).toBe(true);
    }
  });
});

describe('prices', () => {
  it('reads the annual rate of each quote with the engine', () => {
    expect(annualPercentOf({ type: 'daily', ratePercent: 0.04 })?.simple).toBeCloseTo(14.6, 10);
    expect(annualPercentOf({ type: 'annual', ratePercent: 4.5 })?.simple).toBeCloseTo(4.5, 10);
    expect(
      annualPercentOf({ type: 'instalment_fee', totalFeePercent: 8.8, months: 12 })?.simple,
    ).toBeCloseTo(15.9, 1);
    expect(annualPercentOf({ type: 'daily', ratePercent: '0.0x' })).toBeNull();
  });

  it('switches the quote at the same annual rate', () => {
    expect(switchPriceMode({ type: 'daily', ratePercent: 0.04 }, 'annual', 'jiebei')).toEqual({
      type: 'annual',
      ratePercent: 14.6,
    });
    expect(switchPriceMode({ type: 'annual', ratePercent: 14.6 }, 'daily', 'jiebei')).toEqual({
      type: 'daily',
      ratePercent: 0.04,
    });
    expect(switchPriceMode({ type: 'annual', ratePercent: 'x' }, 'daily', 'jiebei')).toEqual({
      type: 'daily',
      ratePercent: 0.04,
    });
    expect(
      switchPriceMode({ type: 'annual', ratePercent: 5 }, 'instalment_fee', 'bank_loan'),
    ).toEqual({
      type: 'instalment_fee',
      totalFeePercent: 8.8,
      months: 12,
    });
  });

  it('moves the Huabei fee to the term chosen, keeping a fee typed for that very term', () => {
    const huabei = newSourceFile('huabei', 'h', 'Huabei');
    const six = withBillInstalments(huabei, 6);
    expect(six.price).toEqual({ type: 'instalment_fee', totalFeePercent: 4.5, months: 6 });
    expect(validFile(six)).toBe(true);
    // A 7 % quote for 12 months is no price for 6: the published 6-month fee replaces it.
    const custom = {
      ...huabei,
      price: { type: 'instalment_fee' as const, totalFeePercent: 7, months: 12 },
    };
    expect(withBillInstalments(custom, 6).price).toEqual(six.price);
    expect(withBillInstalments(custom, 12).price).toEqual(custom.price);
    expect(withBillInstalments(custom, 0)).toMatchObject({
      billInstalments: 0,
      price: custom.price,
    });
  });
});

describe('draw order', () => {
  it('numbers sources by position, or removes every priority', () => {
    const list = [newSourceFile('jiebei', 'a', 'A'), newSourceFile('bank_loan', 'b', 'B')];
    expect(withPositions(moved(list, 1, 0)).map((s) => [s.id, s.drawPriority])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    expect(withoutPriorities(withPositions(list)).every((s) => !('drawPriority' in s))).toBe(true);
  });
});
