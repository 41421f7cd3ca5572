import fc from 'fast-check';
import lzString from 'lz-string';
import { describe, expect, it } from 'vitest';
import onlineShop from '../../examples/online-shop.json';
import { lzBomb } from './fixtures/lzBomb';
import { inflate } from './lzInflate';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

describe('inflate (lz-string with an output cap)', () => {
  it('reads exactly what lz-string writes, for any text', () => {
    fc.assert(
      fc.property(
        // Any UTF-16 code units, lone surrogates included (fc.string's 'binary' unit is slow to make).
        fc
          .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 })
          .map((units) => String.fromCharCode(...units)),
        (text) => {
          const link = lzString.compressToEncodedURIComponent(text);
          const result = inflate(link, 10_000);
          if (text === '') expect(result.ok).toBe(false);
          else expect(result).toEqual({ ok: true, text });
        },
      ),
      { seed: 17, numRuns: 300 },
    );
    const plan = JSON.stringify(onlineShop);
    expect(inflate(lzString.compressToEncodedURIComponent(plan), 2 ** 21)).toEqual({
      ok: true,
      text: plan,
    });
  });

  it('agrees with lz-string on damaged links wherever lz-string gives text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: 60 }),
        (link) => {
          let theirs: string | null;
          try {
            theirs = lzString.decompressFromEncodedURIComponent(link);
          } catch {
            theirs = null; // lz-string itself throws on some damage ("z")
          }
          const ours = inflate(link, 1_000_000);
          // A first code of 3 (first character 'w' or later) is no valid start; lz-string reads
          // on with `undefined` as its first entry, inflate refuses it.
          const validStart = ALPHABET.indexOf(link[0]!) < 48;
          if (theirs && validStart) expect(ours).toEqual({ ok: true, text: theirs });
          else if (ours.ok) expect(ours.text).toBe(theirs);
        },
      ),
      { seed: 18, numRuns: 2_000 },
    );
  });

  it('the bomb is a real lz-string link (small, checked against lz-string itself)', () => {
    const small = lzBomb(100);
    const text = lzString.decompressFromEncodedURIComponent(small);
    // 'a', then entries of 2 … 101 characters.
    expect(text).toBe('a'.repeat(1 + (101 * 102) / 2 - 1));
    expect(inflate(small, 10_000)).toEqual({ ok: true, text });
  });

  it('stops a 44 KB bomb (≈ 200 MB of output) at the cap, in well under a second', () => {
    const bomb = lzBomb(20_000);
    expect(bomb.length).toBeGreaterThan(30_000);
    expect(bomb.length).toBeLessThan(45_000);
    // CPU time, not wall time: on a busy machine the wall clock measures the other work too.
    // (Cold, this takes ~0.1–0.2 s of CPU; lz-string itself needs 5–16 s and runs out of memory.)
    const cpu = process.cpuUsage();
    const heap = process.memoryUsage().heapUsed;
    expect(inflate(bomb, 2 * 1024 * 1024)).toEqual({ ok: false, reason: 'too_large' });
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1000).toBeLessThan(1_000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses characters outside the link alphabet', () => {
    expect(inflate('N4Ig%%', 100)).toEqual({ ok: false, reason: 'garbled' });
    expect(inflate('', 100)).toEqual({ ok: false, reason: 'garbled' });
  });
});
