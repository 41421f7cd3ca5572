import type {
  DurationDistribution,
  DurationType,
  MonteCarloPresetId,
} from '../../engine/monteCarloAssumptions';
import type { Lang } from '../lang';

/** The Monte Carlo panel (uncertainty bands) and the CLI's `stress --paths` report. */
export type MonteCarloMessages = {
  title: string;
  intro: string;
  assumptionsTitle: string;
  preset: string;
  presetName: Record<MonteCarloPresetId, string>;
  custom: string;
  source: string;
  startDay: string;
  startFrom: string;
  startTo: string;
  durationType: string;
  durationName: Record<DurationType, string>;
  durationWhy: Record<DurationType, string>;
  days: string;
  minDays: string;
  modeDays: string;
  maxDays: string;
  medianDays: string;
  sigma: string;
  revenueVariation: string;
  delayFrom: string;
  delayTo: string;
  delay: string;
  paths: string;
  seed: string;
  run: string;
  cancel: string;
  progress: string;
  progressValue: (p: { done: string; total: string }) => string;
  provisional: (p: { done: string }) => string;
  cancelled: string;
  stale: string;
  invalid: string;
  fieldRange: (p: { min: string; max: string }) => string;
  /** For σ, the one assumption that may have decimals. */
  numberRange: (p: { min: string; max: string }) => string;
  orderError: string;
  underTheseAssumptions: string;
  shortfallShare: (p: { short: string; paths: string; share: string }) => string;
  noShortfall: (p: { paths: string }) => string;
  fanTitle: string;
  fanSummary: (p: {
    date: string;
    p5: string;
    p50: string;
    p95: string;
    lowDate: string;
    lowP5: string;
  }) => string;
  median: string;
  band5to95: string;
  band25to75: string;
  zero: string;
  date: string;
  survivalTitle: string;
  /** Units of the histograms' value axes. */
  survivalAxis: string;
  deepestAxis: string;
  survivalSummary: (p: { p5: string; p50: string; p95: string }) => string;
  deepestTitle: string;
  deepestSummary: (p: { p5: string; p50: string; p95: string }) => string;
  noShortPaths: string;
  range: string;
  pathCount: string;
  describeDuration: (d: DurationDistribution) => string;
  describeStart: (p: { from: string; to: string }) => string;
  describeRevenue: (p: { percent: string }) => string;
  describeDelay: (p: { from: string; to: string }) => string;
  runInfo: (p: { paths: string; seed: string }) => string;
};

