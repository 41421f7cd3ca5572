/** The reverse-stress heatmap: outage length × limit cut. Numbers arrive formatted with their units. */

/** A limit cut as a change: "−20%", and "0%" (never "−0%") when there is none. */
const minus = (cut: string): string => (/^0(?:\D|$)/.test(cut) ? cut : `−${cut}`);

export type HeatmapMetric = 'survives' | 'survivalDays' | 'deepestShortfall';

export type HeatmapMessages = {
  title: string;
  intro: string;
  working: string;
  noWorker: string;
  mapTitle: string;
  controls: {
    legend: string;
    targets: string;
    scenarioTargets: (names: string) => string;
    onlySource: (name: string) => string;
    wholeGroup: (group: string) => string;
    metric: string;
    metricName: Record<HeatmapMetric, string>;
    durationFrom: string;
    durationTo: string;
    cutFrom: string;
    cutTo: string;
    cutStep: string;
  };
  axis: { duration: string; cut: string; breakEven: string };
  /** Accessible name of one cell's button. */
  cell: (p: { days: string; cut: string; outcome: string; marked: boolean }) => string;
  outcome: {
    survives: string;
    breaksAfter: (days: string, gap: string) => string;
  };
  cellNever: string;
  legend: {
    title: string;
    survives: string;
    breaks: string;
    survivalBucket: (from: number, to: number | null) => string;
    gapBucket: (from: string, to: string) => string;
    boundary: string;
    marked: (days: string, cut: string) => string;
    units: Record<HeatmapMetric, string>;
  };
  breakEvenCell: { none: string; atOnce: string };
  summary: {
    survivesAll: (maxDays: string) => string;
    shortAlready: string;
    survivesUpTo: (days: string) => string;
    cutNever: (cut: string, maxDays: string) => string;
    cutAtOnce: (cut: string) => string;
    cutAfter: (cut: string, days: string) => string;
    /** The first cut short with no outage at all, after a smaller one that already breaks sooner. */
    cutAtOnceFrom: (cut: string) => string;
    /** No cut on the grid makes the plan break sooner than without one. */
    cutNoWorse: (cut: string) => string;
    marked: (days: string, cut: string, outcome: string) => string;
  };
  table: {
    caption: string;
    duration: string;
    cut: string;
    survives: string;
    survivalDays: string;
    deepestShortfall: string;
    yes: string;
    no: string;
  };
  /** Name of the scenario a cell loads, e.g. "Jiebei + Huabei outage 30 days, limit −50 %". */
  scenarioName: (targets: string, days: string, cut: string) => string;
  scenarioDescription: string;
  loaded: (name: string) => string;
  full: (max: number) => string;
  /** A picked cell, before anything changes: what it means, and where loading it would go. */
  pick: {
    selected: (p: { days: string; cut: string; outcome: string }) => string;
    load: string;
    keepsAs: (letter: string, used: number, max: number) => string;
    replaces: (letter: string, name: string) => string;
  };
  /** Under a map wider than the screen: the outage lengths it spans, and which way the rest is. */
  scrollHint: (p: { from: string; to: string; left: boolean; right: boolean }) => string;
  and: string;
};

