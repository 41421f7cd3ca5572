import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbPlanAndScenario } from '../engine/testRandomScenarios';
import { fileFromPlan } from './planConvert';
import { parsePlanValue } from './planFile';
import type { PlanFile } from './planSchema';
import { MAX_SHARE_TEXT_CHARS, readShareFragment, shareLink } from './shareLink';
import { compactPlan, expandPlan } from './shareCompact';

const fragment = (url: string) => url.slice(url.indexOf('#'));
const toBase64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** A valid plan file with any text (Chinese, emoji, lone surrogates refused by JSON aside). */
const arbFile: fc.Arbitrary<PlanFile> = fc
  .tuple(arbPlanAndScenario(), fc.array(fc.string({ unit: 'grapheme', maxLength: 40 })))
  .map(([{ plan, scenario }, names]) => {
    const raw = fileFromPlan(plan, [scenario]);
    raw.business.name = names[0] ?? '';
    raw.cashFlows.forEach((flow, i) => (flow.name = names[i + 1] ?? flow.name));
    const parsed = parsePlanValue(raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    return parsed.file;
  });

describe('version-1 share links', () => {
  it('give back the same plan for any valid plan', () => {
    fc.assert(
      fc.property(arbFile, (file) => {
        const back = readShareFragment(fragment(shareLink('https://x.example/', file)));
        expect(back.ok && back.file).toEqual(file);
      }),
      { seed: 19, numRuns: 150 },
    );
  });

  it('keep a field they do not know under its own name, even one that looks like a code', () => {
    const value = { formatVersion: 1, a: 1, '~b': 2, later: { c: 3 } };
    expect(expandPlan(compactPlan(value as unknown as PlanFile))).toEqual(value);
  });

  it('refuse a DEFLATE bomb at the 2 MB cap, quickly', () => {
    // 8 MB of zeros deflates to ~8 KB: three times past the cap.
    const bomb = `#plan=_1${toBase64Url(deflateSync(new Uint8Array(8 * 1024 * 1024), { level: 9 }))}`;
    expect(bomb.length).toBeLessThan(12_000);
    const cpu = process.cpuUsage();
    expect(readShareFragment(bomb)).toEqual({
      ok: false,
      error: { reason: 'too_large', maxChars: MAX_SHARE_TEXT_CHARS },
    });
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1000).toBeLessThan(1_000);
  });

  it('refuse damage without throwing: bad characters, a cut link, noise, deep nesting', () => {
    const good = fragment(shareLink('https://x.example/', parsedSample()));
    const deep = toBase64Url(deflateSync(new TextEncoder().encode('['.repeat(100_000))));
    for (const hash of [
      '#plan=_1',
      '#plan=_1%%%',
      '#plan=_1abc+/=',
      good.slice(0, good.length - 8),
      `#plan=_1${'A'.repeat(500)}`,
      `#plan=_1${deep}`,
    ]) {
      expect(readShareFragment(hash).ok, hash.slice(0, 40)).toBe(false);
    }
  });

  it('refuse prototype-polluting keys inside the compact plan', () => {
    const text = JSON.stringify(compactPlan(parsedSample())).replace('{', '{"__proto__":{"x":1},');
    const hash = `#plan=_1${toBase64Url(deflateSync(new TextEncoder().encode(text)))}`;
    const result = readShareFragment(hash);
    expect(!result.ok && result.error.reason === 'plan' && result.error.error.reason).toBe(
      'unsafe_keys',
    );
  });
});

function parsedSample(): PlanFile {
  const result = parsePlanValue({
    formatVersion: 1,
    business: { name: '样例', startDate: '2026-12-01', horizonDays: 90 },
    cashAccounts: [{ id: 'a', name: 'A', kind: 'bank', platformGroup: 'bank', balance: 100 }],
    cashFlows: [],
    fundingSources: [],
  });
  if (!result.ok) throw new Error('sample');
  return result.file;
}
