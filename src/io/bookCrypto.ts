import './zodConfig';
import { z } from 'zod';
import {
  BOOK_FORMAT,
  isEncryptedBookValue,
  MAX_BOOK_BYTES,
  parseBookJson,
  parseBookText,
  stringifyBook,
  type BookClient,
  type BookResult,
} from './bookFile';

/**
 * A book file encrypted with a passphrase, with the browser's own WebCrypto (also in Node ≥ 20
 * and Workers): client financial data should never travel by e-mail in clear.
 *
 * - Key: PBKDF2-HMAC-SHA-256, `PBKDF2_ITERATIONS` (600,000, OWASP's 2023 figure for this
 *   hash) over the passphrase (UTF-8, NFC) with a random 16-byte salt gives 32 bytes; HKDF-SHA-256
 *   splits them into the AES-256-GCM key and a 32-byte check value (one PBKDF2 run, not two).
 * - Cipher: AES-256-GCM, random 12-byte IV, 128-bit tag; the header (format, version, KDF, salt,
 *   IV) is the additional data, so changing any of it fails like changing the ciphertext.
 * - The check value is stored in the header. A mismatch means the passphrase is wrong; a match
 *   followed by a failed tag means the file was changed or damaged. Guessing through the check
 *   costs the same 600,000 iterations per guess as guessing through the cipher.
 * Salt, IV, iteration count and check value are all in the file's header (docs/book-file.md).
 */

export const PBKDF2_ITERATIONS = 600_000;
/** Highest count a file may ask for: a crafted header must not hang the tab for minutes. */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 32;
const ENCRYPTED_FORMAT = `${BOOK_FORMAT}-encrypted`;
const ENCRYPTED_VERSION = 1;

const base64Of = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .refine((s) => s.length === Math.ceil(bytes / 3) * 4);

const headerSchema = z.object({
  format: z.literal(ENCRYPTED_FORMAT),
  version: z.literal(ENCRYPTED_VERSION),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(PBKDF2_ITERATIONS).max(MAX_ITERATIONS),
    salt: base64Of(SALT_BYTES),
  }),
  cipher: z.literal('AES-GCM'),
  iv: base64Of(IV_BYTES),
  check: base64Of(CHECK_BYTES),
});
const encryptedSchema = headerSchema.extend({
  data: z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .max(Math.ceil((MAX_BOOK_BYTES + 16) / 3) * 4),
});
type Header = z.infer<typeof headerSchema>;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const STEP = 0x8000;
  for (let i = 0; i < bytes.length; i += STEP) {
    binary += String.fromCharCode(...bytes.subarray(i, i + STEP));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The header's fields in a fixed order: the GCM additional data. */
const additionalData = (h: Header) =>
  utf8(
    JSON.stringify([
      h.format,
      h.version,
      h.kdf.name,
      h.kdf.hash,
      h.kdf.iterations,
      h.kdf.salt,
      h.cipher,
      h.iv,
    ]),
  );

async function deriveKeys(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<{ key: CryptoKey; check: Uint8Array }> {
  const subtle = globalThis.crypto.subtle;
  const password = await subtle.importKey(
    'raw',
    utf8(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const master = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    password,
    256,
  );
  const hkdf = await subtle.importKey('raw', master, 'HKDF', false, ['deriveKey', 'deriveBits']);
  const info = (label: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: utf8(label),
  });
  const key = await subtle.deriveKey(
    info('fundgap-book aes-gcm key'),
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const check = new Uint8Array(
    await subtle.deriveBits(info('fundgap-book passphrase check'), hkdf, CHECK_BYTES * 8),
  );
  return { key, check };
}

const hasCrypto = () => typeof globalThis.crypto?.subtle?.deriveBits === 'function';

/**
 * An encrypted book file's text for these clients.
 * @example const text = await encryptBook(clients, 'correct horse battery staple');
 */
export async function encryptBook(
  clients: readonly BookClient[],
  passphrase: string,
  now: Date = new Date(),
): Promise<string> {
  if (!hasCrypto()) throw new Error('WebCrypto (crypto.subtle) is not available');
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await deriveKeys(passphrase, salt, PBKDF2_ITERATIONS);
  const header: Header = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    cipher: 'AES-GCM',
    iv: toBase64(iv),
    check: toBase64(check),
  };
  const data = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(header) },
    key,
    utf8(stringifyBook(clients, now)),
  );
  return `${JSON.stringify({ ...header, data: toBase64(new Uint8Array(data)) }, null, 2)}\n`;
}

/** True when a book file's text is encrypted (so the app asks for the passphrase first). */
export function isEncryptedBookText(text: string): boolean {
  const json = parseBookJson(text);
  return json.ok && isEncryptedBookValue(json.value);
}

/**
 * Reads a book file, encrypted or not: with the right passphrase, the whole book; otherwise a
 * reason (`wrong_passphrase`, `tampered`, `encrypted` when no passphrase was given, …) and
 * nothing else. Never rejects.
 * @example const result = await readBook(text, passphrase); if (!result.ok) say(describeBookError(result.error, lang));
 */
export async function readBook(text: string, passphrase?: string): Promise<BookResult> {
  const json = parseBookJson(text);
  if (!json.ok) return json;
  if (!isEncryptedBookValue(json.value)) return parseBookText(text);
  if (passphrase === undefined) return { ok: false, error: { reason: 'encrypted' } };
  const version = (json.value as { version?: unknown }).version;
  if (typeof version === 'number' && version > ENCRYPTED_VERSION) {
    return {
      ok: false,
      error: { reason: 'too_new', fileVersion: version, supportedVersion: ENCRYPTED_VERSION },
    };
  }
  const parsed = encryptedSchema.safeParse(json.value);
  // A header that does not read as ours was changed (FundGap only writes valid ones).
  if (!parsed.success) return { ok: false, error: { reason: 'tampered' } };
  if (!hasCrypto()) return { ok: false, error: { reason: 'no_crypto' } };
  const file = parsed.data;
  let plain: ArrayBuffer;
  try {
    const { key, check } = await deriveKeys(
      passphrase,
      fromBase64(file.kdf.salt),
      file.kdf.iterations,
    );
    if (!sameBytes(check, fromBase64(file.check))) {
      return { ok: false, error: { reason: 'wrong_passphrase' } };
    }
    plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(file.iv), additionalData: additionalData(file) },
      key,
      fromBase64(file.data),
    );
  } catch {
    // The tag did not verify: the ciphertext or the header was changed after encryption.
    return { ok: false, error: { reason: 'tampered' } };
  }
  let inner: string;
  try {
    inner = new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return { ok: false, error: { reason: 'tampered' } };
  }
  return parseBookText(inner);
}

/** Constant-time comparison: how much of the check matched says nothing to a timer. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
