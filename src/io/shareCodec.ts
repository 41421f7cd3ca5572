import { deflateSync, Inflate, strToU8 } from 'fflate';
import type { PlanFile } from './planSchema';
import { compactPlan } from './shareCompact';
import { SHARE_DICTIONARY_V1 } from './shareDictionary';

/**
 * Version-1 share-link payload: the compact plan (`shareCompact.ts`) as UTF-8 JSON, raw DEFLATE
 * (fflate, level 9) with a preset dictionary (`shareDictionary.ts`), in base64url without
 * padding — only characters a URL fragment, a chat app and a linkifier leave alone.
 *
 * Decoding is capped like the old lz-string links: the input is fed to the inflater 1 KB at a
 * time (DEFLATE expands at most ~1,032×, so ≤ ~1 MB per step) and stops once the output passes
 * `maxBytes`; a 8 KB link that inflates to 8 MB is refused at the cap.
 */

let dictionary: Uint8Array | null = null;
const dictionaryBytes = (): Uint8Array => (dictionary ??= strToU8(SHARE_DICTIONARY_V1));

const BASE64URL = /^[A-Za-z0-9_-]*$/;
const INPUT_STEP = 1024;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The payload of a version-1 link for a validated plan file.
 * @example encodeSharePayload(file) // 'q1ZKTEz…'
 */
export function encodeSharePayload(file: PlanFile): string {
  const json = strToU8(JSON.stringify(compactPlan(file)));
  return toBase64Url(deflateSync(json, { level: 9, dictionary: dictionaryBytes() }));
}

export type DecodedPayload =
  | { ok: true; text: string }
  | { ok: false; reason: 'garbled' }
  | { ok: false; reason: 'too_large' };

/**
 * The compact plan's JSON text from a version-1 payload, at most `maxBytes` of UTF-8. Never throws.
 * @example decodeSharePayload(encodeSharePayload(file), 2 ** 21) // { ok: true, text: '{"a":1,…' }
 */
export function decodeSharePayload(payload: string, maxBytes: number): DecodedPayload {
  const input = fromBase64Url(payload);
  if (!input || input.length === 0) return { ok: false, reason: 'garbled' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  try {
    const inflater = new Inflate({ dictionary: dictionaryBytes() }, (chunk, final) => {
      chunks.push(chunk);
      total += chunk.length;
      ended = final;
    });
    for (let at = 0; at < input.length; at += INPUT_STEP) {
      inflater.push(input.subarray(at, at + INPUT_STEP), at + INPUT_STEP >= input.length);
      if (total > maxBytes) return { ok: false, reason: 'too_large' };
    }
  } catch {
    // fflate throws on a corrupt or cut stream.
    return { ok: false, reason: 'garbled' };
  }
  if (!ended) return { ok: false, reason: 'garbled' };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'garbled' };
  }
}