const en: HeatmapMessages = {
  title: 'Where your business breaks',
  intro:
    'Each cell is one run of the plan: the credit below is out of service for that many days from the start of your scenario, then comes back with its limit cut for good. Pick a cell to read its outcome; “Load as my scenario” under the map then makes it yours.',
  working: 'Working out the map…',
  noWorker:
    'This browser cannot run background tasks (Web Workers), so the map cannot be worked out here.',
  mapTitle: 'Outage length × limit cut',
  controls: {
    legend: 'What the map shows',
    targets: 'Credit that goes down',
    scenarioTargets: (names) => `Your scenario’s credit (${names})`,
    onlySource: (name) => `Only ${name}`,
    wholeGroup: (group) => `Everything on ${group}, cash there included`,
    metric: 'Colour cells by',
    metricName: {
      survives: 'Survives or not',
      survivalDays: 'Days until the gap',
      deepestShortfall: 'Deepest gap (¥)',
    },
    durationFrom: 'Shortest outage',
    durationTo: 'Longest outage',
    cutFrom: 'Smallest cut',
    cutTo: 'Deepest cut',
    cutStep: 'Cut step',
  },
  axis: {
    duration: 'Outage length (days)',
    cut: 'Limit cut afterwards (%)',
    breakEven: 'Breaks from',
  },
  cell: ({ days, cut, outcome, marked }) =>
    `Outage ${days}, then limit ${minus(cut)}: ${outcome}${marked ? ' (your scenario)' : ''}`,
  outcome: {
    survives: 'survives',
    breaksAfter: (days, gap) => `short after ${days}, deepest gap ${gap}`,
  },
  cellNever: 'none',
  legend: {
    title: 'Legend',
    survives: '✓ survives the whole horizon',
    breaks: '✕ a liquidity gap',
    survivalBucket: (from, to) =>
      to === null ? `gap after ${from} days or more` : `gap after ${from}–${to} days`,
    gapBucket: (from, to) => `deepest gap ${from}–${to}`,
    boundary: 'Thick left edge: the break-even boundary (the shortest outage that breaks, per cut)',
    marked: (days, cut) => `◉ your scenario (about ${days}, ${minus(cut)})`,
    units: {
      survives: 'Cells: ✓ survives, ✕ short.',
      survivalDays: 'Cells: days from the start of the outage to the first gap; ✓ = never short.',
      deepestShortfall: 'Cells: deepest liquidity gap in ¥ (compact); ✓ = never short.',
    },
  },
  breakEvenCell: { none: 'no outage breaks', atOnce: 'at once' },
  summary: {
    survivesAll: (maxDays) => `No outage up to ${maxDays} breaks your plan without a cut.`,
    shortAlready: 'Your plan is short even without an outage.',
    survivesUpTo: (days) => `You survive any outage up to ${days}.`,
    cutNever: (cut, maxDays) =>
      `With a ${cut} cut afterwards, still no outage up to ${maxDays} breaks you.`,
    cutAtOnce: (cut) =>
      `From a ${cut} cut, the smallest on the map that breaks you sooner, you are short even without an outage.`,
    cutAfter: (cut, days) =>
      `From a ${cut} cut, the smallest on the map that breaks you sooner, an outage of ${days} is enough.`,
    cutAtOnceFrom: (cut) => `From a ${cut} cut you are short even without an outage.`,
    cutNoWorse: (cut) => `A cut of up to ${cut} afterwards does not make you break sooner.`,
    marked: (days, cut, outcome) =>
      `Your scenario (about ${days}, cut ${cut}) is marked ◉: ${outcome}.`,
  },
  table: {
    caption: 'Outcome of each outage length and limit cut',
    duration: 'Outage',
    cut: 'Limit cut',
    survives: 'Survives',
    survivalDays: 'Days until the gap',
    deepestShortfall: 'Deepest gap',
    yes: 'yes',
    no: 'no',
  },
  scenarioName: (targets, days, cut) => `${targets} outage ${days}, limit ${minus(cut)}`,
  scenarioDescription: 'Made from the “Where your business breaks” map.',
  loaded: (name) =>
    `Loaded “${name}” as your scenario: the headline, chart and metrics now show it.`,
  full: (max) =>
    `Your plan already keeps ${max} scenarios. Remove one in Scenarios to load a cell.`,
  pick: {
    selected: ({ days, cut, outcome }) =>
      `Picked: out of service for ${days}, then the limit cut by ${cut}: ${outcome}. Nothing changes until you load it.`,
    load: 'Load as my scenario',
    keepsAs: (letter, used, max) =>
      `Loading keeps it as scenario ${letter} in “Scenarios side by side” (${used} of ${max} places).`,
    replaces: (letter, name) =>
      `Loading replaces “${name}” (scenario ${letter}), the cell you loaded from the map before.`,
  },
  scrollHint: ({ from, to, left, right }) =>
    `${left ? '← ' : ''}Swipe the map sideways: outages from ${from} to ${to}${right ? ' →' : ''}`,
  and: ' + ',
};

