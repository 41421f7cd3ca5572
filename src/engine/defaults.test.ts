import { describe, expect, it } from 'vitest';
import {
  HUABEI_INSTALMENT_FEES,
  HUABEI_OVERDUE_DAILY_RATE,
  METRIC_THRESHOLDS,
  OUTAGE_DURATIONS,
  REFERENCE_RATES,
  SOURCE_DEFAULTS,
  defaultSource,
} from './defaults';
import { CITATIONS } from './citations';
import type { Price } from './model';
import { PLATFORM_GROUPS, REPAYMENT_METHODS, SOURCE_KINDS } from './model';

/** Simple annual rate, computed here independently of rates.ts. */
function simpleApr(price: Price): number {
  switch (price.type) {
    case 'annual':
      return price.rate;
    case 'daily':
      return price.rate * 365;
    case 'instalment_fee': {
      const pay = (1 + price.totalFee) / price.months;
      const pv = (i: number) => {
        let s = 0;
        for (let k = 1; k <= price.months; k++) s += pay / Math.pow(1 + i, k);
        return s;
      };
      let lo = 0;
      let hi = 1;
      for (let n = 0; n < 80; n++) {
        const mid = (lo + hi) / 2;
        if (pv(mid) > 1) lo = mid;
        else hi = mid;
      }
      return 12 * lo;
    }
  }
}

describe('SOURCE_DEFAULTS', () => {
  it('covers every source kind', () => {
    expect(Object.keys(SOURCE_DEFAULTS).sort()).toEqual([...SOURCE_KINDS].sort());
  });

  it.each(SOURCE_KINDS)('%s has sane numbers', (kind) => {
    const d = SOURCE_DEFAULTS[kind];
    expect(PLATFORM_GROUPS).toContain(d.platformGroup);
    expect(REPAYMENT_METHODS).toContain(d.repayment);
    expect(Number.isInteger(d.limit) && d.limit > 0).toBe(true);
    expect(Number.isInteger(d.termMonths) && d.termMonths >= 1).toBe(true);
    expect(Number.isInteger(d.leadTimeDays) && d.leadTimeDays >= 0).toBe(true);
    // Huabei charges its own overdue rate; every other kind a multiple of its contract rate.
    if (kind === 'huabei') expect(d.penaltyMultiplier).toBeUndefined();
    else expect(d.penaltyMultiplier).toBeGreaterThanOrEqual(1);
    if (kind !== 'huabei') expect(d.penaltyMultiplier).toBeLessThanOrEqual(5);
    const apr = simpleApr(d.price);
    // Family money is documented as free; every other channel costs something.
    if (kind === 'family') expect(apr).toBe(0);
    else expect(apr).toBeGreaterThan(0);
    // Everything stays below the partner-bank cap of 24 %.
    expect(apr).toBeLessThan(REFERENCE_RATES.partnerBankCap.value);
    for (const basis of Object.values(d.basis)) expect(basis.citation in CITATIONS).toBe(true);
    expect(d.basis.price).toBeDefined();
  });

  it('matches the domain table for the key channels', () => {
    expect(SOURCE_DEFAULTS.jiebei.price).toEqual({ type: 'daily', rate: 0.0004 });
    expect(SOURCE_DEFAULTS.jiebei.repayment).toBe('equal_instalment');
    expect(SOURCE_DEFAULTS.jiebei.penaltyMultiplier).toBe(1.5);
    expect(SOURCE_DEFAULTS.jiebei.platformGroup).toBe('ant');
    expect(SOURCE_DEFAULTS.mybank.platformGroup).toBe('ant');
    expect(SOURCE_DEFAULTS.webank.platformGroup).toBe('tencent');
    expect(SOURCE_DEFAULTS.bank_loan.leadTimeDays).toBe(21);
    expect(SOURCE_DEFAULTS.bank_credit_line.repayment).toBe('revolving');
    expect(SOURCE_DEFAULTS.factoring).toMatchObject({
      termMonths: 3,
      repayment: 'interest_only',
      leadTimeDays: 10,
    });
    expect(SOURCE_DEFAULTS.credit_card).toMatchObject({ drawFeeRate: 0.01, drawFeeMin: 1000 });
    expect(SOURCE_DEFAULTS.family).toMatchObject({ platformGroup: 'private', leadTimeDays: 3 });
  });

  it('gives Huabei its bill cycle and instalment fee', () => {
    const h = SOURCE_DEFAULTS.huabei;
    expect(h).toMatchObject({ statementDay: 1, dueDay: 10, billInstalments: 0, leadTimeDays: 0 });
    expect(h.price).toEqual({ type: 'instalment_fee', totalFee: 0.088, months: 12 });
    // 12 months at 8.8 % ≈ 15.9 % simple APR (docs/domain.md §3).
    expect(simpleApr(h.price)).toBeCloseTo(0.159, 3);
    // Overdue interest is Huabei's own published rate, graded like the price.
    expect(HUABEI_OVERDUE_DAILY_RATE.value).toBe(0.0005);
    expect(h.basis.penalty).toEqual({ grade: 'M', citation: 'consumer_qa' });
  });

  it('lists Huabei fees rising with the term', () => {
    expect(HUABEI_INSTALMENT_FEES).toEqual({ 3: 0.025, 6: 0.045, 9: 0.065, 12: 0.088 });
  });
});

describe('defaultSource', () => {
  it.each(SOURCE_KINDS)('builds a complete %s source with nothing drawn', (kind) => {
    const s = defaultSource(kind, 'id-1', 'Name');
    expect(s).toMatchObject({ id: 'id-1', name: 'Name', kind, outstanding: [] });
    expect(s.limit).toBe(SOURCE_DEFAULTS[kind].limit);
    expect(Object.values(s).some((v) => v === undefined)).toBe(false);
    // A copy, not a shared reference to the defaults.
    expect(s.price).not.toBe(SOURCE_DEFAULTS[kind].price);
  });

  it('adds the bill fields only to Huabei', () => {
    const h = defaultSource('huabei', 'h', '花呗');
    expect(h.kind === 'huabei' && h.dueDay).toBe(10);
    expect('dueDay' in defaultSource('jiebei', 'j', '借呗')).toBe(false);
  });
});

describe('reference numbers', () => {
  it('match docs/domain.md', () => {
    expect(REFERENCE_RATES.lpr1y.value).toBe(0.03);
    expect(REFERENCE_RATES.privateLendingCap.value).toBeCloseTo(
      4 * REFERENCE_RATES.lpr1y.value,
      10,
    );
    expect(METRIC_THRESHOLDS.hhiHigh.value).toBe(1800);
    expect(METRIC_THRESHOLDS.cashBufferDaysMedian.value).toBe(27);
    expect(OUTAGE_DURATIONS.riskControlFreeze).toMatchObject({ min: 7, max: 90, defaultDays: 30 });
  });

  it('cite only known sources', () => {
    const all = [
      ...Object.values(REFERENCE_RATES),
      ...Object.values(METRIC_THRESHOLDS),
      ...Object.values(OUTAGE_DURATIONS).flatMap((o) => o.basis),
      HUABEI_OVERDUE_DAILY_RATE,
    ];
    for (const s of all) expect(s.citation in CITATIONS).toBe(true);
  });
});
