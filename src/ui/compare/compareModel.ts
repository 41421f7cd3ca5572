import type { Analysis } from '../../engine/analyze';
import type { RunMetrics } from '../../engine/metrics';
import type { IsoDate, Plan } from '../../engine/model';
import { yuanFromFen } from '../../engine/money';
import { dateOfDay, timelineOf } from '../../engine/timeline';
import type { CompareMetricKey } from '../../i18n/messages/compare';
import { spendable } from '../charts/cashRows';

/**
 * The compare view's data, adapted from the engine's output: chart rows of what each scenario can
 * still spend each day (cash + credit still usable, as on the cash chart), and metric rows with
 * the best value of each found.
 */

export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

/** Colour and stroke pattern of each scenario's line; the baseline keeps the main chart's style. */
export const SERIES_STYLE = [
  { color: '#b4411a', dash: undefined },
  { color: '#7b3fa0', dash: '9 3 2 3' },
  { color: '#17663a', dash: '2 3' },
  { color: '#8a4b00', dash: '14 5' },
] as const;

export const seriesStyle = (i: number) => SERIES_STYLE[i % SERIES_STYLE.length]!;

/** One day of the chart: `s0`…`s3` are what the scenarios can still spend, in yuan. */
export type CompareRow = { day: number; date: IsoDate; baseline: number } & Record<
  `s${number}`,
  number
>;

export function compareRows(plan: Plan, analyses: readonly Analysis[]): CompareRow[] {
  const first = analyses[0];
  if (!first) return [];
  const base = first.baseline.projection;
  const t = timelineOf(plan.business.startDate, base.days);
  const rows: CompareRow[] = [];
  for (let d = 0; d < base.days; d++) {
    const row: CompareRow = {
      day: d,
      date: dateOfDay(t, d),
      baseline: yuanFromFen(spendable(base, d)),
    };
    analyses.forEach((a, i) => {
      row[`s${i}`] = yuanFromFen(spendable(a.stressed.projection, d));
    });
    rows.push(row);
  }
  return rows;
}

/** `moneyDays`: yuan × days short (the cumulative shortfall), shown with that unit. */
export type MetricFormat = 'days' | 'money' | 'moneyDays' | 'percent' | 'count';

export type MetricSpec = {
  key: CompareMetricKey;
  better: 'higher' | 'lower';
  format: MetricFormat;
  /** What null means: survival days null = never short (the best); otherwise "does not apply". */
  nullIsBest?: boolean;
  /**
   * false: shown, never starred. Across scenarios of one plan, a lower figure here does not mean
   * the scenario hurts less: a freeze "saves" financing cost and Ant share because the credit is
   * gone, and buffer days are read on the shock day, so a 1-day outage that locks Alipay cash
   * looked worse than a 30-day freeze (advisor walk, Dec 2026). Only the outcome rows rank.
   */
  ranked?: false;
};

export const METRIC_SPECS: readonly MetricSpec[] = [
  { key: 'survivalDays', better: 'higher', format: 'days', nullIsBest: true },
  { key: 'deepestShortfall', better: 'lower', format: 'money' },
  { key: 'daysShort', better: 'lower', format: 'days' },
  { key: 'cumulativeShortfall', better: 'lower', format: 'moneyDays' },
  { key: 'lowestCash', better: 'higher', format: 'money' },
  { key: 'financingCost', better: 'lower', format: 'money', ranked: false },
  { key: 'extraFinancingCost', better: 'lower', format: 'money', ranked: false },
  { key: 'cashBufferDays', better: 'higher', format: 'days', ranked: false },
  { key: 'stressCoverageRatio30d', better: 'higher', format: 'percent', ranked: false },
  { key: 'antGroupShare', better: 'lower', format: 'percent', ranked: false },
  { key: 'hhiHeadroom', better: 'lower', format: 'count', ranked: false },
];

export type MetricRow = { spec: MetricSpec; values: (number | null)[]; best: boolean[] };

/**
 * One row per metric; `best[i]` marks the columns holding the best value. Nothing is marked when
 * every column ties (there is nothing to choose) or there is only one column.
 */
export function metricRows(metrics: readonly RunMetrics[]): MetricRow[] {
  return METRIC_SPECS.map((spec) => {
    const values = metrics.map((m) => m[spec.key]);
    const score = values.map((v) => {
      if (v === null) return spec.nullIsBest ? Infinity : null;
      return spec.better === 'higher' ? v : -v;
    });
    const known = score.filter((s): s is number => s !== null);
    const top = Math.max(...known);
    const allTie = known.length === 0 || known.every((s) => s === top);
    const best = score.map(
      (s) => spec.ranked !== false && metrics.length > 1 && !allTie && s === top,
    );
    return { spec, values, best };
  });
}
