/**
 * True when `x` has at most `places` decimals (exact for |x| ≤ 10^10 and 2 places). Apart from
 * the plan schema so the guided start can refuse what the schema would, without loading zod.
 */
export function hasAtMostDecimals(x: number, places: number): boolean {
  const scale = 10 ** places;
  return Math.round(x * scale) / scale === x;
}
