import lzString from 'lz-string';
import { describe, expect, it } from 'vitest';
import onlineShop from '../../examples/online-shop.json';
import { beforeAdvisorFields } from './fixtures/beforeAdvisorFields';
import { lzBomb } from './fixtures/lzBomb';
import { minimalPlanFile } from './fixtures/minimalPlanFile';
import { SAMPLE_LINK_V0, SAMPLE_LINK_V1 } from './fixtures/shareLinks';
import { parsePlanValue } from './planFile';
import type { PlanFile } from './planSchema';
import {
  encodeShareLink,
  MAX_SHARE_TEXT_CHARS,
  readShareFragment,
  shareLink,
  SHARE_LINK_WARN_CHARS,
} from './shareLink';

const validFile = (raw: unknown): PlanFile => {
  const result = parsePlanValue(raw);
  if (!result.ok) throw new Error('fixture does not validate');
  return result.file;
};
const fragment = (url: string) => url.slice(url.indexOf('#'));
const encode = (text: string) => `#plan=${lzString.compressToEncodedURIComponent(text)}`;

describe('share links', () => {
  it('round-trips a plan through the URL fragment unchanged', () => {
    const file = validFile(onlineShop);
    const url = shareLink('https://fundgap.example/app/?x=1#old', file);
    expect(url.startsWith('https://fundgap.example/app/?x=1#plan=')).toBe(true);
    const back = readShareFragment(fragment(url));
    expect(back.ok && back.file).toEqual(file);
  });

  it('fits the sample, and a small plan, in what chat apps keep (2,000 characters)', () => {
    const small = shareLink('https://x.example/', validFile(minimalPlanFile()));
    expect(small.length).toBeLessThan(SHARE_LINK_WARN_CHARS);
    // The online-shop sample the app preloads: 4,978 characters as a version-0 link.
    const sample = encodeShareLink('https://fundgap.example/app/', validFile(onlineShop));
    expect(sample.ok && sample.link.length).toBeLessThanOrEqual(2000);
  });

  it('says a plan does not fit, with its length, rather than making a link that gets cut', () => {
    const file = validFile(onlineShop);
    // Text shared with nothing in the dictionary: each name and description made unique.
    let n = 0;
    const unique = (text: string) =>
      `${text} #${(n++ * 7919).toString(36)}`.split('').reverse().join('');
    const big: PlanFile = {
      ...file,
      cashFlows: Array.from({ length: 120 }, (_, i) => ({
        ...file.cashFlows[i % file.cashFlows.length]!,
        id: `flow-${i}`,
        name: unique(file.cashFlows[i % file.cashFlows.length]!.name),
      })),
    };
    const result = encodeShareLink('https://fundgap.example/', big);
    expect(result).toMatchObject({ ok: false, reason: 'too_long', maxChars: 2000 });
    expect(!result.ok && result.chars).toBeGreaterThan(2000);
    expect(readShareFragment(fragment(shareLink('https://fundgap.example/', big)))).toMatchObject({
      ok: true,
      file: big,
    });
  });

  // The sample as it was when the saved links were made.
  const savedSample = (): PlanFile => beforeAdvisorFields(validFile(onlineShop));

  it('still opens a link in the first format (lz-string), saved as FundGap wrote it', () => {
    expect(SAMPLE_LINK_V0.length).toBe(4978);
    const old = readShareFragment(fragment(SAMPLE_LINK_V0));
    expect(old.ok && old.file).toEqual(savedSample());
  });

  it('opens a saved version-1 link the same way, so the frozen dictionary never drifts', () => {
    // Decoding uses the dictionary: a drifted one would not give back the very plan saved.
    const back = readShareFragment(fragment(SAMPLE_LINK_V1));
    expect(back.ok && back.file).toEqual(savedSample());
  });

  it('refuses garbage and truncated links without throwing', () => {
    for (const hash of [
      '#plan=',
      '#plan=%%%',
      '#plan=garbage!!',
      '#plan=N4Ig',
      `#plan=${'A'.repeat(5000)}`,
    ]) {
      const result = readShareFragment(hash);
      expect(result.ok, hash).toBe(false);
    }
    const good = fragment(shareLink('https://x.example/', validFile(minimalPlanFile())));
    const cut = readShareFragment(good.slice(0, Math.floor(good.length / 2)));
    expect(cut.ok).toBe(false);
    expect(readShareFragment('#section-2')).toEqual({
      ok: false,
      error: { reason: 'not_a_share_link' },
    });
  });

  it('refuses a plan from a newer FundGap, naming the version needed', () => {
    const result = readShareFragment(
      encode(JSON.stringify({ ...minimalPlanFile(), formatVersion: 7 })),
    );
    expect(result).toEqual({
      ok: false,
      error: { reason: 'plan', error: { reason: 'too_new', fileVersion: 7, supportedVersion: 2 } },
    });
  });

  it('refuses prototype-polluting keys and leaves Object.prototype alone', () => {
    const text = JSON.stringify(minimalPlanFile()).replace('{', '{"__proto__":{"polluted":true},');
    const result = readShareFragment(encode(text));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.reason === 'plan' && result.error.error.reason).toBe(
      'unsafe_keys',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports what is wrong with a plan that is valid JSON but not a valid plan', () => {
    const bad = minimalPlanFile() as { business: { horizonDays: unknown } };
    bad.business.horizonDays = 5;
    const result = readShareFragment(encode(JSON.stringify(bad)));
    expect(!result.ok && result.error.reason === 'plan' && result.error.error.reason).toBe(
      'invalid',
    );
  });

  it('stops decoding a 44 KB bomb at the 2 MB cap with a clear refusal, in well under a second', () => {
    // 20,000 LZW codes, each one longer than the last: ≈ 200 MB of text from a 44 KB link.
    const bomb = `#plan=${lzBomb(20_000)}`;
    expect(bomb.length).toBeLessThan(45_000);
    const cpu = process.cpuUsage();
    expect(readShareFragment(bomb)).toEqual({
      ok: false,
      error: { reason: 'too_large', maxChars: MAX_SHARE_TEXT_CHARS },
    });
    const used = process.cpuUsage(cpu);
    // CPU time: the wall clock of a busy machine measures other work too.
    expect((used.user + used.system) / 1000).toBeLessThan(1_000);
  });
});
