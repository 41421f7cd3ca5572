import type { StressedMetrics } from '../../engine/analyze';
import { METRIC_THRESHOLDS, OUTAGE_DURATIONS } from '../../engine/defaults';
import { type CitationId, type Grade } from '../../engine/citations';
import type { RunMetrics } from '../../engine/metrics';
import { formatDays, formatMoneyShown, formatNumber, formatPercent } from '../../i18n/format';
import type { DashboardMessages, MetricId } from '../../i18n/messages/dashboard';
import type { Lang } from '../../i18n/lang';
import { shortDate } from './dates';
import {
  breakEvenStatus,
  cashBufferStatus,
  coverageStatus,
  extraCostStatus,
  gapStatus,
  hhiStatus,
  LIMIT_CUT_GOOD,
  LIMIT_CUT_RISK,
  maxCutStatus,
  survivalStatus,
  SURVIVAL_RISK_DAYS,
  type MetricStatus,
} from './metricStatus';

/** Everything one card shows, already in words. */
export type MetricCardView = {
  id: MetricId;
  title: string;
  meaning: string;
  value: string;
  /** The value is a word ("No gap in the horizon"), not a number: shown smaller. */
  isWord: boolean;
  status: MetricStatus;
  detail?: string;
  baseline?: string;
  mark: string;
  /** Where the mark comes from; absent when the mark is a definition rather than a published figure. */
  citation?: CitationId;
  grade?: Grade;
};

const T = METRIC_THRESHOLDS;
const FREEZE = OUTAGE_DURATIONS.riskControlFreeze;

/**
 * The stressed run's metrics as cards, with the baseline value for comparison where it means
 * something (the reverse-stress results exist only for the scenario).
 */
