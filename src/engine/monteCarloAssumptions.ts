import { ANT_WIDE_EVENT_DAYS } from './presets';
import { standardNormal, uniformInt, type PathRandom } from './random';
import { RISK_FREEZE_DEFAULT_DAYS } from './terms';

/**
 * The Monte Carlo's assumptions: every one explicit, editable and shown next to the result.
 * Nothing here is a probability someone measured; each preset says where its numbers come from
 * (domain.md §1) and results hold "under these assumptions" only.
 */

/**
 * How long the outage lasts, in whole days (at least 1, at most to the end of the horizon).
 * - fixed: one known length (a documented event).
 * - uniform: every length in [min, max] equally likely; the honest choice when only a range is known.
 * - triangular: a range with a most likely value; fits domain.md's "default 30, range 7–90"
 *   without inventing a shape beyond those three numbers.
 * - lognormal: positive and right-skewed (most outages short, a few very long); median and σ of
 *   log-days, capped at `maxDays`.
 */
export type DurationDistribution =
  | { type: 'fixed'; days: number }
  | { type: 'uniform'; minDays: number; maxDays: number }
  | { type: 'triangular'; minDays: number; modeDays: number; maxDays: number }
  | { type: 'lognormal'; medianDays: number; sigma: number; maxDays: number };

export type DurationType = DurationDistribution['type'];

export type MonteCarloAssumptions = {
  /** The outage starts on a day drawn uniformly from [min, max] (day 0 = plan start). */
  startDay: { min: number; max: number };
  duration: DurationDistribution;
  /** Each week's inflows are scaled by a factor drawn uniformly from 1 ± this percentage. */
  revenueVariationPercent: number;
  /** Customers pay this many days late (uniform integer in [min, max]) for payments due during the outage. */
  paymentDelayDays: { min: number; max: number };
};

export const MONTE_CARLO_PRESET_IDS = [
  'technical',
  'maintenance',
  'risk_control',
  'ant_wide',
  'lasting',
] as const;
export type MonteCarloPresetId = (typeof MONTE_CARLO_PRESET_IDS)[number];

export type MonteCarloPreset = {
  id: MonteCarloPresetId;
  duration: DurationDistribution;
  /** Grade of the length in domain.md (W well sourced, U assumption). */
  grade: 'W' | 'U';
  /** Where the numbers come from, keyed like the app's languages. */
  source: { en: string; 'zh-CN': string };
};

/** Outage lengths from domain.md §1, one per cause. */
export const MONTE_CARLO_PRESETS: readonly MonteCarloPreset[] = [
  {
    id: 'technical',
    duration: { type: 'fixed', days: 1 },
    grade: 'W',
    source: {
      en: 'domain.md §1: technical outages lasted hours (Alipay 2015-05-27 ~2.5 h, Alibaba Cloud 2023-11-12 ~3.5 h); one day is the model’s smallest step.',
      'zh-CN':
        'FundGap 领域说明第1节：技术故障持续数小时（支付宝2015-05-27约2.5小时，阿里云2023-11-12约3.5小时）；模型以一天为最小单位。',
    },
  },
  {
    id: 'maintenance',
    duration: { type: 'fixed', days: 1 },
    grade: 'U',
    source: {
      en: 'domain.md §1: system upgrades take under a day (assumption).',
      'zh-CN': 'FundGap 领域说明第1节：系统升级通常不超过一天（假设值）。',
    },
  },
  {
    id: 'risk_control',
    duration: { type: 'triangular', minDays: 7, modeDays: RISK_FREEZE_DEFAULT_DAYS, maxDays: 90 },
    grade: 'U',
    source: {
      en: 'domain.md §1: risk-control freezes have no documented length; default 30 days, range 7–90 (assumption). Triangular uses exactly those three numbers.',
      'zh-CN':
        'FundGap 领域说明第1节：风控冻结没有公开统计，默认30天、区间7–90天（假设值）；三角分布只用这三个数。',
    },
  },
  {
    id: 'ant_wide',
    duration: { type: 'fixed', days: ANT_WIDE_EVENT_DAYS },
    grade: 'U',
    source: {
      en: 'A week-long Ant-wide event is a stress assumption; documented outages lasted hours (domain.md §1).',
      'zh-CN':
        '蚂蚁集团全面中断一周为压力假设；有记录的故障仅持续数小时（FundGap 领域说明第1节）。',
    },
  },
  {
    id: 'lasting',
    duration: { type: 'fixed', days: 365 },
    grade: 'W',
    source: {
      en: 'domain.md §1: limit cuts (Dec 2020) and the 2020–21 regulatory rectification were lasting: to the end of the horizon.',
      'zh-CN':
        'FundGap 领域说明第1节：额度下调（2020年12月）和2020–21年监管整改均为长期性：持续至测算期末。',
    },
  },
];

