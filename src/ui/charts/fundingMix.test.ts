import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import { findPreset } from '../../engine/presets';
import { exampleValid } from '../../io/exampleFixtures';
import { fundingMix } from './fundingMix';

describe('fundingMix', () => {
  const plan = exampleValid('online-shop').plan;
  const analysis = analyze(plan, findPreset('risk_control_freeze_30d')!, { reverseStress: false });
  const mix = fundingMix(plan, analysis.baseline.projection);

  it('sums the limits usable today by platform group, largest first', () => {
    expect(mix.groups.map((g) => g.group)).toEqual(['ant', 'bank']);
    expect(mix.ant).toBe(230_000);
    expect(mix.total).toBe(250_000);
    expect(mix.groups.reduce((a, g) => a + g.share, 0)).toBeCloseTo(100, 6);
  });

  it('agrees with the engine’s Ant-group share', () => {
    expect((mix.ant / mix.total) * 100).toBeCloseTo(analysis.baseline.metrics.antGroupShare!, 1);
  });

  it('lists lines still being arranged, with the day they become usable', () => {
    expect(mix.pending).toEqual([
      expect.objectContaining({ limit: 30_000, usableFrom: '2026-12-15' }),
    ]);
  });
});
