import { describe, expect, it } from 'vitest';
import { exampleValid } from '../../io/exampleFixtures';
import { advise } from '../advice';
import { findPreset, PRESETS } from '../presets';

describe('with no gap, the advice says why and on what it rests', () => {
  it('the acceptance runs on presets that open a gap for the shop and the restaurant', () => {
    // "Every example × every preset that opens a gap" is not vacuous for these two.
    for (const id of ['online-shop', 'restaurant'] as const) {
      const { plan } = exampleValid(id);
      expect(PRESETS.filter((p) => advise(plan, p).hasGap).length, id).toBeGreaterThan(0);
    }
  });

  it('the supplier opens no gap under any preset only with the credit it has not applied for', () => {
    const { plan } = exampleValid('supplier');
    for (const preset of PRESETS) {
      const a = advise(plan, preset);
      expect(a.hasGap, preset.id).toBe(false);
      expect(a.noGap, preset.id).not.toBeNull();
      // Held at the buffer: the cash never goes below it.
      expect(a.noGap!.lowestCash).toBeGreaterThanOrEqual(a.noGap!.minCashBuffer);
    }
    // Under the regulatory closure the run draws the WeBank line (14 days) and factoring (10
    // days), both named "not applied for yet"; without them a gap opens in June 2027.
    const closure = advise(plan, findPreset('regulatory_closure')!).noGap!;
    expect(closure.reliesOn.map((r) => [r.leadTimeDays, r.readyDate])).toEqual([
      [14, '2026-12-15'],
      [10, '2026-12-11'],
    ]);
    expect(closure.withoutThem?.gapStartDate).toBe('2027-06-10');
    expect(closure.withoutThem!.deepestShortfall).toBeGreaterThan(100_000);
    // A one-day bill discount is a transaction on a facility, not an application: not listed.
    expect(closure.reliesOn.some((r) => r.leadTimeDays <= 1)).toBe(false);
  });

  it('a plan whose cash holds on its own needs no change and relies on nothing', () => {
    const { plan } = exampleValid('restaurant');
    const a = advise(plan, findPreset('maintenance')!);
    expect(a.hasGap).toBe(false);
    expect(a.noGap).toMatchObject({ reliesOn: [], withoutThem: null, minCashBuffer: 5_000 });
  });

  it('is null when there is a gap', () => {
    const { plan } = exampleValid('online-shop');
    expect(advise(plan, findPreset('regulatory_closure')!).noGap).toBeNull();
  });
});
