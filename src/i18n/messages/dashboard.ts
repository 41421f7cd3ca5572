import type { Lang } from '../lang';

/**
 * Words of the risk dashboard: the cash chart, headroom chart, funding mix and metric cards.
 * Functions take values already formatted by `format.ts` (with their units), so each language
 * orders the sentence its own way.
 */

type S = string;
export type MetricId =
  | 'survivalDays'
  | 'cashZeroDate'
  | 'deepestGap'
  | 'daysShort'
  | 'extraCost'
  | 'cashBufferDays'
  | 'coverage'
  | 'hhi'
  | 'breakEven'
  | 'maxCut';

export type MetricText = {
  title: S;
  meaning: S;
  /** The word shown when the metric has no value (null), e.g. no gap at all. */
  none: S;
};

export type DashboardMessages = {
  cash: {
    title: S;
    chartLabel: S;
    lowestWithGap: (p: { lowest: S; date: S; gap: S; buffer: S | null }) => S;
    shortDays: (p: { days: S; from: S }) => S;
    recovered: (p: { date: S }) => S;
    stillShort: S;
    noGap: (p: { lowest: S; date: S; buffer: S }) => S;
    baseline: (p: { lowest: S; date: S }) => S;
    baselineShort: (p: { days: S }) => S;
    bufferLine: (p: { amount: S }) => S;
    zeroLine: S;
    tooltipThatDay: S;
    inflows: S;
    outflows: S;
    huabeiPaid: S;
    drawFrom: (p: { source: S }) => S;
    repayments: S;
    interest: S;
    locked: S;
    /** The stressed line's two parts, and what the two lines show. */
    cashPart: S;
    creditPart: S;
    canSpend: S;
    lineWith: S;
    lineWithout: S;
    /** Why the line with the outage runs above the one without, when it does. */
    above: (p: { from: S; to: S; most: S; notPaid: S; blocked: boolean }) => S;
    table: {
      caption: S;
      date: S;
      draws: S;
      repaymentsInterest: S;
      cashWith: S;
      cashWithout: S;
    };
  };
  headroom: {
    title: S;
    chartLabel: S;
    lead: (p: { before: S; lowest: S; date: S }) => S;
    none: S;
    always: (p: { name: S; today: S }) => S;
    drops: (p: { name: S; today: S; from: S; closed: boolean }) => S;
    backOn: (p: { date: S }) => S;
    staysOut: S;
    /** `usable`: what can be drawn when it opens, when that is less than the line (some is owed). */
    later: (p: { name: S; from: S; limit: S; usable: S | null }) => S;
    never: (p: { name: S }) => S;
    total: S;
    tableCaption: S;
  };
  mix: {
    title: S;
    chartLabel: S;
    antShare: (p: { share: S; ant: S; total: S }) => S;
    noCredit: S;
    hhi: (p: { hhi: S; level: S; effective: S; count: number }) => S;
    hhiNone: S;
    level: Record<'low' | 'moderate' | 'high', S>;
    pending: (p: { name: S; limit: S; date: S }) => S;
    pendingBeyond: (p: { name: S; limit: S }) => S;
    group: S;
    limit: S;
    share: S;
    tableCaption: S;
  };
  metrics: {
    title: S;
    intro: S;
    /** A reverse-stress card while its search runs. */
    searching: S;
    status: Record<'good' | 'watch' | 'risk', S>;
    baseline: (p: { value: S }) => S;
    baselineCost: (p: { value: S }) => S;
    effective: (p: { n: S; count: number }) => S;
    cumulative: (p: { value: S }) => S;
    recovery: (p: { date: S }) => S;
    noGap: S;
    costLower: S;
    breakEvenZero: S;
    cutAll: S;
    markLabel: (p: { title: S }) => S;
    mark: {
      survival: (p: { strong: S; weak: S }) => S;
      cashBuffer: (p: { median: S; weak: S }) => S;
      coverage: (p: { floor: S }) => S;
      hhi: (p: { moderate: S; high: S }) => S;
      breakEven: (p: { min: S; typical: S; max: S }) => S;
      maxCut: (p: { cut: S; strong: S }) => S;
      gap: S;
      cost: S;
    };
    card: Record<MetricId, MetricText>;
  };
};

