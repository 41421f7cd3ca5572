import { describe, expect, it } from 'vitest';
import { DEFAULT_GRID_CUTS, DEFAULT_GRID_DURATIONS } from '../engine/reverseStress';
import { run } from './main';

function capture(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { log: (s) => out.push(s), error: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const PERCENTILE_NAMES = ['p5', 'p25', 'p50', 'p75', 'p95'];

/** The documented JSON names of `stress` (docs/cli.md): a rename breaks this test on purpose. */
describe('fundgap stress', () => {
  it('--grid --json prints durations, cuts and every cell with its documented names', () => {
    const r = capture([
      'stress',
      'examples/online-shop.json',
      '--scenario',
      'risk_control_freeze_30d',
      '--grid',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['plan', 'scenario', 'durations', 'cuts', 'cells']);
    expect(json.durations).toEqual(DEFAULT_GRID_DURATIONS);
    expect(json.cuts).toEqual(DEFAULT_GRID_CUTS);
    expect(json.cells).toHaveLength(DEFAULT_GRID_DURATIONS.length);
    for (const row of json.cells) {
      expect(row).toHaveLength(DEFAULT_GRID_CUTS.length);
      for (const cell of row) {
        expect(Object.keys(cell)).toEqual([
          'durationDays',
          'cutPercent',
          'survives',
          'survivalDays',
          'deepestShortfall',
        ]);
        expect(cell.survives).toBe(cell.survivalDays === null);
      }
    }
  });

  it('--paths --seed --json prints percentiles, the shortfall share and the assumptions used', () => {
    const argv = [
      'stress',
      'examples/online-shop.json',
      '--scenario',
      'risk_control_freeze_30d',
      '--paths',
      '300',
      '--seed',
      '42',
      '--json',
    ];
    const r = capture(argv);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual([
      'plan',
      'scenario',
      'note',
      'paths',
      'seed',
      'assumptions',
      'shortfallShare',
      'shortPaths',
      'cash',
      'survivalDays',
      'deepestShortfall',
    ]);
    expect(json.note).toMatch(/under these assumptions/i);
    expect(Object.keys(json.assumptions)).toEqual([
      'preset',
      'source',
      'startDay',
      'duration',
      'revenueVariationPercent',
      'paymentDelayDays',
    ]);
    expect(json.assumptions).toMatchObject({
      preset: 'risk_control',
      startDay: { min: 0, max: 90 },
      duration: { type: 'triangular', minDays: 7, modeDays: 30, maxDays: 90 },
      revenueVariationPercent: 10,
      paymentDelayDays: { min: 0, max: 0 },
    });
    expect(json.assumptions.source).toMatch(/domain\.md/);
    expect(json.paths).toBe(300);
    expect(json.seed).toBe(42);
    expect(json.shortfallShare).toBeGreaterThanOrEqual(0);
    expect(json.shortfallShare).toBeLessThanOrEqual(100);
    expect(json.cash).toHaveLength(365);
    expect(Object.keys(json.cash[0])).toEqual(['day', 'date', ...PERCENTILE_NAMES]);
    for (const dist of [json.survivalDays, json.deepestShortfall]) {
      expect(Object.keys(dist)).toEqual(['percentiles', 'histogram']);
      if (dist.percentiles) expect(Object.keys(dist.percentiles)).toEqual(PERCENTILE_NAMES);
      for (const bin of dist.histogram) expect(Object.keys(bin)).toEqual(['from', 'to', 'count']);
    }
    // Same seed, same output.
    expect(capture(argv).out).toBe(r.out);
  });

  it('takes every assumption as a flag', () => {
    const r = capture([
      'stress',
      'examples/restaurant.json',
      '--scenario',
      'ant_wide_event',
      '--paths',
      '50',
      '--seed',
      '7',
      '--json',
      '--preset',
      'technical',
      '--start-min',
      '10',
      '--start-max',
      '20',
      '--duration',
      'lognormal:5,0.5,30',
      '--revenue-variation',
      '25',
      '--delay-min',
      '3',
      '--delay-max',
      '9',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).assumptions).toMatchObject({
      preset: 'technical',
      startDay: { min: 10, max: 20 },
      duration: { type: 'lognormal', medianDays: 5, sigma: 0.5, maxDays: 30 },
      revenueVariationPercent: 25,
      paymentDelayDays: { min: 3, max: 9 },
    });
  });

  it('names a wrong flag and exits 2', () => {
    for (const bad of [
      ['--duration', 'weibull:3'],
      ['--paths', 'many'],
      ['--start-min', '50', '--start-max', '10'],
      ['--preset', 'nope'],
    ]) {
      const r = capture(['stress', 'examples/online-shop.json', '--paths', '10', ...bad]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(bad[bad.length - 2]!));
    }
  });

  it('prints readable reports in English and Chinese', () => {
    const en = capture(['stress', 'examples/online-shop.json', '--paths', '100']);
    expect(en.out).toMatch(/Under these assumptions/);
    expect(en.out).toMatch(/not measured probabilities/);
    const zh = capture([
      'stress',
      'examples/online-shop.json',
      '--paths',
      '100',
      '--lang',
      'zh-CN',
    ]);
    expect(zh.out).toMatch(/在上述假设下/);
    expect(
      capture(['stress', 'examples/online-shop.json', '--grid', '--lang', 'zh-CN']).out,
    ).toMatch(/反向压力测试/);
  });
});
