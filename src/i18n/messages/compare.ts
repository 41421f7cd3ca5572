/** Scenarios side by side: kept scenarios, one overlaid cash chart and a metrics table. */

export type CompareMetricKey =
  | 'survivalDays'
  | 'deepestShortfall'
  | 'daysShort'
  | 'cumulativeShortfall'
  | 'lowestCash'
  | 'financingCost'
  | 'extraFinancingCost'
  | 'cashBufferDays'
  | 'stressCoverageRatio30d'
  | 'antGroupShare'
  | 'hhiHeadroom';

export type CompareMessages = {
  title: string;
  intro: (max: number) => string;
  empty: string;
  keptHeading: (count: number, max: number) => string;
  limitReached: (max: number) => string;
  letter: (letter: string) => string;
  selected: string;
  show: string;
  showLabel: (name: string) => string;
  duplicate: string;
  duplicateLabel: (name: string) => string;
  copyName: (name: string) => string;
  rename: string;
  renameLabel: (name: string) => string;
  newName: (name: string) => string;
  save: string;
  cancel: string;
  nameRequired: string;
  remove: string;
  removeLabel: (name: string) => string;
  editHint: string;
  addPreset: string;
  addPresetButton: string;
  added: (name: string) => string;
  duplicated: (name: string) => string;
  renamed: (name: string) => string;
  removed: (name: string) => string;
  chartTitle: string;
  baseline: string;
  summary: {
    baseline: (low: string) => string;
    gap: (letter: string, name: string, date: string, days: string, gap: string) => string;
    ok: (letter: string, name: string, low: string) => string;
  };
  chartTable: { caption: string; date: string };
  metricsTitle: string;
  metricsCaption: string;
  metric: string;
  bestNote: string;
  best: string;
  never: string;
  notApplicable: string;
  /** A cumulative shortfall with its unit: yuan × days short. */
  moneyDays: (money: string) => string;
  metricName: Record<CompareMetricKey, string>;
  better: { higher: string; lower: string };
};

const en: CompareMessages = {
  title: 'Scenarios side by side',
  intro: (max) =>
    `Keep up to ${max} scenarios in your plan and compare them here: one chart of daily cash and one table of metrics. Copies are yours to edit in the scenario panel.`,
  empty:
    'Your plan keeps no scenarios yet. Keep a copy of a preset below, or build one in the scenario panel.',
  keptHeading: (count, max) => `Kept scenarios (${count} of ${max})`,
  limitReached: (max) =>
    `Your plan keeps ${max} scenarios, the most that can be compared side by side. Remove one to add another.`,
  letter: (letter) => `Scenario ${letter}`,
  selected: 'shown in the main view',
  show: 'Show in main view',
  showLabel: (name) => `Show “${name}” in the main view`,
  duplicate: 'Duplicate',
  duplicateLabel: (name) => `Duplicate “${name}”`,
  copyName: (name) => `${name} (copy)`,
  rename: 'Rename',
  renameLabel: (name) => `Rename “${name}”`,
  newName: (name) => `New name for “${name}”`,
  save: 'Save name',
  cancel: 'Cancel',
  nameRequired: 'Enter a name (up to 120 characters).',
  remove: 'Remove',
  removeLabel: (name) => `Remove “${name}”`,
  editHint: 'Change its shocks with “Edit” on its card in the scenario panel.',
  addPreset: 'Keep a copy of a preset',
  addPresetButton: 'Keep a copy',
  added: (name) => `Kept “${name}”.`,
  duplicated: (name) => `Kept a copy: “${name}”.`,
  renamed: (name) => `Renamed to “${name}”.`,
  removed: (name) => `Removed “${name}”. Undo brings it back.`,
  chartTitle: 'What you can still spend each day (cash + credit still usable), by scenario',
  baseline: 'Without an outage',
  summary: {
    baseline: (low) => `Without an outage the lowest cash is ${low}.`,
    gap: (letter, name, date, days, gap) =>
      `${letter} (${name}): short from ${date}, ${days} after the shock, deepest gap ${gap}.`,
    ok: (letter, name, low) => `${letter} (${name}): no gap, lowest cash ${low}.`,
  },
  chartTable: {
    caption: 'What you can still spend at the end of each day, by scenario',
    date: 'Date',
  },
  metricsTitle: 'Metrics by scenario',
  metricsCaption: 'Risk metrics of each kept scenario; ★ marks the best value in each row',
  metric: 'Metric',
  bestNote:
    '★ the least harmful value of a row (bold). Cost, buffer and credit-mix rows are not ranked: a scenario can only “improve” them by taking credit away.',
  best: 'best',
  never: 'never short',
  notApplicable: 'n/a',
  moneyDays: (money) => `${money}·days`,
  metricName: {
    survivalDays: 'Survival days',
    deepestShortfall: 'Deepest liquidity gap',
    daysShort: 'Days short',
    cumulativeShortfall: 'Cumulative shortfall (¥·days)',
    lowestCash: 'Lowest cash',
    financingCost: 'Financing cost',
    extraFinancingCost: 'Extra financing cost',
    cashBufferDays: 'Cash buffer',
    stressCoverageRatio30d: '30-day stress coverage',
    antGroupShare: 'Ant Group share of credit',
    hhiHeadroom: 'Concentration (HHI, 0–10,000)',
  },
  better: { higher: 'higher is better', lower: 'lower is better' },
};

