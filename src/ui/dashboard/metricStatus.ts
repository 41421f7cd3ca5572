import { METRIC_THRESHOLDS, OUTAGE_DURATIONS } from '../../engine/defaults';

/**
 * Good / Watch / Risk for each metric against the published marks in `METRIC_THRESHOLDS`
 * (and the outage lengths in `OUTAGE_DURATIONS`). Pure: the cards only render the verdict.
 */
export type MetricStatus = 'good' | 'watch' | 'risk';

const T = METRIC_THRESHOLDS;
/** A typical risk-control freeze (30 days, an assumption): surviving less than one is a risk. */
export const SURVIVAL_RISK_DAYS = OUTAGE_DURATIONS.riskControlFreeze.defaultDays;
/** The Dec 2020 Huabei cut (5,000 → 3,500) was 30 %; the 50 % preset is the "good" mark. */
export const LIMIT_CUT_RISK = 30;
export const LIMIT_CUT_GOOD = 50;

/** ≥ 180 days (DNB) or no gap at all: good; under a typical freeze (30 days): risk. */
export function survivalStatus(days: number | null): MetricStatus {
  if (days === null || days >= T.survivalDaysStrong.value) return 'good';
  return days < SURVIVAL_RISK_DAYS ? 'risk' : 'watch';
}

/** Any day short is a risk. */
export function gapStatus(daysShort: number): MetricStatus {
  return daysShort > 0 ? 'risk' : 'good';
}

/** An added cost is worth watching, never a survival risk by itself. */
export function extraCostStatus(yuan: number): MetricStatus {
  return yuan > 0 ? 'watch' : 'good';
}

/** JPMorgan Chase Institute: median 27 days good; under 15 (half of firms) risk. */
export function cashBufferStatus(days: number | null): MetricStatus {
  if (days === null) return 'good';
  if (days >= T.cashBufferDaysMedian.value) return 'good';
  return days < T.cashBufferDaysWeak.value ? 'risk' : 'watch';
}

/** Basel LCR floor: ≥ 100 % good, below it risk. */
export function coverageStatus(percent: number | null): MetricStatus {
  if (percent === null) return 'good';
  return percent >= T.stressCoverageFloor.value ? 'good' : 'risk';
}

/** The merger guidelines' bands as words: ≤ 1,000 low, ≤ 1,800 moderate, above high. */
export function hhiLevel(hhi: number): 'low' | 'moderate' | 'high' {
  if (hhi > T.hhiHigh.value) return 'high';
  return hhi > T.hhiModerate.value ? 'moderate' : 'low';
}

/** Concentration: low good, moderate watch, high risk; no usable credit at all is a risk. */
const HHI_STATUS = { low: 'good', moderate: 'watch', high: 'risk' } as const satisfies Record<
  ReturnType<typeof hhiLevel>,
  MetricStatus
>;

/** Concentration: low good, moderate watch, high risk; no usable credit at all is a risk. */
export function hhiStatus(hhi: number | null): MetricStatus {
  return hhi === null ? 'risk' : HHI_STATUS[hhiLevel(hhi)];
}

/** Break-even outage vs freeze lengths (7–90 days, 30 typical): ≥ 90 or never good, < 30 risk. */
export function breakEvenStatus(days: number | null): MetricStatus {
  const f = OUTAGE_DURATIONS.riskControlFreeze;
  if (days === null || days >= f.max) return 'good';
  return days < f.defaultDays ? 'risk' : 'watch';
}

/** Deepest survivable cut: ≥ 50 % good, under the 30 % of the Dec 2020 cuts risk; null = short already. */
export function maxCutStatus(percent: number | null): MetricStatus {
  if (percent === null) return 'risk';
  if (percent >= LIMIT_CUT_GOOD) return 'good';
  return percent < LIMIT_CUT_RISK ? 'risk' : 'watch';
}