const en: MonteCarloMessages = {
  title: 'Uncertainty bands (Monte Carlo)',
  intro:
    'Instead of one outage, thousands of paths: each draws when the outage starts, how long it lasts, how revenue moves week by week and how late customers pay, from the assumptions below. Nothing here is a measured probability — every number is an assumption you can change.',
  assumptionsTitle: 'Assumptions',
  preset: 'Outage length from',
  presetName: {
    technical: 'Technical outage (1 day)',
    maintenance: 'System maintenance (1 day)',
    risk_control: 'Risk-control freeze (7–90 days, most likely 30)',
    ant_wide: 'Ant-wide event (7 days)',
    lasting: 'Limit cut or closure (to the end of the horizon)',
  },
  custom: 'Your own',
  source: 'Source',
  startDay: 'Outage starts (a day of the plan, drawn evenly between)',
  startFrom: 'Earliest start',
  startTo: 'Latest start',
  durationType: 'Outage length distribution',
  durationName: {
    fixed: 'Fixed',
    uniform: 'Uniform',
    triangular: 'Triangular',
    lognormal: 'Lognormal',
  },
  durationWhy: {
    fixed: 'One known length, as for a documented event.',
    uniform:
      'Every length in the range equally likely: the honest choice when only a range is known.',
    triangular:
      'A range with a most likely length: uses exactly the three numbers domain.md gives (7, 30, 90 days).',
    lognormal: 'Most outages short, a few very long; capped at the maximum.',
  },
  days: 'Length',
  minDays: 'Shortest',
  modeDays: 'Most likely',
  maxDays: 'Longest',
  medianDays: 'Median',
  sigma: 'Spread σ (of log-days)',
  revenueVariation: 'Weekly revenue varies by ±',
  delay: 'Customers pay late while the outage lasts (drawn evenly between)',
  delayFrom: 'Least delay',
  delayTo: 'Most delay',
  paths: 'Paths',
  seed: 'Seed (same seed, same result)',
  run: 'Run simulation',
  cancel: 'Cancel',
  progress: 'Simulation progress',
  progressValue: ({ done, total }) => `${done} of ${total} paths`,
  provisional: ({ done }) =>
    `Provisional: the bands shown are from the ${done} paths run so far; they settle when the run ends.`,
  cancelled: 'Cancelled. Nothing was changed; run again when ready.',
  stale: 'The plan, scenario or assumptions changed since this run: run again to update.',
  invalid: 'Check the highlighted field before running.',
  fieldRange: ({ min, max }) => `Enter a whole number from ${min} to ${max}.`,
  numberRange: ({ min, max }) => `Enter a number from ${min} to ${max}.`,
  orderError: 'The first value must not be larger than the second.',
  underTheseAssumptions: 'Under these assumptions',
  shortfallShare: ({ short, paths, share }) =>
    `Under these assumptions, ${short} of ${paths} paths (${share}) run short of cash.`,
  noShortfall: ({ paths }) =>
    `Under these assumptions, none of the ${paths} paths runs short of cash.`,
  fanTitle: 'Reachable cash: range of paths',
  fanSummary: ({ date, p5, p50, p95, lowDate, lowP5 }) =>
    `On ${date}, half the paths end above ${p50}; 90 % lie between ${p5} and ${p95}. The worst 5 % are lowest around ${lowDate} (${lowP5}).`,
  median: 'Median (P50)',
  band5to95: 'P5–P95',
  band25to75: 'P25–P75',
  zero: 'Zero',
  date: 'Date',
  survivalTitle: 'Survival days of the paths that run short',
  survivalAxis: 'days from the outage start',
  deepestAxis: 'deepest gap (¥)',
  survivalSummary: ({ p5, p50, p95 }) =>
    `Paths that run short do so after ${p50} (median); 90 % between ${p5} and ${p95}.`,
  deepestTitle: 'Deepest gap of the paths that run short',
  deepestSummary: ({ p5, p50, p95 }) => `Median deepest gap ${p50}; 90 % between ${p5} and ${p95}.`,
  noShortPaths: 'No path runs short, so there is nothing to show.',
  range: 'Range',
  pathCount: 'Paths',
  describeDuration: (d) => {
    switch (d.type) {
      case 'fixed':
        return `fixed ${d.days} days`;
      case 'uniform':
        return `uniform ${d.minDays}–${d.maxDays} days`;
      case 'triangular':
        return `triangular ${d.minDays}–${d.maxDays} days, most likely ${d.modeDays}`;
      case 'lognormal':
        return `lognormal, median ${d.medianDays} days, σ ${d.sigma}, at most ${d.maxDays} days`;
    }
  },
  describeStart: ({ from, to }) => `outage starts on a day from ${from} to ${to} (evenly)`,
  describeRevenue: ({ percent }) => `weekly revenue ± ${percent} (evenly)`,
  describeDelay: ({ from, to }) => `customers pay ${from}–${to} days late while it lasts`,
  runInfo: ({ paths, seed }) => `${paths} paths, seed ${seed}`,
};

