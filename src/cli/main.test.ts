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
    // The names of the first version stay; the rest were added.
    for (const key of [
      'action',
      'amount',
      'leadTimeDays',
      'latestStartDate',
      'tooLate',
      'annualRate',
      'costPerYear',
      'survivalDaysGained',
      'shortfallClosed',
      'closesGap',
      'antGroupShareAfter',
      'hhiAfter',
      'sameGroupAsShock',
      'platformGroup',
      'metricsAfter',
      'category',
      'startDate',
      'readyDate',
      'survivesHorizon',
      'sizedFor',
      'costStructure',
      'cost',
      'feeRate',
      'costPerYuanClosed',
      'toConfirm',
      'creditRisk',
    ]) {
      expect(json.suggestions[0]).toHaveProperty(key);
    }
    expect(json.combination).toMatchObject({ closesGap: true, method: expect.any(String) });
    expect(typeof json.combination.costPerYear).toBe('number');
    expect(json.combination.steps[0]).toMatchObject({ action: json.combination.actions[0] });
    for (const key of ['shockDate', 'reserveTarget', 'creditMark', 'unavailable'])
      expect(json).toHaveProperty(key);
    expect(json.unavailable).toContainEqual({ action: 'credit_card', reasons: ['card_rules'] });
  });

  it('reads as advice in Chinese: the gap, the reserve target, the recommendation, each measure', () => {
    const r = capture([
      'advise',
      'examples/restaurant.json',
      '--scenario',
      'freeze-festival',
      '--lang',
      'zh-CN',
    ]);
    expect(r.code).toBe(0);
    // The gap said as the steps say it (three figures), never to the fen.
    expect(r.out).toContain('需补足的流动性缺口：最高约¥3,270，自2027年2月11日起。');
    expect(r.out).toContain('建议在现有现金之外，再备足¥3,300（约1天的平均支出）作为应急储备金。');
    expect(r.out).toContain('## 推荐方案：补足缺口成本最低的组合');
    expect(r.out).toContain('与供应商协商延长账期，货款推迟30天支付');
    expect(r.out).toContain('资金来源：店主个人积蓄，注入经营账户（股东注资）');
    expect(r.out).toContain('信用卡取现：信用卡资金不得用于生产经营（2022年信用卡新规）');
    // No loan below what a lender offers, no figure to the fen.
    expect(r.out).not.toMatch(/¥3,274\.79|贷款¥3,300/);
  });
});

describe('fundgap contingency', () => {
  it('prints triggers, signals and dated steps, in English and Chinese', () => {
    const en = capture(['contingency', 'examples/online-shop.json']);
    expect(en.code).toBe(0);
    expect(en.out).toContain('# Contingency plan');
    expect(en.out).toContain('## Signals to watch yourself');
    expect(en.out).toContain('Where to look: Alipay app: the Jiebei and Huabei pages');
    expect(en.out).toContain('### Day 0');
    expect(en.out).toContain(
      'Without these steps the liquidity gap would open today, up to about ¥19,900.',
    );
    // The header and the gap's step say the same figure (issue: ¥122,126 over ¥130,000).
    expect(en.out).toContain('Gap to close: up to about ¥19,900, from Dec 15, 2026.');
    const zh = capture(['contingency', 'examples/online-shop.json', '--lang', 'zh-CN']);
    expect(zh.out).toContain('# 应急预案');
    expect(zh.out).toContain('## 需要亲自留意的信号');
    expect(zh.out).toContain('### 第0天');
  });

  it('with no gap, tells a firing warning to watch, never that nothing is in reach', () => {
    const r = capture(['contingency', 'examples/supplier.json', '--scenario', 'technical_outage']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Credit limit drop: a limit falls by more than 30%; Under this scenario: Fires',
    );
    expect(r.out).toContain(
      'What to do: Your cash still holds through this scenario: keep watching',
    );
    expect(r.out).not.toContain('Nothing in reach');
    expect(r.out).not.toContain('Too late for this outage');
  });

  it('acts on the combination and one backstop, nothing else, when the combination closes the gap', () => {
    const r = capture([
      'contingency',
      'examples/online-shop.json',
      '--scenario',
      'risk_control_freeze_30d',
      '--json',
    ]);
    const json = JSON.parse(r.out);
    const acted = json.steps.filter(
      (s: { kind: string }) => s.kind === 'start_action' || s.kind === 'apply_lever',
    );
    expect(acted.map((s: { action: string }) => s.action)).toEqual([
      ...json.combination.actions,
      'tax_loan',
    ]);
    expect(acted.at(-1)).toMatchObject({ fallback: true, amount: 20_000, tooLate: false });
  });

  it('prints the documented JSON', () => {
    const r = capture([
      'contingency',
      'examples/restaurant.json',
      '--scenario',
      'freeze-festival',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    for (const key of [
      'plan',
      'scenario',
      'hasGap',
      'gapStartDate',
      'reserveTarget',
      'creditMark',
      'combination',
      'shockDate',
      'gapDate',
      'triggers',
      'signals',
      'steps',
    ])
      expect(json).toHaveProperty(key);
    expect(json.gapDate).toBe('2027-02-11');
    expect(json.steps[0]).toMatchObject({
      kind: expect.any(String),
      offset: expect.any(Number),
      phase: expect.any(String),
    });
    expect(json.signals.map((s: { id: string }) => s.id)).toContain('service_unavailable');
  });
});
