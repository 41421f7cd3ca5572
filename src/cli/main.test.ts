import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../engine/presets';
import { run } from './main';

function capture(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { log: (s) => out.push(s), error: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'fundgap-cli-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The documented JSON names (docs/cli.md): a rename breaks this test on purpose. */
const METRIC_NAMES = [
  'survivalDays',
  'cashZeroDate',
  'deepestShortfall',
  'daysShort',
  'cumulativeShortfall',
  'recoveryDate',
  'financingCost',
  'extraFinancingCost',
  'cashBufferDays',
  'stressCoverageRatio30d',
  'hhiHeadroom',
  'hhiDrawn',
  'effectiveSources',
  'antGroupShare',
  'rolloverNeed',
  'lowestCash',
  'lowestCashDate',
];

describe('fundgap CLI', () => {
  it('simulate --json prints the documented shape with every metric name', () => {
    const r = capture([
      'simulate',
      'examples/online-shop.json',
      '--scenario',
      'risk_control_freeze_30d',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['plan', 'scenario', 'baseline', 'stressed', 'assumedTerms']);
    expect(json.plan.paymentOrder).toBe('bank_first');
    // Who pays first comes first, then each default the run assumed, with grade and source.
    expect(json.assumedTerms[0]).toEqual({
      term: 'paymentOrder',
      path: 'business.paymentOrder',
      value: 'bank_first',
      stated: true,
      grade: 'U',
      source: expect.stringContaining('FundGap working assumption'),
    });
    expect(json.assumedTerms).toContainEqual(
      expect.objectContaining({ term: 'huabeiOverdueRate', value: 0.0005, grade: 'M' }),
    );
    expect(Object.keys(json.baseline.metrics)).toEqual(METRIC_NAMES);
    expect(Object.keys(json.stressed.metrics)).toEqual([
      ...METRIC_NAMES,
      'breakEvenOutageDays',
      'maxSurvivableLimitCut',
    ]);
    expect(json.stressed.days).toBeUndefined();
    expect(json.stressed.metrics.deepestShortfall).toBeGreaterThan(0);
  });

  it('--days adds one row per day whose cash identity holds to the fen', () => {
    const r = capture([
      'simulate',
      'examples/restaurant.json',
      '--scenario',
      'ant_wide_event',
      '--json',
      '--days',
    ]);
    const days = JSON.parse(r.out).stressed.days as Record<string, number>[];
    expect(days).toHaveLength(365);
    for (let i = 1; i < days.length; i++) {
      const d = days[i]!;
      const expected =
        days[i - 1]!.cash! + d.inflows! - d.outflows! - d.repayments! - d.interest! + d.draws!;
      expect(Math.round(expected * 100)).toBe(Math.round(d.cash! * 100));
    }
  });

  it('every example simulates under every preset', () => {
    for (const example of ['online-shop', 'restaurant', 'supplier']) {
      for (const preset of PRESETS) {
        expect(
          capture(['simulate', `examples/${example}.json`, '--scenario', preset.id, '--json']).code,
        ).toBe(0);
      }
    }
  });

  it('prints a readable summary in Chinese', () => {
    const r = capture(['simulate', 'examples/online-shop.json', '--lang', 'zh-CN']);
    expect(r.out).toMatch(/可支撑天数/);
    expect(r.out).toMatch(/风控冻结/);
  });

  it('lists the presets with their assumptions', () => {
    const r = capture(['presets', '--json']);
    expect(JSON.parse(r.out).map((p: { id: string }) => p.id)).toEqual(PRESETS.map((p) => p.id));
  });

  it('validate names every problem with its path and exits 1', () => {
    const plan = JSON.parse(require_('examples/online-shop.json'));
    plan.fundingSources[1].limit = -5;
    plan.business.horizonDays = 10;
    const r = capture(['validate', file('bad.json', JSON.stringify(plan))]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/fundingSources\[1\]\.limit: /);
    expect(r.err).toMatch(/business\.horizonDays: /);
  });

  it('answers non-JSON, newer versions, unknown kinds and unknown scenarios without a stack trace', () => {
    expect(capture(['validate', file('x.json', 'not json')]).err).toMatch(/not valid JSON/);
    expect(capture(['validate', file('v9.json', '{"formatVersion": 9}')]).err).toMatch(
      /newer FundGap \(format 9\)/,
    );
    const plan = JSON.parse(require_('examples/restaurant.json'));
    plan.fundingSources[0].kind = 'payday_loan';
    const unknown = capture(['validate', file('k.json', JSON.stringify(plan))]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/fundingSources\[0\]\.kind/);
    const scenario = capture(['simulate', 'examples/restaurant.json', '--scenario', 'nope']);
    expect(scenario.code).toBe(2);
    expect(scenario.err).toMatch(/Unknown scenario "nope"/);
    expect(`${unknown.err}${scenario.err}`).not.toMatch(/\n\s+at /);
  });
});

function require_(path: string): string {
  return readFileSync(path, 'utf8');
}

describe('fundgap advise', () => {
  it('prints ranked suggestions with the documented names and a combination', () => {
    const r = capture([
      'advise',
      'examples/online-shop.json',
      '--scenario',
      'regulatory_closure',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.hasGap).toBe(true);
    for (const key of [
      'action',
      'amount',
      'leadTimeDays',
      'annualRate',
      'costPerYear',
      'survivalDaysGained',
      'shortfallClosed',
      'closesGap',
      'antGroupShareAfter',
      'hhiAfter',
    ]) {
      expect(json.suggestions[0]).toHaveProperty(key);
    }
    expect(json.combination).toMatchObject({ closesGap: true });
    expect(typeof json.combination.costPerYear).toBe('number');
  });
});
