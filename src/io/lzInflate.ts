/**
 * lz-string's `decompressFromEncodedURIComponent`, with a cap on what it may produce.
 *
 * lz-string is LZW: each code of the input can stand for a string one character longer than
 * the previous, so n codes can produce ~n²/2 characters. A 44 KB link inflates to a 200 MB
 * string and a 261 KB link ran the tab out of memory; lz-string has no option to stop early.
 * This is the same algorithm (lz-string 1.5.0, MIT, © pieroxy), reading the same links, that
 * stops as soon as the output would pass `maxChars`, and refuses characters outside the
 * link alphabet instead of reading them as zeros.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map([...ALPHABET].map((c, i) => [c, i] as const));
/** Six bits per link character, read from the highest. */
const FIRST_BIT = 32;

export type Inflated =
  | { ok: true; text: string }
  | { ok: false; reason: 'garbled' }
  | { ok: false; reason: 'too_large' };

/**
 * Decompresses an lz-string URI-component payload, at most `maxChars` characters of output.
 * @example inflate(lzString.compressToEncodedURIComponent('hello'), 100) // { ok: true, text: 'hello' }
 */
export function inflate(payload: string, maxChars: number): Inflated {
  // A '+' that went through a form or a mail client may come back as a space.
  const input = payload.replace(/ /g, '+');
  const values = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const v = VALUE_OF.get(input[i]!);
    if (v === undefined) return { ok: false, reason: 'garbled' };
    values[i] = v;
  }
  if (values.length === 0) return { ok: false, reason: 'garbled' };

  let index = 1;
  let value = values[0]!;
  let mask = FIRST_BIT;
  const read = (count: number): number => {
    let bits = 0;
    for (let power = 1, k = 0; k < count; k++, power *= 2) {
      if (value & mask) bits += power;
      mask >>= 1;
      if (mask === 0) {
        mask = FIRST_BIT;
        value = values[index++] ?? 0;
      }
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const literal = (kind: number): string | null =>
    kind === 0 ? String.fromCharCode(read(8)) : kind === 1 ? String.fromCharCode(read(16)) : null;

  const first = literal(read(2));
  if (first === null) return { ok: false, reason: 'garbled' };
  dictionary.push(first);
  let w = first;
  const out: string[] = [first];
  let length = first.length;

  for (;;) {
    // Ran out of input before the end marker: a cut link.
    if (index > values.length) return { ok: false, reason: 'garbled' };
    let code = read(numBits);
    if (code === 2) return { ok: true, text: out.join('') };
    if (code === 0 || code === 1) {
      dictionary.push(literal(code)!);
      code = dictionary.length - 1;
      enlargeIn--;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    if (code < dictionary.length && code > 2) entry = dictionary[code]!;
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return { ok: false, reason: 'garbled' };
    length += entry.length;
    if (length > maxChars) return { ok: false, reason: 'too_large' };
    out.push(entry);
    dictionary.push(w + entry.charAt(0));
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
