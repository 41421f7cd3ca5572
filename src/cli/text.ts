import type { Lang } from '../i18n/lang';

/** The CLI's own words, in both languages. */
export const CLI_TEXT = {
  en: {
    usage: `Usage:
  npm run fundgap -- simulate <plan.json> [--scenario <preset-or-id>] [--json] [--days] [--lang en|zh-CN]
  npm run fundgap -- advise <plan.json> [--scenario <preset-or-id>] [--json] [--lang en|zh-CN]
  npm run fundgap -- contingency <plan.json> [--scenario <preset-or-id>] [--json] [--lang en|zh-CN]
  npm run fundgap -- stress <plan.json> [--scenario <preset-or-id>] --grid [--json] [--lang en|zh-CN]
  npm run fundgap -- stress <plan.json> [--scenario <preset-or-id>] [--paths 10000] [--seed 42]
      [--preset technical|maintenance|risk_control|ant_wide|lasting] [--start-min 0] [--start-max 90]
      [--duration fixed:N|uniform:MIN,MAX|triangular:MIN,MODE,MAX|lognormal:MEDIAN,SIGMA,MAX]
      [--revenue-variation 10] [--delay-min 0] [--delay-max 0] [--json] [--lang en|zh-CN]
  npm run fundgap -- presets [--json] [--lang en|zh-CN]
  npm run fundgap -- validate <plan.json> [--json] [--lang en|zh-CN]
  npm run fundgap -- import <statement.csv|.xlsx> [--json] [--lang en|zh-CN] [--start YYYY-MM-DD] [--out plan.json]
  npm run fundgap -- book <folder> [--scenario <preset-or-id>|own-worst] [--json] [--lang en|zh-CN]
  npm run fundgap -- share <plan.json> [--base <url>] [--json] [--lang en|zh-CN]`,
    noGap: 'No gap under this scenario: nothing to close.',
    gapFrom: (amount: string, date: string) => `Gap to close: up to ${amount} from ${date}.`,
    noCombination: 'No combination of timely actions closes the whole gap.',
    unknownCommand: (c: string) => `Unknown command "${c}".`,
    missingFile: 'Give the path of a plan file (JSON), e.g. examples/online-shop.json.',
    cannotRead: (f: string, why: string) => `Cannot read ${f}: ${why}`,
    notAFile: (f: string) =>
      `${f} is not a file (a directory or a device) — give the path of a plan file (JSON).`,
    notComputable: (why: string) =>
      `A number could not be computed for this plan (${why}); nothing was printed rather than a wrong figure. Please report it with the plan file.`,
    unknownScenario: (id: string, ids: string) => `Unknown scenario "${id}". Use one of: ${ids}.`,
    valid: (f: string) => `${f}: valid plan.`,
    invalid: (f: string, n: number) => `${f}: ${n} problem${n === 1 ? '' : 's'}:`,
    plan: 'Plan',
    scenario: 'Scenario',
    baseline: 'Baseline',
    stressed: 'Under the scenario',
    survives: 'No shortfall within the horizon.',
    shortFrom: (amount: string, date: string, days: number) =>
      `Short by up to ${amount} from ${date}; ${days} day${days === 1 ? '' : 's'} short.`,
    survivalDays: 'Survival days',
    deepestShortfall: 'Deepest shortfall',
    cashZeroDate: 'First short day',
    daysShort: 'Days short',
    cumulativeShortfall: 'Cumulative shortfall (¥·days)',
    recoveryDate: 'Recovery date',
    extraFinancingCost: 'Extra financing cost',
    cashBufferDays: 'Cash buffer',
    stressCoverageRatio30d: '30-day stress coverage',
    hhiHeadroom: 'Headroom concentration (HHI)',
    effectiveSources: 'Effective number of sources',
    antGroupShare: 'Ant group share of credit',
    rolloverNeed: 'Rollover need',
    breakEvenOutageDays: 'Break-even outage length',
    maxSurvivableLimitCut: 'Deepest survivable limit cut',
    none: '—',
    days: (n: number) => `${n} day${n === 1 ? '' : 's'}`,
    assumptions: 'Assumptions',
    whoPaysFirst: 'Who pays first',
    statedInPlan: '(from the plan)',
    assumedTerms: 'Terms the projection assumes (grade, source)',
  },
  'zh-CN': {
    usage: `用法：
  npm run fundgap -- simulate <方案.json> [--scenario <情景编号>] [--json] [--days] [--lang en|zh-CN]
  npm run fundgap -- advise <方案.json> [--scenario <情景编号>] [--json] [--lang en|zh-CN]
  npm run fundgap -- contingency <方案.json> [--scenario <情景编号>] [--json] [--lang en|zh-CN]
  npm run fundgap -- stress <方案.json> [--scenario <情景编号>] --grid [--json] [--lang en|zh-CN]
  npm run fundgap -- stress <方案.json> [--scenario <情景编号>] [--paths 10000] [--seed 42]
      [--preset technical|maintenance|risk_control|ant_wide|lasting] [--start-min 0] [--start-max 90]
      [--duration fixed:N|uniform:MIN,MAX|triangular:MIN,MODE,MAX|lognormal:MEDIAN,SIGMA,MAX]
      [--revenue-variation 10] [--delay-min 0] [--delay-max 0] [--json] [--lang en|zh-CN]
  npm run fundgap -- presets [--json] [--lang en|zh-CN]
  npm run fundgap -- validate <方案.json> [--json] [--lang en|zh-CN]
  npm run fundgap -- import <账单.csv|.xlsx> [--json] [--lang en|zh-CN] [--start YYYY-MM-DD] [--out 方案.json]
  npm run fundgap -- book <文件夹> [--scenario <情景编号>|own-worst] [--json] [--lang en|zh-CN]
  npm run fundgap -- share <方案.json> [--base <网址>] [--json] [--lang en|zh-CN]`,
    noGap: '该情景下没有流动性缺口，无需补足。',
    gapFrom: (amount: string, date: string) => `待补足的缺口：自 ${date} 起最多 ${amount}。`,
    noCombination: '及时可用的措施组合无法补足全部缺口。',
    unknownCommand: (c: string) => `未知命令“${c}”。`,
    missingFile: '请提供方案文件（JSON）路径，例如 examples/online-shop.json。',
    cannotRead: (f: string, why: string) => `无法读取 ${f}：${why}`,
    notAFile: (f: string) => `${f} 不是文件（是目录或设备）——请提供方案文件（JSON）的路径。`,
    notComputable: (why: string) =>
      `此方案有数值无法计算（${why}），为免输出错误数字，未打印结果。请连同方案文件一并反馈。`,
    unknownScenario: (id: string, ids: string) => `未知情景“${id}”。可选：${ids}。`,
    valid: (f: string) => `${f}：方案有效。`,
    invalid: (f: string, n: number) => `${f}：发现 ${n} 处问题：`,
    plan: '方案',
    scenario: '情景',
    baseline: '基准情形',
    stressed: '压力情景下',
    survives: '测算期内未出现流动性缺口。',
    shortFrom: (amount: string, date: string, days: number) =>
      `自 ${date} 起出现流动性缺口，最大 ${amount}，共 ${days} 天。`,
    survivalDays: '可支撑天数',
    deepestShortfall: '最大流动性缺口',
    cashZeroDate: '首个缺口日',
    daysShort: '缺口天数',
    cumulativeShortfall: '累计缺口（元·天）',
    recoveryDate: '恢复日期',
    extraFinancingCost: '新增融资成本',
    cashBufferDays: '现金缓冲',
    stressCoverageRatio30d: '30天压力覆盖率',
    hhiHeadroom: '可用额度集中度（HHI）',
    effectiveSources: '有效融资渠道数',
    antGroupShare: '蚂蚁系授信占比',
    rolloverNeed: '续贷需求',
    breakEvenOutageDays: '临界中断时长',
    maxSurvivableLimitCut: '可承受最大降额',
    none: '—',
    days: (n: number) => `${n} 天`,
    assumptions: '假设',
    whoPaysFirst: '扣款顺序',
    statedInPlan: '（方案设定）',
    assumedTerms: '测算采用的条款（评级，来源）',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type CliText = (typeof CLI_TEXT)['en'];
