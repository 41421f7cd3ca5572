import { describe, expect, it } from 'vitest';
import {
  niceAt,
  niceIndex,
  roundAsSaid,
  roundDownAsSaid,
  roundGapAsSaid,
  roundUpAsSaid,
  smallestClosing,
} from './sizing';

const yuan = (y: number) => Math.round(y * 100);

describe('amounts as people say them', () => {
  it('rounds up to two significant figures', () => {
    expect(roundUpAsSaid(yuan(3_274.79))).toBe(yuan(3_300));
    expect(roundUpAsSaid(yuan(19_900))).toBe(yuan(20_000));
    expect(roundUpAsSaid(yuan(122_126))).toBe(yuan(130_000));
    expect(roundUpAsSaid(yuan(356_769))).toBe(yuan(360_000));
    expect(roundUpAsSaid(yuan(10_000))).toBe(yuan(10_000));
    expect(roundUpAsSaid(yuan(99_001))).toBe(yuan(100_000));
    expect(roundUpAsSaid(yuan(4.2))).toBe(yuan(10));
  });

  it('says a gap to three significant figures, to the nearest', () => {
    expect(roundGapAsSaid(yuan(123_480.58))).toBe(yuan(123_000));
    expect(roundGapAsSaid(yuan(122_126.37))).toBe(yuan(122_000));
    expect(roundGapAsSaid(yuan(19_900))).toBe(yuan(19_900));
    expect(roundGapAsSaid(yuan(3_274.79))).toBe(yuan(3_270));
    expect(roundGapAsSaid(yuan(361_522.71))).toBe(yuan(362_000));
    expect(roundGapAsSaid(yuan(99_960))).toBe(yuan(100_000));
    expect(roundGapAsSaid(yuan(4.2))).toBe(yuan(4));
    expect(roundGapAsSaid(yuan(0.3))).toBe(yuan(1));
    expect(roundGapAsSaid(0)).toBe(0);
  });

  it('rounds down and to the nearest on the same grid', () => {
    expect(roundDownAsSaid(yuan(127_250))).toBe(yuan(120_000));
    expect(roundDownAsSaid(yuan(208_500))).toBe(yuan(200_000));
    expect(roundAsSaid(yuan(96_400))).toBe(yuan(96_000));
    expect(roundAsSaid(yuan(96_600))).toBe(yuan(97_000));
  });

  it('indexes the grid in order, 90 amounts a decade', () => {
    expect(niceAt(0)).toBe(yuan(10));
    expect(niceAt(89)).toBe(yuan(99));
    expect(niceAt(90)).toBe(yuan(100));
    expect(niceAt(181)).toBe(yuan(1_100));
    for (let i = 0; i < 400; i++) {
      expect(niceAt(i + 1)).toBeGreaterThan(niceAt(i));
      expect(niceIndex(niceAt(i))).toBe(i);
    }
  });
});

describe('smallestClosing', () => {
  it('finds the smallest grid amount that closes, whatever the hint', () => {
    const need = yuan(61_234);
    const closes = (a: number) => a >= need;
    for (const hint of [yuan(1), yuan(60_000), yuan(5_000_000)])
      expect(smallestClosing(closes, yuan(1_000), yuan(1_000_000), hint)).toBe(yuan(62_000));
  });

  it('respects the minimum and says null when the cap is not enough', () => {
    expect(smallestClosing((a) => a >= yuan(3_275), yuan(10_000), yuan(100_000), yuan(3_275))).toBe(
      yuan(10_000),
    );
    expect(smallestClosing((a) => a >= yuan(250_000), yuan(10_000), yuan(200_000), 0)).toBeNull();
  });
});
