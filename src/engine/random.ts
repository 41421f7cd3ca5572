import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * Seeded randomness for the Monte Carlo: every path draws from its own generator, made from
 * (seed, pathIndex) alone. A path's numbers therefore never depend on which batch, worker or
 * order ran it, so Node and the browser agree to the fen.
 */
export type PathRandom = {
  /** Uniform in [0, 1), 53 bits. */
  next01: () => number;
};

/** splitmix32 step: a well-mixed 32-bit output from a counter (Vigna's splitmix, 32-bit variant). */
function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

/**
 * The generator of path `pathIndex` under `seed`: xoroshiro128+ whose 128-bit state is four
 * splitmix32 outputs of a hash of (seed, pathIndex). Hashing first matters: xoroshiro seeded
 * directly with neighbouring integers starts in nearly equal states.
 * @example const r = pathRandom(42, 0); r.next01() // same value on every run and machine
 */
export function pathRandom(seed: number, pathIndex: number): PathRandom {
  let h = splitmix32(splitmix32(seed | 0) ^ Math.imul(pathIndex | 0, 0x27d4eb2f));
  const state: number[] = [];
  for (let i = 0; i < 4; i++) {
    h = splitmix32(h + i);
    state.push(h);
  }
  if (!state.some((w) => w !== 0)) state[0] = 1; // the one state xoroshiro cannot leave
  const rng: RandomGenerator = xoroshiro128plusFromState(state);
  return { next01: () => uniformFloat64(rng) };
}

/** Uniform integer in [min, max] (inclusive). */
export function uniformInt(r: PathRandom, min: number, max: number): number {
  if (max <= min) return min;
  return min + Math.floor(r.next01() * (max - min + 1));
}

/** Standard normal by Box–Muller; always consumes two uniforms so streams stay aligned. */
export function standardNormal(r: PathRandom): number {
  const u1 = 1 - r.next01(); // (0, 1]: log is finite
  const u2 = r.next01();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
