import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import type { Plan, Scenario } from '../../engine/model';
import { findPreset } from '../../engine/presets';
import { formatDate, formatMoney } from '../../i18n/format';
import { loadExample } from '../../io/exampleFixtures';
import { headlineParts } from './headlineParts';
import { localName, shortLocalName } from '../../i18n/localName';

function shop(): { plan: Plan; scenarios: Scenario[] } {
  const r = loadExample('online-shop');
  if (!r.ok) throw new Error('online-shop example does not load');
  return { plan: r.plan, scenarios: r.scenarios };
}
const preset = (id: string): Scenario => {
  const p = findPreset(id);
  if (!p) throw new Error(id);
  return p;
};

describe('headlineParts', () => {
  it('words a gap with the engine’s deepest gap, date and survival days', () => {
    const { plan } = shop();
    const freeze = preset('risk_control_freeze_30d');
    const a = analyze(plan, freeze);
    const s = a.stressed.metrics;
    expect(s.daysShort).toBeGreaterThan(0);

    const en = headlineParts(a, freeze, plan, 'en');
    expect(en.status).toBe('gap');
    expect(en.sentence).toBe(
      `A 30-day Jiebei and Huabei freeze leaves Qingshan Apparel ${formatMoney(s.deepestShortfall, 'en')} short from ${formatDate(s.cashZeroDate!, 'en')}; you survive ${s.survivalDays} days.`,
    );

    const zh = headlineParts(a, freeze, plan, 'zh-CN');
    expect(zh.sentence).toBe(
      `若遭遇借呗、花呗风控冻结30天，青山服饰将自${formatDate(s.cashZeroDate!, 'zh-CN')}起出现资金缺口，最大${formatMoney(s.deepestShortfall, 'zh-CN')}，可支撑${s.survivalDays}天。`,
    );
    expect(zh.business).toBe('青山服饰');
    expect(zh.scenarioName).toBe('风控冻结（30天）');
    expect(en.facts.map((f) => f.id)).toEqual(['survival', 'deepest', 'daysShort', 'breakEven']);
    expect(en.facts[0]!.value).toBe(`${s.survivalDays} days`);
    expect(en.facts[3]!.value).toBe(`${s.breakEvenOutageDays} days`);
  });

  it('says the business gets through, with its buffer and lowest point, when there is no gap', () => {
    const { plan } = shop();
    const outage = preset('technical_outage');
    const a = analyze(plan, outage);
    const s = a.stressed.metrics;
    expect(s.daysShort).toBe(0);

    const en = headlineParts(a, outage, plan, 'en');
    expect(en.status).toBe('ok');
    expect(en.sentence).toBe(
      `Qingshan Apparel gets through a 1-day Alipay outage: reachable cash never falls below your ¥10,000 buffer (lowest ${formatMoney(s.lowestCash, 'en')} on ${formatDate(s.lowestCashDate, 'en')}).`,
    );
    expect(en.facts[0]!.value).toBe('No gap');
    const zh = headlineParts(a, outage, plan, 'zh-CN');
    expect(zh.sentence).toContain('青山服饰可以撑过去');
    expect(zh.sentence).toContain('¥10,000的最低现金储备');
  });

  it('says plainly when the plan is short even without an outage', () => {
    const { plan } = shop();
    const tight: Plan = { ...plan, business: { ...plan.business, minCashBuffer: 100_000_000 } };
    const freeze = preset('risk_control_freeze_30d');
    const a = analyze(tight, freeze);
    const b = a.baseline.metrics;
    expect(b.daysShort).toBeGreaterThan(0);

    const en = headlineParts(a, freeze, tight, 'en');
    expect(en.status).toBe('baseline');
    expect(en.statusLabel).toBe('Short even without an outage');
    expect(en.sentence).toMatch(
      /^Even without any outage, Qingshan Apparel is ¥[\d,]+ short from /,
    );
    expect(en.sentence).toContain(formatMoney(b.deepestShortfall, 'en'));
    expect(en.sentence).toContain('not only the outage');
    expect(en.sentence).toContain(
      `the deepest gap is ${formatMoney(a.stressed.metrics.deepestShortfall, 'en')}`,
    );
    const zh = headlineParts(a, freeze, tight, 'zh-CN');
    expect(zh.sentence).toMatch(/^即使不发生任何中断，青山服饰也将自/);
  });

  it('names a custom scenario by its own name and an empty plan asks for data', () => {
    const { plan, scenarios } = shop();
    const custom = scenarios[0]!;
    const a = analyze(plan, custom);
    const en = headlineParts(a, custom, plan, 'en');
    expect(en.scenarioName).toBe('Jiebei and Huabei frozen 30 days before Spring Festival');
    expect(en.sentence).toContain(
      'The scenario “Jiebei and Huabei frozen 30 days before Spring Festival”',
    );

    const empty: Plan = {
      ...plan,
      business: { ...plan.business, name: '' },
      cashFlows: [],
      fundingSources: [],
    };
    const parts = headlineParts(analyze(empty, custom), custom, empty, 'en');
    expect(parts.status).toBe('empty');
    expect(parts.business).toBe('Your business');
    expect(parts.sentence).toMatch(/^Add your cash/);
    expect(parts.facts).toEqual([]);
  });
});

describe('localName', () => {
  it('picks the part of a “Chinese English” name in the reader’s language', () => {
    const name = '青山服饰 Qingshan Apparel (Taobao shop, Hangzhou)';
    expect(localName(name, 'zh-CN')).toBe('青山服饰');
    expect(localName(name, 'en')).toBe('Qingshan Apparel (Taobao shop, Hangzhou)');
    expect(shortLocalName(name, 'en')).toBe('Qingshan Apparel');
    expect(localName('老街修路客流下降25% + 支付宝故障 Road works cut takings', 'zh-CN')).toBe(
      '老街修路客流下降25% + 支付宝故障',
    );
  });
  it('keeps a single-language or mixed name whole', () => {
    expect(localName('My shop', 'zh-CN')).toBe('My shop');
    expect(localName('五金ABC店', 'en')).toBe('五金ABC店');
    expect(localName('ABC五金', 'en')).toBe('ABC五金');
  });
});
