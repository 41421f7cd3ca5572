import { formatPath } from './issues';

/**
 * Cheap structural checks on untrusted JSON before anything reads it field by field.
 */

/** Keys that could reach a prototype if some later code copied the object naively. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** UTF-8 size of a string without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export type ShapeProblem =
  { reason: 'unsafe_keys'; path: string } | { reason: 'too_deep'; maxDepth: number };

/**
 * Walks a parsed value (iteratively, so hostile nesting cannot overflow the stack) and reports
 * the first `__proto__` / `constructor` / `prototype` key, or nesting deeper than `maxDepth`
 * objects/arrays (the top-level object is depth 1). Each object is visited once, so shared
 * references and cycles (which only non-JSON values can have) cost nothing extra.
 * @example findShapeProblem(JSON.parse('{"a":{"__proto__":{}}}'), 32) // { reason: 'unsafe_keys', path: 'a.__proto__' }
 */
export function findShapeProblem(value: unknown, maxDepth: number): ShapeProblem | null {
  const stack: { value: unknown; depth: number; path: PropertyKey[] }[] = [
    { value, depth: 1, path: [] },
  ];
  const seen = new WeakSet<object>();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (seen.has(item.value)) continue;
    seen.add(item.value);
    if (item.depth > maxDepth) return { reason: 'too_deep', maxDepth };
    if (Array.isArray(item.value)) {
      item.value.forEach((child, i) => {
        stack.push({ value: child, depth: item.depth + 1, path: [...item.path, i] });
      });
      continue;
    }
    for (const key of Object.keys(item.value)) {
      const path = [...item.path, key];
      if (UNSAFE_KEYS.has(key)) return { reason: 'unsafe_keys', path: formatPath(path) };
      const child = (item.value as Record<string, unknown>)[key];
      stack.push({ value: child, depth: item.depth + 1, path });
    }
  }
  return null;
}
