// lz-string is CommonJS: its default export works in the bundler, Vitest and plain Node ESM alike.
import lzString from 'lz-string';
import {
  MAX_PLAN_BYTES,
  parsePlanText,
  stringifyPlanFile,
  type ParsePlanResult,
  type PlanFileError,
} from './planFile';
import type { PlanFile } from './planSchema';
import { inflate } from './lzInflate';

/**
 * Share links: the whole plan file, lz-string compressed, in the URL fragment (`#plan=…`).
 * Browsers never send the fragment to a server, so the plan stays between the two browsers.
 * The receiving side parses it like any plan file (size, unsafe keys, version, schema).
 *
 * Decoding is capped: it stops once the plan text would pass `MAX_SHARE_TEXT_CHARS` (2 MB, the
 * plan file's own limit) and the link is refused as `too_large`. lz-string alone has no cap, and
 * a 44 KB crafted link inflated to 200 MB (a 261 KB one ran the tab out of memory).
 */

export const SHARE_FRAGMENT_PREFIX = '#plan=';

/**
 * Links longer than this get a warning. Browsers accept far longer URLs (Chromium ~2 MB), but
 * ~2,000 characters is where links start to break elsewhere: the old de facto URL limit many
 * servers, proxies and link checkers still apply, and where e-mail clients and chat apps
 * (WeChat, SMS) cut, wrap or refuse to linkify a long link.
 */
export const SHARE_LINK_WARN_CHARS = 2000;

/** Longest fragment read at all: compressed text is never longer than the JSON it holds. */
const MAX_FRAGMENT_CHARS = MAX_PLAN_BYTES;

/** Most plan text a link may decode to, in UTF-16 units: the plan file's own 2 MB limit. */
export const MAX_SHARE_TEXT_CHARS = MAX_PLAN_BYTES;

export type ShareLinkError =
  | { reason: 'not_a_share_link' }
  | { reason: 'garbled' }
  /** The link decodes to more than `maxChars` characters of plan text (a decompression bomb). */
  | { reason: 'too_large'; maxChars: number }
  | { reason: 'plan'; error: PlanFileError };

export type ShareLinkResult =
  Extract<ParsePlanResult, { ok: true }> | { ok: false; error: ShareLinkError };

/**
 * A share link for a plan: `base` without its fragment, then `#plan=` and the compressed file.
 * @example shareLink('https://example.org/app/', file) // 'https://example.org/app/#plan=N4Ig…'
 */
export function shareLink(base: string, file: PlanFile): string {
  const page = base.split('#')[0] ?? base;
  return `${page}${SHARE_FRAGMENT_PREFIX}${lzString.compressToEncodedURIComponent(stringifyPlanFile(file).trimEnd())}`;
}

/** True when a URL fragment carries a shared plan (checked before anything is decoded). */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(SHARE_FRAGMENT_PREFIX);
}

/**
 * Reads a URL fragment (`location.hash`). Never throws.
 * @example readShareFragment('#plan=garbage') // { ok: false, error: { reason: 'garbled' } }
 */
export function readShareFragment(hash: string): ShareLinkResult {
  if (typeof hash !== 'string' || !isShareFragment(hash))
    return { ok: false, error: { reason: 'not_a_share_link' } };
  const payload = hash.slice(SHARE_FRAGMENT_PREFIX.length);
  if (payload.length > MAX_FRAGMENT_CHARS) {
    return {
      ok: false,
      error: { reason: 'plan', error: { reason: 'too_large', maxBytes: MAX_PLAN_BYTES } },
    };
  }
  const inflated = inflate(payload, MAX_SHARE_TEXT_CHARS);
  if (!inflated.ok) {
    return {
      ok: false,
      error:
        inflated.reason === 'too_large'
          ? { reason: 'too_large', maxChars: MAX_SHARE_TEXT_CHARS }
          : { reason: 'garbled' },
    };
  }
  // Damage can still decode to arbitrary text; the JSON and schema checks below catch it.
  if (!inflated.text) return { ok: false, error: { reason: 'garbled' } };
  const result = parsePlanText(inflated.text);
  if (!result.ok) {
    return {
      ok: false,
      error:
        result.error.reason === 'not_json'
          ? { reason: 'garbled' }
          : { reason: 'plan', error: result.error },
    };
  }
  return result;
}
