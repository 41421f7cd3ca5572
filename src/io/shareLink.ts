import {
  MAX_PLAN_BYTES,
  MAX_PLAN_DEPTH,
  parsePlanText,
  parsePlanValue,
  type ParsePlanResult,
  type PlanFileError,
} from './planFile';
import type { PlanFile } from './planSchema';
import { findShapeProblem } from './jsonGuards';
import { inflate } from './lzInflate';
import { decodeSharePayload, encodeSharePayload } from './shareCodec';
import { expandPlan } from './shareCompact';

/**
 * Share links: the plan in the URL fragment (`#plan=…`). Browsers never send the fragment to a
 * server, so the plan stays between the two browsers. The receiving side parses it like any
 * plan file (size, unsafe keys, version, schema). Two formats are read (docs/share-links.md):
 *
 * - version 1, written since December 2026: `#plan=_1` then the compact plan, DEFLATE with a
 *   preset dictionary, base64url (`shareCodec.ts`); the sample's link went from 4,978 to 94
 *   characters.
 * - version 0, the first links: the whole plan file's text, lz-string compressed. Still opened.
 *
 * Decoding is capped either way: it stops once the plan text would pass 2 MB (the plan file's
 * own limit) and the link is refused as `too_large`. A 44 KB crafted lz-string link inflated to
 * 200 MB (a 261 KB one ran the tab out of memory).
 */

export const SHARE_FRAGMENT_PREFIX = '#plan=';

/**
 * Links longer than this get a warning. Browsers accept far longer URLs (Chromium ~2 MB), but
 * ~2,000 characters is where links start to break elsewhere: the old de facto URL limit many
 * servers, proxies and link checkers still apply, and where e-mail clients and chat apps
 * (WeChat, SMS) cut, wrap or refuse to linkify a long link.
 */
export const SHARE_LINK_WARN_CHARS = 2000;

/** Marks a version-1 payload; '_' is outside lz-string's alphabet, so no old link starts so. */
export const SHARE_V1_MARK = '_1';

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
  return `${page}${SHARE_FRAGMENT_PREFIX}${SHARE_V1_MARK}${encodeSharePayload(file)}`;
}

export type EncodedShareLink =
  | { ok: true; link: string }
  /** The plan does not fit in `maxChars`: send the plan file instead. */
  | { ok: false; reason: 'too_long'; chars: number; maxChars: number };

/**
 * A share link that fits in `maxChars` (by default the 2,000 characters chat apps and SMS keep),
 * or why not, with the length it would have had.
 * @example encodeShareLink('https://x.example/', file) // { ok: true, link: 'https://x.example/#plan=_1…' }
 */
export function encodeShareLink(
  base: string,
  file: PlanFile,
  maxChars: number = SHARE_LINK_WARN_CHARS,
): EncodedShareLink {
  const link = shareLink(base, file);
  return link.length <= maxChars
    ? { ok: true, link }
    : { ok: false, reason: 'too_long', chars: link.length, maxChars };
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
  if (payload.startsWith(SHARE_V1_MARK)) return readPayloadV1(payload.slice(SHARE_V1_MARK.length));
  const inflated = inflate(payload, MAX_SHARE_TEXT_CHARS);
  if (!inflated.ok) return undecodable(inflated.reason);
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

/** A payload that did not decompress: damaged, or past the 2 MB cap (a bomb). */
function undecodable(reason: 'garbled' | 'too_large'): ShareLinkResult {
  return {
    ok: false,
    error:
      reason === 'too_large'
        ? { reason: 'too_large', maxChars: MAX_SHARE_TEXT_CHARS }
        : { reason: 'garbled' },
  };
}

function readPayloadV1(payload: string): ShareLinkResult {
  const decoded = decodeSharePayload(payload, MAX_PLAN_BYTES);
  if (!decoded.ok) return undecodable(decoded.reason);
  let compact: unknown;
  try {
    compact = JSON.parse(decoded.text);
  } catch {
    return { ok: false, error: { reason: 'garbled' } };
  }
  // Depth and unsafe keys are checked before the (recursive) expansion walks the value.
  const problem = findShapeProblem(compact, MAX_PLAN_DEPTH);
  if (problem) return { ok: false, error: { reason: 'plan', error: problem } };
  const result = parsePlanValue(expandPlan(compact));
  return result.ok ? result : { ok: false, error: { reason: 'plan', error: result.error } };
}