/** Preset that matches a scenario preset id (the outage cause), risk control when unknown. */
export function monteCarloPresetFor(scenarioId: string): MonteCarloPreset {
  const id: MonteCarloPresetId =
    scenarioId === 'technical_outage'
      ? 'technical'
      : scenarioId === 'maintenance'
        ? 'maintenance'
        : scenarioId.startsWith('ant_wide_event')
          ? 'ant_wide'
          : scenarioId === 'limit_cut_50' || scenarioId === 'regulatory_closure'
            ? 'lasting'
            : 'risk_control';
  return MONTE_CARLO_PRESETS.find((p) => p.id === id)!;
}

/**
 * Defaults: the preset's length; a start anywhere in the next 90 days (a quarter, assumption);
 * weekly revenue ±10 % (assumption); no payment delay. All editable.
 */
export function defaultAssumptions(
  preset: MonteCarloPreset = monteCarloPresetFor('risk_control_freeze_30d'),
  horizonDays = 365,
): MonteCarloAssumptions {
  return {
    startDay: { min: 0, max: Math.min(90, horizonDays - 1) },
    duration: durationWithin(preset.duration, horizonDays),
    revenueVariationPercent: 10,
    paymentDelayDays: { min: 0, max: 0 },
  };
}

/** The preset's length fitted to a horizon (a lasting outage runs to its end). */
export function durationWithin(d: DurationDistribution, horizonDays: number): DurationDistribution {
  const fit = (x: number) => Math.min(horizonDays, x);
  switch (d.type) {
    case 'fixed':
      return { ...d, days: d.days >= 365 ? horizonDays : fit(d.days) };
    case 'uniform':
      return { ...d, minDays: fit(d.minDays), maxDays: fit(d.maxDays) };
    case 'triangular':
      return { ...d, minDays: fit(d.minDays), modeDays: fit(d.modeDays), maxDays: fit(d.maxDays) };
    case 'lognormal':
      return { ...d, medianDays: fit(d.medianDays), maxDays: fit(d.maxDays) };
    default:
      return assertNever(d);
  }
}

const clampInt = (x: number, lo: number, hi: number): number =>
  Math.min(hi, Math.max(lo, Math.round(x)));

/** Draw one outage length in whole days, within [1, horizonDays]. */
export function sampleDuration(
  d: DurationDistribution,
  r: PathRandom,
  horizonDays: number,
): number {
  let days: number;
  switch (d.type) {
    case 'fixed':
      days = d.days;
      break;
    case 'uniform':
      days = uniformInt(r, Math.round(d.minDays), Math.round(d.maxDays));
      break;
    case 'triangular': {
      // Inverse CDF of the triangular distribution on [a, b] with mode c.
      const a = d.minDays;
      const b = d.maxDays;
      const c = Math.min(b, Math.max(a, d.modeDays));
      const u = r.next01();
      const f = b > a ? (c - a) / (b - a) : 0;
      days =
        b <= a
          ? a
          : u < f
            ? a + Math.sqrt(u * (b - a) * (c - a))
            : b - Math.sqrt((1 - u) * (b - a) * (b - c));
      break;
    }
    case 'lognormal':
      days = Math.min(d.maxDays, d.medianDays * Math.exp(d.sigma * standardNormal(r)));
      break;
    default:
      days = assertNever(d);
  }
  return clampInt(days, 1, horizonDays);
}