const zh: MonteCarloMessages = {
  title: '不确定性区间（蒙特卡洛模拟）',
  intro:
    '不是只看一次中断，而是模拟成千上万条路径：每条路径按下列假设抽取中断开始日、持续时长、每周营业收入波动和客户延迟付款天数。这里没有任何实测概率——每个数字都是可修改的假设。',
  assumptionsTitle: '假设',
  preset: '中断时长依据',
  presetName: {
    technical: '技术故障（1天）',
    maintenance: '系统维护（1天）',
    risk_control: '风控冻结（7–90天，最可能30天）',
    ant_wide: '蚂蚁集团全面中断（7天）',
    lasting: '降额或关停（持续至测算期末）',
  },
  custom: '自定义',
  source: '来源',
  startDay: '中断开始日（在以下两日之间均匀抽取）',
  startFrom: '最早开始日',
  startTo: '最晚开始日',
  durationType: '中断时长分布',
  durationName: {
    fixed: '固定值',
    uniform: '均匀分布',
    triangular: '三角分布',
    lognormal: '对数正态分布',
  },
  durationWhy: {
    fixed: '时长已知，例如有记录的事件。',
    uniform: '区间内每个时长可能性相同：只知道区间时最客观的选择。',
    triangular: '区间加最可能值：恰好使用 FundGap 领域说明给出的三个数（7、30、90天）。',
    lognormal: '多数中断较短、少数很长；以最长天数为上限。',
  },
  days: '时长',
  minDays: '最短',
  modeDays: '最可能',
  maxDays: '最长',
  medianDays: '中位数',
  sigma: '离散度 σ（对数天数）',
  revenueVariation: '每周营业收入波动 ±',
  delay: '中断期间客户延迟付款（在以下范围内均匀抽取）',
  delayFrom: '最少延迟',
  delayTo: '最多延迟',
  paths: '路径数',
  seed: '随机种子（种子相同，结果相同）',
  run: '开始模拟',
  cancel: '取消',
  progress: '模拟进度',
  progressValue: ({ done, total }) => `已完成 ${done} / ${total} 条路径`,
  provisional: ({ done }) =>
    `初步结果：当前显示的区间基于已完成的 ${done} 条路径，模拟结束后确定。`,
  cancelled: '已取消，未做任何更改；准备好后可重新运行。',
  stale: '方案、情景或假设已在本次模拟后修改：请重新运行以更新结果。',
  invalid: '请先修正标出的字段再运行。',
  fieldRange: ({ min, max }) => `请输入 ${min} 至 ${max} 之间的整数。`,
  numberRange: ({ min, max }) => `请输入 ${min} 至 ${max} 之间的数字。`,
  orderError: '前一个值不能大于后一个值。',
  underTheseAssumptions: '在上述假设下',
  shortfallShare: ({ short, paths, share }) =>
    `在上述假设下，${paths} 条路径中有 ${short} 条（${share}）出现流动性缺口。`,
  noShortfall: ({ paths }) => `在上述假设下，${paths} 条路径均未出现流动性缺口。`,
  fanTitle: '可动用现金：各路径分布区间',
  fanSummary: ({ date, p5, p50, p95, lowDate, lowP5 }) =>
    `${date}，半数路径的期末现金高于 ${p50}；90% 的路径介于 ${p5} 与 ${p95} 之间。最差的5%路径在 ${lowDate} 前后最低（${lowP5}）。`,
  median: '中位数（P50）',
  band5to95: 'P5–P95',
  band25to75: 'P25–P75',
  zero: '零',
  date: '日期',
  survivalTitle: '出现缺口路径的可支撑天数',
  survivalAxis: '自中断开始的天数（天）',
  deepestAxis: '最大缺口（¥）',
  survivalSummary: ({ p5, p50, p95 }) =>
    `出现缺口的路径中位可支撑 ${p50}；90% 介于 ${p5} 与 ${p95} 之间。`,
  deepestTitle: '出现缺口路径的最大流动性缺口',
  deepestSummary: ({ p5, p50, p95 }) => `最大缺口中位数 ${p50}；90% 介于 ${p5} 与 ${p95} 之间。`,
  noShortPaths: '没有路径出现缺口，故无分布可显示。',
  range: '区间',
  pathCount: '路径数',
  describeDuration: (d) => {
    switch (d.type) {
      case 'fixed':
        return `固定 ${d.days} 天`;
      case 'uniform':
        return `均匀分布 ${d.minDays}–${d.maxDays} 天`;
      case 'triangular':
        return `三角分布 ${d.minDays}–${d.maxDays} 天，最可能 ${d.modeDays} 天`;
      case 'lognormal':
        return `对数正态分布，中位数 ${d.medianDays} 天，σ ${d.sigma}，最长 ${d.maxDays} 天`;
    }
  },
  describeStart: ({ from, to }) => `中断于第 ${from} 至第 ${to} 天之间开始（均匀）`,
  describeRevenue: ({ percent }) => `每周营业收入波动 ± ${percent}（均匀）`,
  describeDelay: ({ from, to }) => `中断期间客户延迟 ${from}–${to} 天付款`,
  runInfo: ({ paths, seed }) => `${paths} 条路径，随机种子 ${seed}`,
};

export const MONTE_CARLO: Record<Lang, MonteCarloMessages> = { en, 'zh-CN': zh };