const en: PanelMessages = {
  headroom: {
    title: 'Credit you can still draw, by source',
    chartLabel:
      'Stacked area chart of usable credit headroom for each funding source, with the outage',
    lead: ({ before, lowest, date }) =>
      `Before the outage you could draw ${before} in all; with it, usable credit falls to ${lowest} at its lowest (${date}).`,
    none: 'None of your funding sources has usable credit in the horizon.',
    always: ({ name, today }) => `${name}: ${today} today, never runs out.`,
    drops: ({ name, today, from, closed }) =>
      `${name}: ${today} today, ${closed ? 'cut off' : 'fully drawn'} on ${from}`,
    backOn: ({ date }) => `, usable again from ${date}.`,
    staysOut: ' and stays that way to the end of the horizon.',
    later: ({ name, from, limit, usable }) =>
      usable === null
        ? `${name}: not usable today; a ${limit} line from ${from}.`
        : `${name}: not usable today; from ${from}, ${usable} of its ${limit} line can be drawn (the rest is still owed).`,
    never: ({ name }) => `${name}: nothing usable in the horizon.`,
    total: 'Total',
    tableCaption: 'Usable credit by source with the outage, on each day it changes',
  },
  mix: {
    title: 'Where your credit lines sit',
    chartLabel: 'Bar chart of credit limits usable today by platform group',
    antShare: ({ share, ant, total }) =>
      `Ant Group holds ${share} of your credit lines: ${ant} of ${total}`,
    noCredit: 'No credit line is usable today.',
    hhi: ({ hhi, level, effective, count }) =>
      `Concentration of usable credit by platform group (HHI): ${hhi}, ${level}. It behaves like ${effective} independent ${
        count === 1 ? 'source' : 'sources'
      }.`,
    hhiNone: 'With no usable credit today, concentration cannot be measured.',
    level: {
      low: 'not concentrated',
      moderate: 'moderately concentrated',
      high: 'highly concentrated',
    },
    pending: ({ name, limit, date }) => `Not usable yet: ${name} (${limit}), from ${date}.`,
    pendingBeyond: ({ name, limit }) => `Not usable in this horizon: ${name} (${limit}).`,
    group: 'Platform group',
    limit: 'Credit limit today',
    share: 'Share',
    tableCaption: 'Credit limits usable today by platform group',
  },
  metrics: {
    title: 'Risk metrics with the outage',
    intro:
      'Each card compares the result with a published mark. Tap or hover over ⓘ for the source.',
    searching: 'Working out…',
    status: { good: 'Good', watch: 'Watch', risk: 'Risk' },
    baseline: ({ value }) => `Without the outage: ${value}`,
    baselineCost: ({ value }) => `Total cost without the outage: ${value}`,
    effective: ({ n, count }) =>
      `Behaves like ${n} independent ${count === 1 ? 'source' : 'sources'}`,
    cumulative: ({ value }) => `Gap summed over the days: ${value}·days`,
    recovery: ({ date }) => `Back above the buffer on ${date}`,
    noGap: 'No gap',
    costLower: 'Lower only because less credit could be drawn',
    breakEvenZero: 'Short even without a credit outage (the other shocks suffice)',
    cutAll: 'Survives losing these lines entirely',
    markLabel: ({ title }) => `Where the mark for “${title}” comes from`,
    mark: {
      survival: ({ strong, weak }) =>
        `Strong: ${strong} or more, the stress horizon supervisors expect of smaller banks. Under ${weak} (a typical risk-control freeze) is a risk.`,
      cashBuffer: ({ median, weak }) =>
        `The median US small business holds ${median} of cash; half of firms in a 25-city study held under ${weak}.`,
      coverage: ({ floor }) =>
        `Banks must hold liquid assets of at least ${floor} of 30-day stressed net outflows (liquidity coverage ratio). Undrawn credit lines count as nothing.`,
      hhi: ({ moderate, high }) =>
        `Above ${moderate} is moderately and above ${high} highly concentrated (merger guidelines). Measured by platform group, since one platform event hits all its products.`,
      breakEven: ({ min, typical, max }) =>
        `Risk-control freezes have no published length: FundGap assumes ${typical} (range ${min}–${max}). Surviving ${max} is good; under ${typical} is a risk.`,
      maxCut: ({ cut, strong }) =>
        `In Dec 2020 Huabei cut some users' limits by ${cut} (5,000 → 3,500), some to zero. Surviving a ${strong} cut is good; under ${cut} is a risk.`,
      gap: 'Any day below your minimum buffer is a risk: payments may bounce and repayments go overdue.',
      cost: 'Interest and fees the outage adds; shown for planning, a cost rather than a survival risk.',
    },
    card: {
      survivalDays: {
        title: 'Survival days',
        meaning: 'Days from the shock until cash first falls short',
        none: 'No gap in the horizon',
      },
      cashZeroDate: {
        title: 'Cash-zero date',
        meaning: 'First day reachable cash falls below your buffer',
        none: 'Never in the horizon',
      },
      deepestGap: {
        title: 'Deepest liquidity gap',
        meaning: 'Most money missing on one day, after every possible draw',
        none: 'No gap',
      },
      daysShort: {
        title: 'Days short',
        meaning: 'Days below your minimum cash buffer',
        none: 'No gap',
      },
      extraCost: {
        title: 'Extra financing cost',
        meaning: 'Interest and fees the outage adds over the horizon',
        none: '—',
      },
      cashBufferDays: {
        title: 'Cash buffer days',
        meaning: 'Days reachable cash covers average daily spending',
        none: 'No regular spending',
      },
      coverage: {
        title: '30-day stress coverage',
        meaning: 'Reachable cash ÷ net outflows over the next 30 days',
        none: 'No net outflows',
      },
      hhi: {
        title: 'Credit concentration (HHI)',
        meaning: 'How concentrated usable credit is by platform group, 0–10,000',
        none: 'No usable credit',
      },
      breakEven: {
        title: 'Break-even outage',
        meaning: 'Shortest outage of these lines that causes a gap',
        none: 'No outage length causes a gap',
      },
      maxCut: {
        title: 'Deepest survivable limit cut',
        meaning: 'Largest permanent cut to these lines the business survives',
        none: 'Short even with no cut',
      },
    },
  },
};

