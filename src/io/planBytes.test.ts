import { describe, expect, it } from 'vitest';
import { minimalPlanFile } from './fixtures/minimalPlanFile';
import { describeError, describeIssueAt } from './issueText';
import { MAX_PLAN_BYTES, parsePlanBytes, parsePlanValue } from './planFile';

/**
 * Issue 17, item 8: a plan file's bytes are read the same way in the app (file picker) and the
 * CLI. UTF-8 and UTF-16 open; GBK is refused with the hint to re-save, never garbled.
 */

const NAME = '青山服饰';
const planText = (): string => {
  const file = minimalPlanFile();
  file.business.name = NAME;
  return JSON.stringify(file, null, 2);
};

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => {
  const bytes = utf16le(text);
  for (let i = 0; i + 1 < bytes.length; i += 2)
    [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
  return bytes;
};
const concat = (...parts: ArrayLike<number>[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => Array.from(p)));

/** The plan with its Chinese name in GBK: 青山服饰 = C7E0 C9BD B7FE CACE; the rest is ASCII. */
function gbkPlan(): Uint8Array {
  const [before, after] = planText().split(NAME) as [string, string];
  return concat(utf8(before), [0xc7, 0xe0, 0xc9, 0xbd, 0xb7, 0xfe, 0xca, 0xce], utf8(after));
}

function nameOf(result: ReturnType<typeof parsePlanBytes>): string {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.file.business.name;
}

describe('parsePlanBytes: encodings', () => {
  it('opens UTF-8, with and without a byte-order mark', () => {
    expect(nameOf(parsePlanBytes(utf8(planText())))).toBe(NAME);
    expect(nameOf(parsePlanBytes(concat([0xef, 0xbb, 0xbf], utf8(planText()))))).toBe(NAME);
  });

  it('opens UTF-16 (Notepad "Unicode") in both byte orders, with or without a BOM', () => {
    expect(nameOf(parsePlanBytes(concat([0xff, 0xfe], utf16le(planText()))))).toBe(NAME);
    expect(nameOf(parsePlanBytes(concat([0xfe, 0xff], utf16be(planText()))))).toBe(NAME);
    expect(nameOf(parsePlanBytes(utf16le(planText())))).toBe(NAME);
    expect(nameOf(parsePlanBytes(utf16be(planText())))).toBe(NAME);
  });

  it('refuses GBK with the hint to save as UTF-8, in both languages, instead of garbling names', () => {
    const result = parsePlanBytes(gbkPlan());
    expect(result).toEqual({ ok: false, error: { reason: 'not_utf8', looksLike: 'gbk' } });
    if (result.ok) return;
    expect(describeError(result.error, 'en')).toMatch(/GBK.*UTF-8/);
    expect(describeError(result.error, 'zh-CN')).toMatch(/GBK 编码.*UTF-8/);
  });

  it('refuses other bytes that are not text, without guessing', () => {
    const result = parsePlanBytes(Uint8Array.from([0x7b, 0x80, 0x81, 0xff, 0x7d]));
    expect(result).toEqual({ ok: false, error: { reason: 'not_utf8', looksLike: 'unknown' } });
  });

  it('refuses more than 2 MB of bytes before decoding them', () => {
    const result = parsePlanBytes(new Uint8Array(MAX_PLAN_BYTES + 1));
    expect(result).toEqual({ ok: false, error: { reason: 'too_large', maxBytes: MAX_PLAN_BYTES } });
  });
});

describe('numbers written the way an input method types them', () => {
  it('full-width digits in a number field are refused saying why', () => {
    const file = minimalPlanFile() as unknown as { cashAccounts: { balance: unknown }[] };
    file.cashAccounts[0]!.balance = '２００００';
    const result = parsePlanValue(file);
    if (result.ok || result.error.reason !== 'invalid') throw new Error('expected invalid');
    const [issue] = result.error.issues;
    expect(issue).toMatchObject({ path: 'cashAccounts[0].balance', code: 'full_width_digits' });
    expect(describeIssueAt(issue!, 'en')).toMatch(/full-width digits .* half-width/);
    expect(describeIssueAt(issue!, 'zh-CN')).toMatch(/全角数字.*半角/);
  });

  it('"0x10" is not read as 16: it is refused as not a number', () => {
    const file = minimalPlanFile() as unknown as { cashAccounts: { balance: unknown }[] };
    file.cashAccounts[0]!.balance = '0x10';
    const result = parsePlanValue(file);
    if (result.ok || result.error.reason !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues).toEqual([
      expect.objectContaining({ path: 'cashAccounts[0].balance', code: 'not_a_number' }),
    ]);
    // In JSON text 0x10 is a syntax error, never 16.
    const text = JSON.stringify(minimalPlanFile()).replace('"balance":20000', '"balance":0x10');
    expect(parsePlanBytes(utf8(text))).toMatchObject({ ok: false, error: { reason: 'not_json' } });
  });
});