function assertNever(x: never): never {
  throw new Error(`unexpected ${JSON.stringify(x)}`);
}

export type AssumptionField =
  | 'startDay.min'
  | 'startDay.max'
  | 'duration.days'
  | 'duration.minDays'
  | 'duration.modeDays'
  | 'duration.maxDays'
  | 'duration.medianDays'
  | 'duration.sigma'
  | 'revenueVariationPercent'
  | 'paymentDelayDays.min'
  | 'paymentDelayDays.max';

export type AssumptionIssue = {
  field: AssumptionField;
  reason: 'range' | 'order';
  min: number;
  max: number;
};

/** Bounds of each assumption for a horizon of `days`; σ may be fractional, the rest are whole. */
export function assumptionBounds(
  field: AssumptionField,
  days: number,
): { min: number; max: number; whole: boolean } {
  switch (field) {
    case 'startDay.min':
    case 'startDay.max':
      return { min: 0, max: days - 1, whole: true };
    case 'duration.sigma':
      return { min: 0, max: 3, whole: false };
    case 'revenueVariationPercent':
      return { min: 0, max: 100, whole: true };
    case 'paymentDelayDays.min':
    case 'paymentDelayDays.max':
      return { min: 0, max: days, whole: true };
    default:
      return { min: 1, max: days, whole: true };
  }
}

/** Every field outside its bounds or out of order; empty when the assumptions can run. */
export function assumptionIssues(a: MonteCarloAssumptions, days: number): AssumptionIssue[] {
  const values: [AssumptionField, number][] = [
    ['startDay.min', a.startDay.min],
    ['startDay.max', a.startDay.max],
    ['revenueVariationPercent', a.revenueVariationPercent],
    ['paymentDelayDays.min', a.paymentDelayDays.min],
    ['paymentDelayDays.max', a.paymentDelayDays.max],
  ];
  const d = a.duration;
  if (d.type === 'fixed') values.push(['duration.days', d.days]);
  if (d.type === 'uniform' || d.type === 'triangular')
    values.push(['duration.minDays', d.minDays], ['duration.maxDays', d.maxDays]);
  if (d.type === 'triangular') values.push(['duration.modeDays', d.modeDays]);
  if (d.type === 'lognormal')
    values.push(
      ['duration.medianDays', d.medianDays],
      ['duration.sigma', d.sigma],
      ['duration.maxDays', d.maxDays],
    );
  const issues: AssumptionIssue[] = [];
  for (const [field, x] of values) {
    const b = assumptionBounds(field, days);
    if (!Number.isFinite(x) || x < b.min || x > b.max || (b.whole && !Number.isInteger(x))) {
      issues.push({ field, reason: 'range', min: b.min, max: b.max });
    }
  }
  const order = (field: AssumptionField, lo: number, hi: number) => {
    if (lo > hi && !issues.some((i) => i.field === field))
      issues.push({ field, reason: 'order', min: lo, max: hi });
  };
  order('startDay.max', a.startDay.min, a.startDay.max);
  order('paymentDelayDays.max', a.paymentDelayDays.min, a.paymentDelayDays.max);
  if (d.type === 'uniform' || d.type === 'triangular')
    order('duration.maxDays', d.minDays, d.maxDays);
  if (d.type === 'triangular') {
    order('duration.modeDays', d.minDays, d.modeDays);
    order('duration.maxDays', d.modeDays, d.maxDays);
  }
  return issues;
}
