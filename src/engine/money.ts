import type { Fen, Yuan } from './model';

/** Largest amount a plan may hold: ¥10 billion, far beyond any SME, far inside 2^53 fen. */
export const MAX_YUAN = 10_000_000_000;
export const MAX_FEN: Fen = MAX_YUAN * 100;

/**
 * Yuan (up to 2 decimals, as typed in a file) to integer fen.
 * Rounds half away from zero on the third decimal so 0.1 + 0.2 style float noise never leaks.
 * @example fenFromYuan(48200.5) // 4820050
 */
export function fenFromYuan(yuan: Yuan): Fen {
  if (!Number.isFinite(yuan)) throw new RangeError(`not a finite amount: ${yuan}`);
  const fen = Math.sign(yuan) * Math.round(Math.abs(yuan) * 100);
  if (Math.abs(fen) > MAX_FEN) throw new RangeError(`amount out of range: ${yuan}`);
  return fen === 0 ? 0 : fen;
}

/** Integer fen to yuan for output (JSON, display). Exact for every safe integer of fen. */
export function yuanFromFen(fen: Fen): Yuan {
  return fen / 100;
}

/** Round a computed (fractional) fen value to the fen, half away from zero: the one posting rule. */
export function roundFen(x: number): Fen {
  // sign × round(|x|) without Math.sign and Math.abs: the same value (NaN too), in fewer steps
  // on a path the Monte Carlo takes for every inflow of every path.
  const r = x >= 0 ? Math.round(x) : -Math.round(-x);
  return r === 0 ? 0 : r;
}
