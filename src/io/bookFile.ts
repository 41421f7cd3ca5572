import './zodConfig';
import { z } from 'zod';
import { MAX_CHECK_INS, storedCheckInSchema, type StoredCheckIn } from './checkInSchema';
import { formatIssues, type Issue } from './issues';
import { findShapeProblem, utf8ByteLength } from './jsonGuards';
import { MAX_PLAN_DEPTH, parsePlanValue, type PlanFileError } from './planFile';
import { LIMITS, type PlanFile } from './planSchema';

/**
 * The book file: every client file of an advisor in one file, to move a book between a laptop
 * and a phone or archive it (docs/book-file.md). Each client is the plan file FundGap exports,
 * validated on the way in exactly as an opened plan file (migrations included), so a book never
 * holds a plan a single file could not. Encryption is a wrapper around this text
 * (`bookCrypto.ts`).
 */

export const BOOK_FORMAT = 'fundgap-book';
export const BOOK_VERSION = 1;
/** Most clients a book holds: five times the largest book the app is measured with. */
export const MAX_BOOK_CLIENTS = 1000;
/** Largest book text read, UTF-8 bytes: 1,000 typical clients are ~10 MB. */
export const MAX_BOOK_BYTES = 32 * 1024 * 1024;
/** A plan's own nesting plus the book's three levels (book → clients → client). */
const MAX_BOOK_DEPTH = MAX_PLAN_DEPTH + 3;

/**
 * One client of the book: the name it has in the client list, its plan file, and its check-ins
 * (absent or empty when it has none; docs/check-ins.md).
 */
export type BookClient = { name: string; file: PlanFile; checkIns?: StoredCheckIn[] };

export type Book = {
  /** When the book was written, ISO 8601 UTC. */
  exportedAt: string;
  clients: BookClient[];
};

const bookSchema = z.object({
  format: z.literal(BOOK_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.iso.datetime(),
  clients: z
    .array(
      z.object({
        name: z.string().max(LIMITS.nameLength, { error: 'too_long' }),
        // Validated below as a plan file, with that file's own messages.
        file: z.unknown(),
        // All or nothing, like the plans: one bad check-in refuses the book, naming its path.
        checkIns: z.array(storedCheckInSchema).max(MAX_CHECK_INS, { error: 'too_many' }).optional(),
      }),
    )
    .max(MAX_BOOK_CLIENTS, { error: 'too_many' }),
});

export type BookError =
  | { reason: 'too_large'; maxBytes: number }
  | { reason: 'not_a_book' }
  /** An encrypted book read without a passphrase. */
  | { reason: 'encrypted' }
  | { reason: 'too_new'; fileVersion: number; supportedVersion: number }
  | { reason: 'invalid'; issues: Issue[] }
  /** Client `index` (0-based) is not a valid plan file. */
  | { reason: 'client'; index: number; name: string; error: PlanFileError }
  | { reason: 'wrong_passphrase' }
  | { reason: 'tampered' }
  | { reason: 'no_crypto' };

export type BookResult = { ok: true; book: Book } | { ok: false; error: BookError };

const fail = (error: BookError): BookResult => ({ ok: false, error });

/**
 * The text of a book file (compact JSON: a book of 200 clients is a few MB).
 * @example stringifyBook([{ name: '青山服饰', file }], new Date('2026-12-06T12:00:00Z'))
 */
export function stringifyBook(clients: readonly BookClient[], now: Date = new Date()): string {
  return JSON.stringify({
    format: BOOK_FORMAT,
    version: BOOK_VERSION,
    exportedAt: now.toISOString(),
    clients: clients.map((c) =>
      c.checkIns && c.checkIns.length > 0
        ? { name: c.name, file: c.file, checkIns: c.checkIns }
        : { name: c.name, file: c.file },
    ),
  });
}

/** True when a parsed value is an encrypted book (`bookCrypto.ts`), checked before anything else. */
export function isEncryptedBookValue(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === `${BOOK_FORMAT}-encrypted`
  );
}

/** JSON text → value, refusing what is too large or not JSON. */
export function parseBookJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: BookError } {
  if (typeof text !== 'string') return { ok: false, error: { reason: 'not_a_book' } };
  if (text.length > MAX_BOOK_BYTES || utf8ByteLength(text) > MAX_BOOK_BYTES) {
    return { ok: false, error: { reason: 'too_large', maxBytes: MAX_BOOK_BYTES } };
  }
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    return { ok: false, error: { reason: 'not_a_book' } };
  }
}

/**
 * Reads the text of an unencrypted book. Every client must be a valid plan file; the first one
 * that is not is named and the whole book is refused (nothing partial). Never throws.
 * @example const result = parseBookText(text); if (result.ok) merge(result.book.clients);
 */
export function parseBookText(text: string): BookResult {
  const json = parseBookJson(text);
  return json.ok ? parseBookValue(json.value) : fail(json.error);
}

/** Same as `parseBookText`, for a value already parsed. */
export function parseBookValue(value: unknown): BookResult {
  try {
    if (isEncryptedBookValue(value)) return fail({ reason: 'encrypted' });
    if (findShapeProblem(value, MAX_BOOK_DEPTH)) return fail({ reason: 'not_a_book' });
    const head = value as { format?: unknown; version?: unknown } | null;
    if (typeof head !== 'object' || head === null || head.format !== BOOK_FORMAT) {
      return fail({ reason: 'not_a_book' });
    }
    if (typeof head.version === 'number' && head.version > BOOK_VERSION) {
      return fail({ reason: 'too_new', fileVersion: head.version, supportedVersion: BOOK_VERSION });
    }
    const parsed = bookSchema.safeParse(value);
    if (!parsed.success) return fail({ reason: 'invalid', issues: formatIssues(parsed.error) });
    const clients: BookClient[] = [];
    for (const [index, client] of parsed.data.clients.entries()) {
      const plan = parsePlanValue(client.file);
      if (!plan.ok) return fail({ reason: 'client', index, name: client.name, error: plan.error });
      clients.push(
        client.checkIns && client.checkIns.length > 0
          ? { name: client.name, file: plan.file, checkIns: client.checkIns }
          : { name: client.name, file: plan.file },
      );
    }
    return { ok: true, book: { exportedAt: parsed.data.exportedAt, clients } };
  } catch {
    return fail({ reason: 'not_a_book' });
  }
}
