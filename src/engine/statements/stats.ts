/** Small statistics for recurring-flow detection (plain numbers, no allocation tricks). */

export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** The middle value (the mean of the two middle values for an even count); 0 for none. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function stdev(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = sum(xs) / xs.length;
  return Math.sqrt(sum(xs.map((x) => (x - m) ** 2)) / xs.length);
}

/** Coefficient of variation (stdev ÷ mean); 0 for fewer than two values. */
export function variation(xs: readonly number[]): number {
  const m = sum(xs) / Math.max(1, xs.length);
  return m === 0 ? 0 : stdev(xs) / m;
}

/** The most frequent value and how often it occurs (ties: the smallest value). */
export function mode(xs: readonly number[]): { value: number; count: number } {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = { value: 0, count: 0 };
  for (const [value, count] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (count > best.count) best = { value, count };
  }
  return best;
}

export const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
