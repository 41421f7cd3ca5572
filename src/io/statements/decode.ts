/**
 * A statement's bytes as text. Alipay exports GBK/GB18030, WeChat Pay and most banks UTF-8
 * (with or without a BOM); the browser's and Node's own `TextDecoder` reads all of them, so no
 * decoding library ships. UTF-8 is tried first and strictly (`fatal`): GBK bytes are almost never
 * valid UTF-8, so a file that passes is UTF-8, and one that fails is read as GB18030 (a superset
 * of GBK), strictly too. Anything else (UTF-16, a spreadsheet, an image) is refused.
 */

export type StatementEncoding = 'utf-8' | 'gb18030';

export type DecodeResult =
  { ok: true; text: string; encoding: StatementEncoding } | { ok: false; reason: 'not_text' };

/** Control characters other than tab, newline and carriage return: a sign of binary or UTF-16. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

function strict(label: StatementEncoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * @example decodeStatement(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { ok: true, text: 'a', encoding: 'utf-8' }
 */
export function decodeStatement(bytes: Uint8Array): DecodeResult {
  // UTF-16 with a BOM decodes "validly" as neither, but say so plainly rather than guess.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: false, reason: 'not_text' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: false, reason: 'not_text' };
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    // A file cut off mid-character (a broken download) still reads up to the cut, so the
    // reader can say "truncated" instead of "not text". A character is at most 4 bytes.
    let text: string | null = null;
    for (let cut = 0; cut <= 3 && text === null && cut < bytes.byteLength; cut++)
      text = strict(encoding, cut === 0 ? bytes : bytes.subarray(0, bytes.byteLength - cut));
    if (text === null) continue;
    // Only the first 64 KB: enough to see binary, cheap on a 20 MB export.
    if (CONTROL.test(text.slice(0, 65536))) return { ok: false, reason: 'not_text' };
    return { ok: true, text, encoding };
  }
  return { ok: false, reason: 'not_text' };
}