export function metricCards(
  s: StressedMetrics,
  b: RunMetrics,
  horizonDays: number,
  lang: Lang,
  m: DashboardMessages['metrics'],
  /** Large amounts in 万 (the reader's display setting; Chinese only). */
  wan = false,
): MetricCardView[] {
  const money = (x: number) => formatMoneyShown(x, lang, { wan });
  const days = (x: number) => formatDays(x, lang);
  const pct = (x: number) => formatPercent(x, lang, 0);
  const date = (iso: string) => shortDate(iso, lang, horizonDays);
  const word = (id: MetricId) => m.card[id].none;
  const orWord = <V>(id: MetricId, x: V | null, f: (v: V) => string) =>
    x === null ? word(id) : f(x);
  const vs = (value: string) => m.baseline({ value });
  const card = (
    id: MetricId,
    value: string | null,
    rest: Omit<MetricCardView, 'id' | 'title' | 'meaning' | 'value' | 'isWord'>,
    isWord = value === null,
  ): MetricCardView => ({
    id,
    title: m.card[id].title,
    meaning: m.card[id].meaning,
    value: value ?? word(id),
    isWord,
    ...rest,
  });

  const survivalMark = m.mark.survival({
    strong: days(T.survivalDaysStrong.value),
    weak: days(SURVIVAL_RISK_DAYS),
  });
  const survivalBasis = {
    citation: T.survivalDaysStrong.citation,
    grade: T.survivalDaysStrong.grade,
  };

  return [
    card('survivalDays', s.survivalDays === null ? null : days(s.survivalDays), {
      status: survivalStatus(s.survivalDays),
      baseline: vs(orWord('survivalDays', b.survivalDays, days)),
      mark: survivalMark,
      ...survivalBasis,
    }),
    card('cashZeroDate', s.cashZeroDate === null ? null : date(s.cashZeroDate), {
      status: s.cashZeroDate === null ? 'good' : survivalStatus(s.survivalDays ?? 0),
      detail: s.recoveryDate ? m.recovery({ date: date(s.recoveryDate) }) : undefined,
      baseline: vs(orWord('cashZeroDate', b.cashZeroDate, date)),
      mark: survivalMark,
      ...survivalBasis,
    }),
    card('deepestGap', s.deepestShortfall > 0 ? money(s.deepestShortfall) : null, {
      status: gapStatus(s.daysShort),
      baseline: vs(b.deepestShortfall > 0 ? money(b.deepestShortfall) : m.noGap),
      mark: m.mark.gap,
    }),
    card('daysShort', days(s.daysShort), {
      status: gapStatus(s.daysShort),
      detail:
        s.cumulativeShortfall > 0
          ? m.cumulative({ value: money(s.cumulativeShortfall) })
          : undefined,
      baseline: vs(days(b.daysShort)),
      mark: m.mark.gap,
    }),
    card('extraCost', formatMoneyShown(s.extraFinancingCost, lang, { wan, signed: true }), {
      status: extraCostStatus(s.extraFinancingCost),
      detail: s.extraFinancingCost < 0 ? m.costLower : undefined,
      baseline: m.baselineCost({ value: money(b.financingCost) }),
      mark: m.mark.cost,
    }),
    card('cashBufferDays', s.cashBufferDays === null ? null : days(s.cashBufferDays), {
      status: cashBufferStatus(s.cashBufferDays),
      baseline: vs(orWord('cashBufferDays', b.cashBufferDays, days)),
      mark: m.mark.cashBuffer({
        median: days(T.cashBufferDaysMedian.value),
        weak: days(T.cashBufferDaysWeak.value),
      }),
      citation: T.cashBufferDaysMedian.citation,
      grade: T.cashBufferDaysMedian.grade,
    }),
    card('coverage', s.stressCoverageRatio30d === null ? null : pct(s.stressCoverageRatio30d), {
      status: coverageStatus(s.stressCoverageRatio30d),
      baseline: vs(orWord('coverage', b.stressCoverageRatio30d, pct)),
      mark: m.mark.coverage({ floor: pct(T.stressCoverageFloor.value) }),
      citation: T.stressCoverageFloor.citation,
      grade: T.stressCoverageFloor.grade,
    }),
    card('hhi', s.hhiHeadroom === null ? null : formatNumber(s.hhiHeadroom, lang), {
      status: hhiStatus(s.hhiHeadroom),
      detail:
        s.effectiveSources === null
          ? undefined
          : m.effective({
              n: formatNumber(s.effectiveSources, lang, 1),
              count: s.effectiveSources,
            }),
      baseline: vs(orWord('hhi', b.hhiHeadroom, (x) => formatNumber(x, lang))),
      mark: m.mark.hhi({
        moderate: formatNumber(T.hhiModerate.value, lang),
        high: formatNumber(T.hhiHigh.value, lang),
      }),
      citation: T.hhiHigh.citation,
      grade: T.hhiHigh.grade,
    }),
    card(
      'breakEven',
      s.breakEvenOutageDays === null
        ? null
        : s.breakEvenOutageDays === 0
          ? m.breakEvenZero
          : days(s.breakEvenOutageDays),
      {
        status: breakEvenStatus(s.breakEvenOutageDays),
        mark: m.mark.breakEven({
          min: days(FREEZE.min),
          typical: days(FREEZE.defaultDays),
          max: days(FREEZE.max),
        }),
        citation: FREEZE.basis[0].citation,
        grade: FREEZE.basis[0].grade,
      },
      s.breakEvenOutageDays === null || s.breakEvenOutageDays === 0,
    ),
    card('maxCut', s.maxSurvivableLimitCut === null ? null : pct(s.maxSurvivableLimitCut), {
      status: maxCutStatus(s.maxSurvivableLimitCut),
      detail: s.maxSurvivableLimitCut === 100 ? m.cutAll : undefined,
      mark: m.mark.maxCut({ cut: pct(LIMIT_CUT_RISK), strong: pct(LIMIT_CUT_GOOD) }),
      citation: 'reuters_2020_huabei',
      grade: 'W',
    }),
  ];
}
