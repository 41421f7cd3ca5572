import type { Fen } from '../model';
import { yuanFromFen } from '../money';

/**
 * Amounts as people say them: two significant figures, rounded up so a rounded amount still
 * does what the exact one did (¥3,274.79 → ¥3,300, ¥19,900 → ¥20,000, ¥122,126 → ¥130,000).
 * The advisor searches on this grid directly, so every amount it states is one it simulated.
 */

/** The n-th amount of the grid (fen): 10, 11, … 99, 100, 110, … 990, 1,000, 1,100, … yuan. */
export function niceAt(index: number): Fen {
  const decade = Math.floor(index / 90);
  const mantissa = 10 + (index % 90);
  return mantissa * 10 ** decade * 100;
}

/** Index of the smallest grid amount ≥ `fen` (amounts under ¥10 round up to ¥10). */
export function niceIndex(fen: Fen): number {
  const yuan = yuanFromFen(fen);
  if (yuan <= 10) return 0;
  let decade = Math.max(0, Math.floor(Math.log10(yuan)) - 1);
  let mantissa = Math.ceil(yuan / 10 ** decade - 1e-9);
  if (mantissa > 99) {
    decade += 1;
    mantissa = Math.ceil(yuan / 10 ** decade - 1e-9);
  }
  return decade * 90 + (mantissa - 10);
}

/** `fen` rounded up to the grid. */
export function roundUpAsSaid(fen: Fen): Fen {
  return fen <= 0 ? 0 : niceAt(niceIndex(fen));
}

/** Index of the largest grid amount ≤ `fen`, or -1 below ¥10. */
function niceFloorIndex(fen: Fen): number {
  const i = niceIndex(fen);
  return niceAt(i) <= fen ? i : i - 1;
}

/**
 * Smallest grid amount in [min, cap] for which `closes` holds, by bracketing then bisection —
 * valid because more cash or credit never leaves less cash (the engine's property tests check
 * it). `hint` (the gap's depth) is where the bracket starts. Null when even the cap does not.
 */
export function smallestClosing(
  closes: (amount: Fen) => boolean,
  min: Fen,
  cap: Fen,
  hint: Fen,
): Fen | null {
  const first = niceIndex(Math.max(min, 1));
  const last = niceFloorIndex(cap);
  if (last < first) return null;
  let hi = Math.min(last, Math.max(first, niceIndex(hint)));
  let lo = first - 1; // below min: treated as not closing
  while (!closes(niceAt(hi))) {
    if (hi >= last) return null;
    lo = hi;
    hi = Math.min(last, niceIndex(niceAt(hi) * 2));
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (mid >= first && closes(niceAt(mid))) hi = mid;
    else lo = mid;
  }
  return niceAt(hi);
}

/** The largest grid amount ≤ `fen` (a cap said as people say it), or 0 below ¥10. */
export function roundDownAsSaid(fen: Fen): Fen {
  const i = niceFloorIndex(fen);
  return i < 0 ? 0 : niceAt(i);
}

/** `fen` to the nearest grid amount, for figures that are estimates rather than commitments. */
export function roundAsSaid(fen: Fen): Fen {
  if (fen <= 0) return 0;
  const up = niceIndex(fen);
  const down = niceAt(up) === fen ? up : up - 1;
  if (down < 0) return niceAt(0);
  return fen - niceAt(down) < niceAt(up) - fen ? niceAt(down) : niceAt(up);
}

/**
 * A gap's depth as an advisor says it across the table: three significant figures, to the
 * nearest (¥123,480.58 → ¥123,000, "约12.3万"; ¥19,900 → ¥19,900; ¥3,274.79 → ¥3,270). A measured
 * depth, not an amount to arrange, so it is rounded to the nearest rather than up, and kept to
 * three figures so it reads the same as the headline's whole-yuan depth to within 0.5 %. The exact
 * figure stays in the metrics (and on screen one tap away).
 * @example roundGapAsSaid(12_348_058) // 12_300_000 (¥123,000)
 */
export function roundGapAsSaid(fen: Fen): Fen {
  if (fen <= 0) return 0;
  const yuan = yuanFromFen(fen);
  const step = 10 ** Math.max(0, Math.floor(Math.log10(yuan)) - 2);
  return Math.max(step, Math.round(yuan / step) * step) * 100;
}