const zh: PanelMessages = {
  headroom: {
    title: '各渠道剩余可用额度',
    chartLabel: '堆叠面积图：中断情形下各融资渠道的剩余可用额度',
    lead: ({ before, lowest, date }) =>
      `中断前合计可用额度${before}；发生中断后最低降至${lowest}（${date}）。`,
    none: '测算期内所有融资渠道均无可用额度。',
    always: ({ name, today }) => `${name}：当前可用${today}，测算期内始终有余额。`,
    drops: ({ name, today, from, closed }) =>
      `${name}：当前可用${today}，${from}起${closed ? '停用' : '额度用尽'}`,
    backOn: ({ date }) => `，${date}起恢复可用。`,
    staysOut: '，直至测算期末未恢复。',
    later: ({ name, from, limit, usable }) =>
      usable === null
        ? `${name}：当前不可用，${from}起可用额度${limit}。`
        : `${name}：当前不可用，${from}起可用额度${usable}（授信额度${limit}，其余为尚未还清的借款）。`,
    never: ({ name }) => `${name}：测算期内无可用额度。`,
    total: '合计',
    tableCaption: '中断情形下各渠道剩余可用额度（仅列出发生变化的日期）',
  },
  mix: {
    title: '授信额度分布',
    chartLabel: '条形图：按平台集团统计的当前可用授信额度',
    antShare: ({ share, ant, total }) => `蚂蚁集团占您授信额度的${share}：${total}中有${ant}`,
    noCredit: '目前没有可用的授信额度。',
    hhi: ({ hhi, level, effective }) =>
      `按平台集团计算的可用额度集中度（HHI）为${hhi}，属于${level}，相当于${effective}个相互独立的融资渠道。`,
    hhiNone: '目前没有可用额度，无法计算集中度。',
    level: { low: '非集中', moderate: '中度集中', high: '高度集中' },
    pending: ({ name, limit, date }) => `尚未可用：${name}（${limit}），预计${date}起可用。`,
    pendingBeyond: ({ name, limit }) => `测算期内无法启用：${name}（${limit}）。`,
    group: '平台集团',
    limit: '当前可用授信额度',
    share: '占比',
    tableCaption: '按平台集团统计的当前可用授信额度',
  },
  metrics: {
    title: '中断情形下的风险指标',
    intro: '每项指标均与公开参考标准对比，点按 ⓘ（或将鼠标移至其上）可查看来源。',
    searching: '测算中…',
    status: { good: '良好', watch: '关注', risk: '风险' },
    baseline: ({ value }) => `无中断情形：${value}`,
    baselineCost: ({ value }) => `无中断情形下融资成本合计：${value}`,
    effective: ({ n }) => `相当于${n}个独立渠道`,
    cumulative: ({ value }) => `累计缺口：${value}·天`,
    recovery: ({ date }) => `${date}恢复至储备线以上`,
    noGap: '无缺口',
    costLower: '成本下降仅因可用授信减少、借款变少',
    breakEvenZero: '信贷不中断也有缺口（其他冲击已足够）',
    cutAll: '相关额度全部取消仍可支撑',
    markLabel: ({ title }) => `“${title}”参考标准的来源`,
    mark: {
      survival: ({ strong, weak }) =>
        `稳健标准：不少于${strong}，即监管机构对中小银行压力情景下生存期的要求。低于${weak}（一次风控冻结的典型时长）为风险。`,
      cashBuffer: ({ median, weak }) =>
        `美国小企业现金缓冲天数中位数为${median}；在25个城市的研究中，半数企业不足${weak}。`,
      coverage: ({ floor }) =>
        `银行须持有不低于未来30天压力净流出${floor}的优质流动资产（流动性覆盖率）。未提用的授信额度不计入。`,
      hhi: ({ moderate, high }) =>
        `高于${moderate}为中度集中，高于${high}为高度集中（并购审查指引）。按平台集团计算，因为同一平台的故障会同时波及旗下所有产品。`,
      breakEven: ({ min, typical, max }) =>
        `风控冻结时长无公开统计，FundGap假设为${typical}（区间${min}–${max}）。能撑过${max}为良好，不足${typical}为风险。`,
      maxCut: ({ cut, strong }) =>
        `2020年12月花呗曾将部分用户额度下调${cut}（5,000→3,500元），个别降为零。能承受${strong}下调为良好，不足${cut}为风险。`,
      gap: '任何一天低于最低现金储备都属风险：可能出现付款失败、贷款逾期。',
      cost: '中断导致多付的利息和费用，供规划参考，属于成本而非生存风险。',
    },
    card: {
      survivalDays: {
        title: '可支撑天数',
        meaning: '自冲击发生至首次出现资金缺口的天数',
        none: '测算期内无缺口',
      },
      cashZeroDate: {
        title: '资金断档日',
        meaning: '可动用现金首次低于最低储备的日期',
        none: '测算期内不会出现',
      },
      deepestGap: {
        title: '最大流动性缺口',
        meaning: '动用全部可用额度后，单日最大资金缺口',
        none: '无缺口',
      },
      daysShort: {
        title: '缺口天数',
        meaning: '可动用现金低于最低现金储备的天数',
        none: '无缺口',
      },
      extraCost: {
        title: '新增融资成本',
        meaning: '中断导致测算期内多付的利息和费用',
        none: '—',
      },
      cashBufferDays: {
        title: '现金缓冲天数',
        meaning: '可动用现金可覆盖日均支出的天数',
        none: '无日常支出',
      },
      coverage: {
        title: '30天压力覆盖率',
        meaning: '可动用现金 ÷ 未来30天净流出',
        none: '无净流出',
      },
      hhi: {
        title: '授信集中度（HHI）',
        meaning: '按平台集团衡量可用额度的集中程度（0–10,000）',
        none: '无可用额度',
      },
      breakEven: {
        title: '临界中断时长',
        meaning: '导致资金缺口的最短中断时长',
        none: '任何时长的中断都不会造成缺口',
      },
      maxCut: {
        title: '可承受的最大额度下调',
        meaning: '企业仍能支撑的相关额度永久下调幅度',
        none: '即使不降额也有缺口',
      },
    },
  },
};

/** Texts of the panels that load after the first screen (the cash chart's are in dashboardCash.ts). */
export type PanelMessages = Omit<DashboardMessages, 'cash'>;

export const DASHBOARD: Record<Lang, PanelMessages> = { en, 'zh-CN': zh };
