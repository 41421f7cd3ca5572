/** Path of the first number in `value` that is NaN or ±Infinity (typed arrays included). */
export function firstNonFinite(
  value: unknown,
  path = '$',
  seen = new Set<object>(),
): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${value}`;
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const arr = value as unknown as ArrayLike<number>;
    for (let i = 0; i < arr.length; i++) {
      if (!Number.isFinite(arr[i])) return `${path}[${i}] = ${arr[i]}`;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    const found = firstNonFinite(child, `${path}.${key}`, seen);
    if (found) return found;
  }
  return null;
}
