import { describe, expect, it } from 'vitest';
import {
  breakEvenStatus,
  cashBufferStatus,
  coverageStatus,
  extraCostStatus,
  gapStatus,
  hhiLevel,
  hhiStatus,
  maxCutStatus,
  survivalStatus,
} from './metricStatus';

describe('metric thresholds', () => {
  it('survival: ≥ 180 days (DNB) or never short is good, under a 30-day freeze is a risk', () => {
    expect(survivalStatus(null)).toBe('good');
    expect(survivalStatus(180)).toBe('good');
    expect(survivalStatus(179)).toBe('watch');
    expect(survivalStatus(30)).toBe('watch');
    expect(survivalStatus(29)).toBe('risk');
    expect(survivalStatus(0)).toBe('risk');
  });

  it('cash buffer days: 27 median good, under 15 risk (JPMorgan Chase Institute)', () => {
    expect(cashBufferStatus(27)).toBe('good');
    expect(cashBufferStatus(26.9)).toBe('watch');
    expect(cashBufferStatus(15)).toBe('watch');
    expect(cashBufferStatus(14.9)).toBe('risk');
    expect(cashBufferStatus(null)).toBe('good');
  });

  it('coverage: 100 % is the floor', () => {
    expect(coverageStatus(100)).toBe('good');
    expect(coverageStatus(99.9)).toBe('risk');
    expect(coverageStatus(null)).toBe('good');
  });

  it('HHI: 1,000 and 1,800 bands (2023 Merger Guidelines); no credit at all is a risk', () => {
    expect(hhiLevel(1000)).toBe('low');
    expect(hhiLevel(1001)).toBe('moderate');
    expect(hhiLevel(1800)).toBe('moderate');
    expect(hhiLevel(1801)).toBe('high');
    expect(hhiStatus(900)).toBe('good');
    expect(hhiStatus(1500)).toBe('watch');
    expect(hhiStatus(10_000)).toBe('risk');
    expect(hhiStatus(null)).toBe('risk');
  });

  it('break-even outage: never or ≥ 90 days good, under 30 days risk', () => {
    expect(breakEvenStatus(null)).toBe('good');
    expect(breakEvenStatus(90)).toBe('good');
    expect(breakEvenStatus(30)).toBe('watch');
    expect(breakEvenStatus(29)).toBe('risk');
    expect(breakEvenStatus(0)).toBe('risk');
  });

  it('deepest survivable cut: ≥ 50 % good, under the 30 % of Dec 2020 a risk, null (short already) a risk', () => {
    expect(maxCutStatus(100)).toBe('good');
    expect(maxCutStatus(50)).toBe('good');
    expect(maxCutStatus(30)).toBe('watch');
    expect(maxCutStatus(18)).toBe('risk');
    expect(maxCutStatus(null)).toBe('risk');
  });

  it('gaps are a risk; extra cost is only worth watching', () => {
    expect(gapStatus(0)).toBe('good');
    expect(gapStatus(1)).toBe('risk');
    expect(extraCostStatus(0)).toBe('good');
    expect(extraCostStatus(-10)).toBe('good');
    expect(extraCostStatus(460)).toBe('watch');
  });
});
