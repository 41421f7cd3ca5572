import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binnedPercentiles,
  PERCENTILES,
  percentileScratch,
  rankOf,
  type Percentiles,
} from './monteCarloSelect';

const asList = (q: Percentiles) => [q.p5, q.p25, q.p50, q.p75, q.p95];
const bySort = (xs: ArrayLike<number>) => {
  const sorted = Float64Array.from(xs).sort();
  return PERCENTILES.map((p) => sorted[rankOf(p, sorted.length)]!);
};

describe('binned percentiles (the bands of long columns)', () => {
  it('1…10,000 shuffled gives ranks 500, 2,500, 5,000, 7,500, 9,500', () => {
    const xs = Float64Array.from({ length: 10_000 }, (_, i) => ((i * 7919) % 10_000) + 1);
    expect(asList(binnedPercentiles(xs, percentileScratch(xs.length)))).toEqual([
      500, 2_500, 5_000, 7_500, 9_500,
    ]);
  });

  it('all equal, or two values only: every percentile is a value of the column', () => {
    const same = new Float64Array(5_000).fill(-123_456);
    expect(asList(binnedPercentiles(same, percentileScratch(5_000)))).toEqual(
      new Array(5).fill(-123_456),
    );
    // 20 % at 0 and 80 % at ¥1m: P5 is 0, from P25 on ¥1m.
    const two = Float64Array.from({ length: 5_000 }, (_, i) => (i % 5 === 0 ? 0 : 100_000_000));
    expect(asList(binnedPercentiles(two, percentileScratch(5_000)))).toEqual([
      0, 100_000_000, 100_000_000, 100_000_000, 100_000_000,
    ]);
  });

  it('one far outlier puts nearly everything in one bin: still exact', () => {
    const xs = Float64Array.from({ length: 4_000 }, (_, i) => (i * 37) % 4_000);
    xs[123] = 1e15;
    expect(asList(binnedPercentiles(xs, percentileScratch(xs.length)))).toEqual(bySort(xs));
  });

  it('agrees with a full sort on any long column (ties, skew, negatives), scratch reused', () => {
    const scratch = percentileScratch(6_000);
    fc.assert(
      fc.property(
        fc.integer({ min: 2_048, max: 6_000 }),
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer(),
        (n, spread, shape, seed) => {
          let h = seed | 0;
          const next = () => {
            h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + 0x6d2b79f5;
            return ((h >>> 0) % 1_000_003) / 1_000_003;
          };
          const xs = Float64Array.from({ length: n }, () => {
            const u = next();
            // Uniform, squared (skewed), coarse (many ties), or a cliff at the middle.
            const v =
              shape === 0
                ? u
                : shape === 1
                  ? u * u
                  : shape === 2
                    ? Math.round(u * 8) / 8
                    : u < 0.5
                      ? 0
                      : 1;
            return Math.round((v - 0.3) * spread);
          });
          const want = bySort(xs);
          const copy = Float64Array.from(xs);
          expect(asList(binnedPercentiles(xs, scratch))).toEqual(want);
          expect(xs).toEqual(copy); // the column is left as it was
        },
      ),
      { seed: 16, numRuns: 60 },
    );
  });
});