const zh: HeatmapMessages = {
  title: '压力临界点：业务在哪里断裂',
  intro:
    '每个格子是一次完整测算：下列授信从情景开始日起中断若干天，恢复后额度永久下调一定比例。点击格子查看其结果；再点图下方的“载入为当前情景”即可采用。',
  working: '正在计算临界图…',
  noWorker: '当前浏览器不支持后台计算（Web Worker），无法在此生成临界图。',
  mapTitle: '中断天数 × 额度下调',
  controls: {
    legend: '临界图设置',
    targets: '中断的授信',
    scenarioTargets: (names) => `当前情景涉及的授信（${names}）`,
    onlySource: (name) => `仅${name}`,
    wholeGroup: (group) => `${group}全部产品（含平台内资金）`,
    metric: '格子颜色表示',
    metricName: {
      survives: '能否撑过',
      survivalDays: '可支撑天数',
      deepestShortfall: '最大流动性缺口（¥）',
    },
    durationFrom: '最短中断',
    durationTo: '最长中断',
    cutFrom: '最小下调',
    cutTo: '最大下调',
    cutStep: '下调步长',
  },
  axis: { duration: '中断天数（天）', cut: '恢复后额度下调（%）', breakEven: '临界中断天数' },
  cell: ({ days, cut, outcome, marked }) =>
    `中断 ${days}，额度下调 ${cut}：${outcome}${marked ? '（当前情景）' : ''}`,
  outcome: {
    survives: '可撑过',
    breaksAfter: (days, gap) => `${days}后出现缺口，最大缺口 ${gap}`,
  },
  cellNever: '无',
  legend: {
    title: '图例',
    survives: '✓ 整个测算期无资金缺口',
    breaks: '✕ 出现流动性缺口',
    survivalBucket: (from, to) =>
      to === null ? `${from} 天及以上后出现缺口` : `${from}–${to} 天后出现缺口`,
    gapBucket: (from, to) => `最大缺口 ${from}–${to}`,
    boundary: '加粗左边线：盈亏临界线（各下调比例下导致缺口的最短中断）',
    marked: (days, cut) => `◉ 当前情景（约 ${days}，下调 ${cut}）`,
    units: {
      survives: '格内：✓ 可撑过，✕ 出现缺口。',
      survivalDays: '格内：从中断开始到首次缺口的天数；✓ 表示不出现缺口。',
      deepestShortfall: '格内：最大流动性缺口（¥，简写）；✓ 表示不出现缺口。',
    },
  },
  breakEvenCell: { none: '任何中断均可撑过', atOnce: '立即' },
  summary: {
    survivesAll: (maxDays) => `在不下调额度的情况下，${maxDays}以内的任何中断都不会造成资金缺口。`,
    shortAlready: '即使没有中断，您的计划也已出现资金缺口。',
    survivesUpTo: (days) => `${days}以内的任何中断您都能撑过。`,
    cutNever: (cut, maxDays) => `即使恢复后额度下调 ${cut}，${maxDays}以内的中断仍不会造成缺口。`,
    cutAtOnce: (cut) =>
      `额度下调 ${cut} 起（图中使缺口提前出现的最小降幅），即使不中断也会出现缺口。`,
    cutAfter: (cut, days) =>
      `额度下调 ${cut} 起（图中使缺口提前出现的最小降幅），中断 ${days}即出现缺口。`,
    cutAtOnceFrom: (cut) => `额度下调 ${cut} 起，即使不中断也会出现缺口。`,
    cutNoWorse: (cut) => `恢复后额度下调不超过 ${cut}，不会使缺口提前出现。`,
    marked: (days, cut, outcome) => `当前情景（约 ${days}，下调 ${cut}）以 ◉ 标出：${outcome}。`,
  },
  table: {
    caption: '各中断天数与额度下调组合的结果',
    duration: '中断天数',
    cut: '额度下调',
    survives: '能否撑过',
    survivalDays: '可支撑天数',
    deepestShortfall: '最大缺口',
    yes: '能',
    no: '否',
  },
  scenarioName: (targets, days, cut) => `${targets}中断 ${days}，额度下调 ${cut}`,
  scenarioDescription: '由“压力临界点”图生成。',
  loaded: (name) => `已将“${name}”设为当前情景：结论、图表和指标已随之更新。`,
  full: (max) => `您的计划已保存 ${max} 个情景。请先在“情景”分区中删除一个，再载入格子。`,
  pick: {
    selected: ({ days, cut, outcome }) =>
      `已选中：中断 ${days}，额度下调 ${cut}。${outcome}。载入前不会改动您的方案。`,
    load: '载入为当前情景',
    keepsAs: (letter, used, max) =>
      `载入后将保存为“情景对比”中的情景 ${letter}（占用 ${used}/${max} 个位置）。`,
    replaces: (letter, name) => `载入后将替换此前从图中载入的“${name}”（情景 ${letter}）。`,
  },
  scrollHint: ({ from, to, left, right }) =>
    `${left ? '← ' : ''}左右滑动查看全部中断天数：${from}至${to}${right ? ' →' : ''}`,
  and: ' + ',
};

export const HEATMAP = { en, 'zh-CN': zh };
