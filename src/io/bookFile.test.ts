import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { arbPlanAndScenario } from '../engine/testRandomScenarios';
import { encryptBook, isEncryptedBookText, PBKDF2_ITERATIONS, readBook } from './bookCrypto';
import { parseBookText, stringifyBook, type BookClient } from './bookFile';
import { describeBookError } from './bookFileText';
import { fileFromPlan } from './planConvert';
import { parsePlanValue } from './planFile';

const NOW = new Date('2026-12-06T12:00:00.000Z');
const PASS = '青山 correct horse 2026';

/** 200 generated clients, each a validated plan file with a saved scenario. */
const clients: BookClient[] = fc
  .sample(arbPlanAndScenario(), { seed: 6, numRuns: 200 })
  .map(({ plan, scenario }, i) => {
    const parsed = parsePlanValue(fileFromPlan(plan, [scenario]));
    if (!parsed.ok) throw new Error('generated plan does not validate');
    return { name: `客户 ${i + 1}`, file: parsed.file };
  });

/** The encrypted book's text with one character of the ciphertext changed. */
function tamper(text: string): string {
  const value = JSON.parse(text) as { data: string };
  const at = Math.floor(value.data.length / 2);
  const swapped = value.data[at] === 'A' ? 'B' : 'A';
  return JSON.stringify({
    ...value,
    data: value.data.slice(0, at) + swapped + value.data.slice(at + 1),
  });
}

describe('book file, unencrypted', () => {
  it('round-trips 200 clients', () => {
    const result = parseBookText(stringifyBook(clients, NOW));
    expect(result).toEqual({ ok: true, book: { exportedAt: NOW.toISOString(), clients } });
  });

  it('refuses the whole book, naming the first bad client, rather than part of it', () => {
    const value = JSON.parse(stringifyBook(clients.slice(0, 3), NOW));
    value.clients[1].file.business.horizonDays = 5;
    const result = parseBookText(JSON.stringify(value));
    expect(result).toMatchObject({
      ok: false,
      error: { reason: 'client', index: 1, name: '客户 2' },
    });
    expect(
      describeBookError(!result.ok ? result.error : { reason: 'tampered' }, 'zh-CN'),
    ).toContain('第 2 个客户“客户 2”的方案无效：business.horizonDays');
  });

  it('refuses what is not a book, a newer book and a single plan file', () => {
    expect(parseBookText('{"format":"fundgap-book","version":2}')).toMatchObject({
      ok: false,
      error: { reason: 'too_new', fileVersion: 2 },
    });
    expect(parseBookText(JSON.stringify(clients[0]!.file))).toEqual({
      ok: false,
      error: { reason: 'not_a_book' },
    });
    expect(parseBookText('nonsense')).toEqual({ ok: false, error: { reason: 'not_a_book' } });
  });
});

describe('book file, encrypted', () => {
  let text = '';
  beforeAll(async () => {
    text = await encryptBook(clients, PASS, NOW);
  }, 60_000);

  it('round-trips 200 clients with the passphrase, and shows none of them without it', async () => {
    expect(isEncryptedBookText(text)).toBe(true);
    expect(text).not.toContain('客户');
    expect(await readBook(text, PASS)).toEqual({
      ok: true,
      book: { exportedAt: NOW.toISOString(), clients },
    });
    expect(await readBook(text)).toEqual({ ok: false, error: { reason: 'encrypted' } });
  }, 60_000);

  it('keeps its key parameters in the header: PBKDF2-SHA-256 ≥ 600,000, 16-byte salt, 12-byte IV', () => {
    const header = JSON.parse(text);
    expect(header).toMatchObject({
      format: 'fundgap-book-encrypted',
      version: 1,
      cipher: 'AES-GCM',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS },
    });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(atob(header.kdf.salt)).toHaveLength(16);
    expect(atob(header.iv)).toHaveLength(12);
  });

  it('says a wrong passphrase is wrong, and gives back nothing', async () => {
    const result = await readBook(text, `${PASS}!`);
    expect(result).toEqual({ ok: false, error: { reason: 'wrong_passphrase' } });
  }, 60_000);

  it('says a changed byte is tampering, not a wrong passphrase, and gives back nothing', async () => {
    expect(await readBook(tamper(text), PASS)).toEqual({
      ok: false,
      error: { reason: 'tampered' },
    });
    // The header is authenticated too: a different IV fails the same way.
    const header = JSON.parse(text);
    const otherIv = JSON.stringify({ ...header, iv: btoa('\u0001'.repeat(12)) });
    expect(await readBook(otherIv, PASS)).toEqual({ ok: false, error: { reason: 'tampered' } });
    // A crafted iteration count cannot hang the tab, nor weaken the key below the floor.
    for (const iterations of [1000, 1e9]) {
      const crafted = JSON.stringify({ ...header, kdf: { ...header.kdf, iterations } });
      expect(await readBook(crafted, PASS)).toEqual({ ok: false, error: { reason: 'tampered' } });
    }
  }, 60_000);

  it('words the two refusals differently, in both languages', () => {
    const said = (['wrong_passphrase', 'tampered'] as const).flatMap((reason) =>
      (['en', 'zh-CN'] as const).map((lang) => describeBookError({ reason }, lang)),
    );
    expect(new Set(said).size).toBe(4);
    expect(said[0]).toMatch(/^Wrong passphrase/);
    expect(said[1]).toMatch(/^密码不正确/);
    expect(said[2]).toMatch(/changed or damaged/);
    expect(said[3]).toMatch(/被改动或已损坏/);
  });
});