const zh: CompareMessages = {
  title: '情景对比',
  intro: (max) =>
    `计划中最多可保存 ${max} 个情景并在此对比：一张每日资金余额图，一张指标表。副本可在情景面板中编辑。`,
  empty: '您的计划尚未保存任何情景。可在下方保存预设情景的副本，或在情景面板中自建情景。',
  keptHeading: (count, max) => `已保存的情景（${count}/${max}）`,
  limitReached: (max) => `您的计划已保存 ${max} 个情景，已达对比上限。请先删除一个再添加。`,
  letter: (letter) => `情景 ${letter}`,
  selected: '主视图当前显示',
  show: '在主视图中显示',
  showLabel: (name) => `在主视图中显示“${name}”`,
  duplicate: '复制',
  duplicateLabel: (name) => `复制“${name}”`,
  copyName: (name) => `${name}（副本）`,
  rename: '重命名',
  renameLabel: (name) => `重命名“${name}”`,
  newName: (name) => `“${name}”的新名称`,
  save: '保存名称',
  cancel: '取消',
  nameRequired: '请输入名称（不超过120个字符）。',
  remove: '删除',
  removeLabel: (name) => `删除“${name}”`,
  editHint: '如需修改冲击设置，请在情景面板中点击该情景卡片上的“编辑”。',
  addPreset: '保存预设情景的副本',
  addPresetButton: '保存副本',
  added: (name) => `已保存“${name}”。`,
  duplicated: (name) => `已保存副本：“${name}”。`,
  renamed: (name) => `已重命名为“${name}”。`,
  removed: (name) => `已删除“${name}”，点击“撤销”可恢复。`,
  chartTitle: '各情景下的每日可用资金（现金＋可用授信）',
  baseline: '无中断',
  summary: {
    baseline: (low) => `无中断时最低资金余额为 ${low}。`,
    gap: (letter, name, date, days, gap) =>
      `${letter}（${name}）：自 ${date} 起出现缺口，距冲击 ${days}，最大缺口 ${gap}。`,
    ok: (letter, name, low) => `${letter}（${name}）：无资金缺口，最低余额 ${low}。`,
  },
  chartTable: { caption: '各情景每日日终可用资金（现金＋可用授信）', date: '日期' },
  metricsTitle: '各情景指标',
  metricsCaption: '各已保存情景的风险指标；★ 标出每行最优值',
  metric: '指标',
  bestNote:
    '★ 每行中损害最小的值（加粗）。融资成本、现金缓冲和授信结构各行不排名：情景只会因授信被收走而让这些数字“变好”。',
  best: '最优',
  never: '不出现缺口',
  notApplicable: '不适用',
  moneyDays: (money) => `${money}·天`,
  metricName: {
    survivalDays: '可支撑天数',
    deepestShortfall: '最大流动性缺口',
    daysShort: '缺口天数',
    cumulativeShortfall: '累计缺口（元·天）',
    lowestCash: '最低资金余额',
    financingCost: '融资成本',
    extraFinancingCost: '新增融资成本',
    cashBufferDays: '现金缓冲天数',
    stressCoverageRatio30d: '30天压力覆盖率',
    antGroupShare: '蚂蚁集团授信占比',
    hhiHeadroom: '集中度（HHI，0–10,000）',
  },
  better: { higher: '越高越好', lower: '越低越好' },
};

export const COMPARE = { en, 'zh-CN': zh };
