/**
 * The bytes of a text file as text, the same way in the app and the CLI. UTF-8 (with or without
 * a BOM) and UTF-16 (Windows Notepad's "Unicode", with a BOM, or without one when the text
 * starts with ASCII as JSON does) are read. Anything else is refused rather than guessed: GBK
 * (the default of older Chinese Windows programs) decoded as UTF-8 silently turns every Chinese
 * name into U+FFFD, so the caller is told which encoding it looks like and how to re-save.
 */

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { ok: false; reason: 'not_utf8'; looksLike: 'gbk' | 'unknown' };

function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // No BOM: ASCII text in UTF-16 has a zero in every other byte; UTF-8 text never has zeros.
  if (bytes.length % 2 !== 0) return null;
  const sample = Math.min(bytes.length, 64);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  if (oddZeros === sample / 2 && evenZeros === 0) return 'utf-16le';
  if (evenZeros === sample / 2 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** True when `bytes` read as GBK without error and hold Chinese characters. */
function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gbk', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    // Invalid GBK, or a runtime without the GBK decoder: say nothing about it.
    return false;
  }
}

/**
 * Decodes a text file's bytes. A leading BOM is removed.
 * @example decodeText(new TextEncoder().encode('{"a":1}')) // { ok: true, text: '{"a":1}', encoding: 'utf-8' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Order(bytes);
  if (utf16) {
    try {
      // The decoder drops a BOM of its own order by default.
      return {
        ok: true,
        text: new TextDecoder(utf16, { fatal: true }).decode(bytes),
        encoding: utf16,
      };
    } catch {
      return { ok: false, reason: 'not_utf8', looksLike: 'unknown' };
    }
  }
  try {
    // `fatal`: invalid UTF-8 (GBK, Latin-1) throws instead of turning into U+FFFD.
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { ok: false, reason: 'not_utf8', looksLike: looksLikeGbk(bytes) ? 'gbk' : 'unknown' };
  }
}
