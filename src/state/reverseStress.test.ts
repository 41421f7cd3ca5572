import { describe, expect, it } from 'vitest';
import { reverseStressMetrics } from '../engine/analyze';
import { findPreset } from '../engine/presets';
import { exampleValid } from '../io/exampleFixtures';
import { applySeed, planFingerprint, reverseStressTask } from './reverseStress';

describe('the first screen reuses the build-time reverse-stress answer only for the same plan', () => {
  const scenario = findPreset('risk_control_freeze_30d')!;

  it('seeds the answer when the fingerprint matches', () => {
    const { plan } = exampleValid('online-shop');
    const metrics = reverseStressMetrics(plan, scenario);
    expect(
      applySeed({ fingerprint: planFingerprint(plan, scenario), metrics }, plan, scenario),
    ).toBe(true);
    expect(reverseStressTask.cached(plan, scenario)).toEqual(metrics);
  });

  it('ignores a seed for another plan, another scenario, or junk', () => {
    const { plan } = exampleValid('restaurant');
    const other = exampleValid('online-shop').plan;
    const metrics = { breakEvenOutageDays: 15, maxSurvivableLimitCut: 18 };
    expect(
      applySeed({ fingerprint: planFingerprint(other, scenario), metrics }, plan, scenario),
    ).toBe(false);
    expect(
      applySeed(
        { fingerprint: planFingerprint(plan, findPreset('maintenance')!), metrics },
        plan,
        scenario,
      ),
    ).toBe(false);
    expect(applySeed(null, plan, scenario)).toBe(false);
    expect(
      applySeed(
        { fingerprint: planFingerprint(plan, scenario), metrics: { breakEvenOutageDays: 'x' } },
        plan,
        scenario,
      ),
    ).toBe(false);
    expect(
      applySeed(
        {
          fingerprint: planFingerprint(plan, scenario),
          metrics: { breakEvenOutageDays: Infinity, maxSurvivableLimitCut: 1 },
        },
        plan,
        scenario,
      ),
    ).toBe(false);
    expect(reverseStressTask.cached(plan, scenario)).toBeUndefined();
  });

  it('works the answer out without a Worker (jsdom) and shares one computation between callers', async () => {
    const { plan } = exampleValid('supplier');
    const first = reverseStressTask.later(plan, scenario);
    expect(reverseStressTask.later(plan, scenario)).toBe(first);
    expect(await first).toEqual(reverseStressMetrics(plan, scenario));
    expect(reverseStressTask.cached(plan, scenario)).toEqual(await first);
  });

  it('fingerprints differ when one number in the plan differs', () => {
    const a = exampleValid('online-shop').plan;
    const b = structuredClone(a);
    b.business.minCashBuffer += 1;
    expect(planFingerprint(a, scenario)).not.toBe(planFingerprint(b, scenario));
  });
});
