import type { Lang } from '../i18n/lang';

/** `stress` command words in both languages (assumption wording is shared with the app). */
export const STRESS_TEXT = {
  en: {
    note: 'Results hold under these assumptions only: they are not measured probabilities. Change the assumptions to see how the answer moves.',
    gridTitle: (scenario: string) =>
      `Reverse stress grid for "${scenario}": outage length (rows) × limit cut afterwards (columns).`,
    gridLegend: 'ok = no shortfall; a number = survival days until the first shortfall.',
    daysShort: (n: number) => `${n} d`,
    mcTitle: (scenario: string, info: string) => `Monte Carlo for "${scenario}" (${info}).`,
    daysUnit: 'days',
    cashTitle: 'Reachable cash every 30 days, percentiles across paths:',
    badFlag: (flag: string, value: string) =>
      `Invalid value for ${flag}: "${value}". See docs/cli.md for the accepted forms.`,
  },
  'zh-CN': {
    note: '以上结果仅在上述假设下成立，并非实测概率。修改假设即可看到结论如何变化。',
    gridTitle: (scenario: string) =>
      `“${scenario}”的反向压力测试网格：中断时长（行）× 其后降额比例（列）。`,
    gridLegend: 'ok = 无流动性缺口；数字 = 出现首个缺口前的可支撑天数。',
    daysShort: (n: number) => `${n}天`,
    mcTitle: (scenario: string, info: string) => `“${scenario}”的蒙特卡洛模拟（${info}）。`,
    daysUnit: '天',
    cashTitle: '每30天的可动用现金（各路径分位数）：',
    badFlag: (flag: string, value: string) =>
      `${flag} 的取值无效：“${value}”。可接受的格式见 docs/cli.md。`,
  },
} satisfies Record<Lang, Record<string, unknown>>;
