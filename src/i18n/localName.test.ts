import { describe, expect, it } from 'vitest';
import { exampleValid } from '../io/exampleFixtures';
import { localizeSampleNames, switchSampleNames } from './localName';

describe('sample names in the reader’s language', () => {
  const sample = exampleValid('online-shop').file;

  it('names the business, accounts, flows, sources and scenarios in one language', () => {
    const zh = localizeSampleNames(sample, 'zh-CN');
    expect(zh.business.name).toBe('青山服饰');
    expect(zh.cashAccounts[0]?.name).toBe('支付宝余额');
    expect(zh.fundingSources.map((s) => s.name)).toContain('借呗');
    const en = localizeSampleNames(sample, 'en');
    expect(en.business.name).toBe('Qingshan Apparel (Taobao shop, Hangzhou)');
    expect(en.cashAccounts[0]?.name).toBe('Alipay balance');
    expect(en.scenarios[0]?.name).toMatch(/^Jiebei and Huabei frozen/);
  });

  it('changes no figure', () => {
    const strip = (f: typeof sample) =>
      JSON.stringify(f, (key, value: unknown) => (key === 'name' ? undefined : value));
    expect(strip(localizeSampleNames(sample, 'zh-CN'))).toBe(strip(sample));
  });

  it('on a change of language renames what is still the sample’s and keeps what the user typed', () => {
    const zh = localizeSampleNames(sample, 'zh-CN');
    const edited = {
      ...zh,
      cashAccounts: zh.cashAccounts.map((a, i) => (i === 0 ? { ...a, name: '我的支付宝' } : a)),
    };
    const en = switchSampleNames(edited, sample, 'zh-CN', 'en');
    expect(en.cashAccounts[0]?.name).toBe('我的支付宝');
    expect(en.cashAccounts[1]?.name).toBe("Yu'ebao");
    expect(en.business.name).toBe('Qingshan Apparel (Taobao shop, Hangzhou)');
  });
});
