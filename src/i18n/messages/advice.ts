import type { Lang } from '../lang';
import { CONTINGENCY, type ContingencyMessages } from './adviceContingency';

/** The advice panel: what closes the gap, by when, at what cost, from where. */
export type AdviceMessages = {
  title: string;
  working: string;
  noGap: (p: { scenario: string; buffer: string }) => string;
  /** No gap, but only with credit the plan has not arranged yet: listed after this. */
  noGapProvided: (p: { scenario: string; buffer: string }) => string;
  noGapRelies: (p: { source: string; days: string; ready: string; peak: string }) => string;
  noGapWithout: (p: { date: string; amount: string }) => string;
  noGapWithoutHolds: string;
  noGapLowest: (p: { amount: string; date: string }) => string;
  breakEven: (p: { days: string }) => string;
  breakEvenNone: string;
  gap: (p: { amount: string; date: string }) => string;
  /** The plan starts before today: its "today" is in the past. */
  pastStart: (p: { start: string; days: string }) => string;
  /** The exact depth behind the rounded one, one tap away (and in the CLI). */
  gapExact: (p: { amount: string }) => string;
  method: (p: { scenario: string }) => string;
  reserveTarget: (p: { days: string; amount: string }) => string;
  creditMark: (p: { source: string; due: string; late: string; mark: string }) => string;
  timelyTitle: string;
  timelyIntro: string;
  tooLateTitle: string;
  tooLateIntro: string;
  /** A phone's fold under the first few measures in time, with how many more it holds. */
  moreTimely: (p: { count: string }) => string;
  /** The folded "too late" list's summary, with how many measures it holds. */
  tooLateCount: (p: { count: string }) => string;
  /** The disclosure that holds how a figure or a list was worked out. */
  why: string;
  unavailableTitle: (p: { count: string }) => string;
  unavailableIntro: string;
  none: string;
  fact: {
    amount: string;
    freed: string;
    timing: string;
    cost: string;
    source: string;
    effect: string;
    mix: string;
    mixValue: (p: {
      antBefore: string;
      antAfter: string;
      hhiBefore: string;
      hhiAfter: string;
    }) => string;
    toConfirm: string;
    creditRisk: (p: { date: string }) => string;
    assumption: string;
    basisPlan: (p: { source: string }) => string;
    basisDefault: string;
    notApplicable: string;
  };
  timing: {
    sameDay: string;
    startBy: (p: { days: string; by: string; ready: string }) => string;
    tooLate: (p: { days: string; ready: string; gap: string }) => string;
    leverNow: (p: { start: string }) => string;
    leverAgree: (p: { start: string; days: string; ready: string }) => string;
    builtBy: (p: { start: string; ready: string }) => string;
    pastHorizon: string;
  };
  cost: {
    none: string;
    opportunity: (p: { rate: string; perYear: string }) => string;
    float: (p: { amount: string; rate: string; perYear: string }) => string;
    drawn: (p: { rate: string; perYear: string; unused: string }) => string;
    standby: (p: { rate: string; unused: string }) => string;
    full: (p: { rate: string; perYear: string }) => string;
    fee: (p: { rate: string }) => string;
  };
  effect: {
    survives: (p: { closed: string }) => string;
    partial: (p: { closed: string; days: string }) => string;
    partialSameDay: (p: { closed: string }) => string;
    nothing: string;
  };
  badge: {
    closes: string;
    partial: string;
    sameGroup: string;
    tooLate: string;
    free: string;
    creditRisk: string;
  };
  lever: {
    ownerDrawCut: string;
    ownerDrawMonths: string;
    purchaseDeferralDays: string;
    supplierTermsDays: string;
    rentDeferralDays: string;
    rentDeferralMonths: string;
    depositShare: string;
    depositDays: string;
    reserveFromDrawShare: string;
    edit: string;
  };
  tryIt: string;
  stopTrying: string;
  keep: string;
  keeping: string;
  trying: (p: { action: string }) => string;
  kept: (p: { action: string }) => string;
  /** Closes the confirmation of a kept measure. */
  keptDismiss: string;
  compare: {
    title: string;
    caption: string;
    before: string;
    after: string;
    gap: string;
    survival: string;
    lowest: string;
    noGap: string;
    horizon: string;
  };
  combination: {
    title: string;
    single: string;
    greedy: string;
    notEnough: string;
    actions: string;
    cost: string;
    survival: string;
    noGapLeft: string;
    stepLine: (p: { action: string; ready: string }) => string;
  };
  price: { label: string };
  contingency: ContingencyMessages;
};

const en: AdviceMessages = {
  title: 'What would close the gap',
  working: 'Working out what would close the gap…',
  noGap: ({ scenario, buffer }) =>
    `Under “${scenario}” your reachable cash never falls below your minimum buffer (${buffer}): no liquidity gap, no change needed.`,
  noGapProvided: ({ scenario, buffer }) =>
    `Under “${scenario}” your reachable cash stays at or above your minimum buffer (${buffer}): no liquidity gap — provided you apply now for the credit below, which your plan has not arranged yet (the projection counts each as applied for today):`,
  noGapRelies: ({ source, days, ready, peak }) =>
    `${source}: takes about ${days}, usable from ${ready}; the projection draws up to ${peak}`,
  noGapWithout: ({ date, amount }) =>
    `Without them this scenario opens a liquidity gap from ${date}, up to about ${amount}: apply now.`,
  noGapWithoutHolds: 'Even without them the cash holds; they add a margin.',
  noGapLowest: ({ amount, date }) => `Lowest reachable cash: ${amount}, on ${date}.`,
  breakEven: ({ days }) =>
    ` For context: an outage of the same credit would have to last ${days} before a gap opens.`,
  breakEvenNone: ' No outage of the same credit opens a gap within the horizon.',
  gap: ({ amount, date }) => `Gap to close: up to about ${amount}, from ${date}.`,
  pastStart: ({ start, days }) =>
    `“Today” below is your plan's first day, ${start} — ${days} ago, so some dates have passed. Update the balances and the start date to today before acting on them.`,
  gapExact: ({ amount }) =>
    `Exact figure: ${amount} (the deepest daily shortfall in the simulation).`,
  method: ({ scenario }) =>
    ` Each measure below was sized with its real lead time, applied to a copy of your plan and re-simulated under “${scenario}”.`,
  reserveTarget: ({ days, amount }) =>
    `Reserve to hold on top of today's cash: ${days} of average outflows (${amount}).`,
  creditMark: ({ source, due, late, mark }) =>
    `The repayment to ${source} due on ${due} cannot be made for ${late}: from ${mark} it is likely to show as overdue on the credit report, and banks and online lenders are likely to decline new applications for a while. Apply for credit before then.`,
  timelyTitle: 'In time for this outage',
  timelyIntro:
    'Ready before the gap opens. Ordered by cost per ¥ of gap closed: measures with no financing cost first.',
  tooLateTitle: 'Too late for this outage — arrange now for the next',
  tooLateIntro:
    'These take longer to arrange than the time left before the gap. Sized as if already in place.',
  tooLateCount: ({ count }) => `Too late for this outage — arrange now for the next (${count})`,
  moreTimely: ({ count }) => `${count} more in time, ranked`,
  why: 'Why',
  unavailableTitle: ({ count }) => `Not open to this business (${count})`,
  unavailableIntro: 'Shown so you know why: each needs something your plan does not have.',
  none: 'No measure within reach changes the result for this scenario.',
  fact: {
    amount: 'Amount',
    freed: 'Cash freed, at most',
    timing: 'When',
    cost: 'Cost',
    source: 'Where the cash comes from',
    effect: 'Effect',
    mix: 'Funding mix after',
    mixValue: ({ antBefore, antAfter, hhiBefore, hhiAfter }) =>
      `Ant Group share ${antBefore} → ${antAfter}; concentration (HHI) ${hhiBefore} → ${hhiAfter}`,
    toConfirm: 'Confirm first',
    creditRisk: ({ date }) =>
      `Decided after ${date}, when the blocked repayment is likely to show on your credit report: likely to be declined. Apply before then.`,
    assumption: 'Provided',
    basisPlan: ({ source }) => `From your plan's own terms (${source}).`,
    basisDefault: 'A typical figure for this channel; the lender’s offer may differ.',
    notApplicable: 'n/a',
  },
  timing: {
    sameDay: 'Can be done today',
    startBy: ({ days, by, ready }) =>
      `Takes about ${days}: usable from ${ready} if started today; start by ${by} at the latest`,
    tooLate: ({ days, ready, gap }) =>
      `Takes about ${days}: usable from ${ready}, after the gap opens on ${gap}`,
    leverNow: ({ start }) => `From the day the outage starts (${start})`,
    leverAgree: ({ start, days, ready }) =>
      `About ${days} to agree from the day the outage starts (${start}); in force from ${ready}`,
    builtBy: ({ start, ready }) =>
      `Set aside at each draw from ${start}; the target is reached on ${ready}`,
    pastHorizon: 'after the horizon',
  },
  cost: {
    none: 'No financing cost.',
    opportunity: ({ rate, perYear }) =>
      `Opportunity cost: what the money would earn elsewhere, ${rate} a year — about ${perYear} a year.`,
    float: ({ amount, rate, perYear }) =>
      `Huabei's interest-free float is given up: about ${amount} of your own cash at ${rate} a year — about ${perYear} a year.`,
    drawn: ({ rate, perYear, unused }) =>
      `Interest only on what you draw, ${rate} a year: about ${perYear} a year in this scenario; ${unused} a year if never used.`,
    standby: ({ rate, unused }) =>
      `Interest only on what you draw, ${rate} a year; ${unused} a year while it is not used.`,
    full: ({ rate, perYear }) =>
      `Paid out in full and charged on all of it, ${rate} a year: about ${perYear} a year.`,
    fee: ({ rate }) => ` Includes a guarantee fee of ${rate} a year on the whole amount.`,
  },
  effect: {
    survives: ({ closed }) =>
      `Closes the whole gap (about ${closed}): no shortfall within the horizon`,
    partial: ({ closed, days }) =>
      `Closes about ${closed} of the gap; ${days} more before a shortfall`,
    partialSameDay: ({ closed }) =>
      `Closes about ${closed} of the gap; the shortfall still starts on the same day`,
    nothing: 'Does not change this outage’s gap',
  },
  badge: {
    closes: 'Closes the gap',
    partial: 'Closes part of the gap',
    sameGroup: 'Same platform group as the failing credit',
    tooLate: 'Too late for this outage',
    free: 'No financing cost',
    creditRisk: 'At risk from the credit record',
  },
  lever: {
    ownerDrawCut: "Cut in the owner's draw (%)",
    ownerDrawMonths: 'For how many months',
    purchaseDeferralDays: 'Purchases put off by (days)',
    supplierTermsDays: 'Longer supplier terms (days)',
    rentDeferralDays: 'Rent paid later by (days)',
    rentDeferralMonths: 'Months of rent deferred',
    depositShare: 'Deposit asked (% of the order)',
    depositDays: 'Deposit paid ahead by (days)',
    reserveFromDrawShare: "Share of the owner's draw kept (%)",
    edit: 'Change the assumption',
  },
  tryIt: 'Try it',
  stopTrying: 'Stop trying',
  keep: 'Keep',
  keeping: 'Adding…',
  trying: ({ action }) =>
    `Trying “${action}”: before and after are shown on its card, and as a dotted line on the cash chart. Your plan is unchanged.`,
  kept: ({ action }) => `Added to your plan: ${action}. Use Undo in the header to take it back.`,
  keptDismiss: 'Close',
  compare: {
    title: 'Before and after',
    caption: 'This scenario without and with the measure',
    before: 'Now',
    after: 'With it',
    gap: 'Deepest gap',
    survival: 'Days until a shortfall',
    lowest: 'Lowest reachable cash',
    noGap: 'none',
    horizon: 'the whole horizon',
  },
  combination: {
    title: 'Recommended: the cheapest combination that closes the gap',
    single: 'One measure closes the gap on its own, and nothing found costs less.',
    greedy:
      'Built step by step on the re-simulated plan: measures with no financing cost first, then the cheapest financing that closes what is left, each sized again with its real lead time.',
    notEnough: 'Even together, the measures in time do not close the whole gap.',
    actions: 'Measures',
    cost: 'Total cost',
    survival: 'After',
    noGapLeft: 'No gap left within the horizon',
    stepLine: ({ action, ready }) => `${action} (in place from ${ready})`,
  },
  price: { label: 'Where this figure comes from' },
  contingency: CONTINGENCY.en,
};

const zh: AdviceMessages = {
  title: '如何补足缺口',
  working: '正在测算补足缺口的方案…',
  noGap: ({ scenario, buffer }) =>
    `在“${scenario}”情形下，可动用现金始终不低于最低现金储备（${buffer}），无流动性缺口，无需调整。`,
  noGapProvided: ({ scenario, buffer }) =>
    `在“${scenario}”情形下，可动用现金不低于最低现金储备（${buffer}），无流动性缺口——前提是现在就申请以下计划中尚未办理的授信（测算按今天着手办理计算）：`,
  noGapRelies: ({ source, days, ready, peak }) =>
    `${source}：约需${days}，${ready}起可用；测算中最多动用${peak}`,
  noGapWithout: ({ date, amount }) =>
    `如不办理，本情形下将自${date}起出现流动性缺口，最高约${amount}：请现在就着手申请。`,
  noGapWithoutHolds: '即使不办理，现金也能支撑；办理后余地更大。',
  noGapLowest: ({ amount, date }) => `最低可动用现金：${amount}（${date}）。`,
  breakEven: ({ days }) => `供参考：同类授信中断须持续${days}才会出现缺口。`,
  breakEvenNone: '测算期内，同类授信中断多久都不会出现缺口。',
  gap: ({ amount, date }) => `需补足的流动性缺口：最高约${amount}，自${date}起。`,
  pastStart: ({ start, days }) =>
    `下文的“今天”指计划的起始日${start}（已过去${days}），部分日期已过。照此执行前，请先把余额和起始日更新到今天。`,
  gapExact: ({ amount }) => `精确值：${amount}（测算中单日最大缺口）。`,
  method: ({ scenario }) =>
    `以下每项措施均按实际办理周期测算金额，在计划副本上实施后，于“${scenario}”情形下重新测算。`,
  reserveTarget: ({ days, amount }) =>
    `建议在现有现金之外，再备足${days}的平均支出（${amount}）作为应急储备金。`,
  creditMark: ({ source, due, late, mark }) =>
    `${due}到期的${source}还款将无法按时归还，延误${late}：自${mark}起很可能在征信报告上显示逾期，此后一段时间内银行和网贷机构的新申请大概率被拒。如需融资，请在此之前申请。`,
  timelyTitle: '本次来得及的措施',
  timelyIntro: '均可在缺口出现前到位。按每补足1元缺口的成本排序，无融资成本的经营措施在前。',
  tooLateTitle: '本次已来不及——请现在就为下一次做准备',
  tooLateIntro: '以下措施的办理周期长于缺口出现前的剩余时间。金额按已落实测算。',
  tooLateCount: ({ count }) => `本次已来不及——请现在就为下一次做准备（${count}项）`,
  moreTimely: ({ count }) => `其余${count}项来得及的措施（按排序）`,
  why: '依据',
  unavailableTitle: ({ count }) => `本企业暂不具备条件的渠道（${count}项）`,
  unavailableIntro: '列出原因，供您参考：每项都需要计划中尚不具备的条件。',
  none: '本情形下，可行的措施都无法改变测算结果。',
  fact: {
    amount: '金额',
    freed: '最多可腾出现金',
    timing: '时间安排',
    cost: '成本',
    source: '资金来源',
    effect: '效果',
    mix: '调整后的融资结构',
    mixValue: ({ antBefore, antAfter, hhiBefore, hhiAfter }) =>
      `蚂蚁集团授信占比 ${antBefore} → ${antAfter}；融资集中度（HHI）${hhiBefore} → ${hhiAfter}`,
    toConfirm: '需先确认',
    creditRisk: ({ date }) =>
      `审批将在${date}之后，届时被阻断的还款很可能已计入征信逾期，大概率被拒。请在此之前申请。`,
    assumption: '前提',
    basisPlan: ({ source }) => `采用您计划中已有的条款（${source}）。`,
    basisDefault: '该渠道的常见水平，实际以金融机构报价为准。',
    notApplicable: '不适用',
  },
  timing: {
    sameDay: '当天即可办理',
    startBy: ({ days, by, ready }) =>
      `约需${days}办妥：今天着手，${ready}起可用；最晚${by}须开始办理`,
    tooLate: ({ days, ready, gap }) =>
      `办理周期约${days}：${ready}起才可用，晚于缺口出现（${gap}）`,
    leverNow: ({ start }) => `中断发生当天起执行（${start}）`,
    leverAgree: ({ start, days, ready }) =>
      `中断发生当天（${start}）起协商，约需${days}谈妥，${ready}起生效`,
    builtBy: ({ start, ready }) => `自${start}起每次支取时留存，${ready}存足目标金额`,
    pastHorizon: '测算期之后',
  },
  cost: {
    none: '无融资成本。',
    opportunity: ({ rate, perYear }) =>
      `机会成本：这笔资金放在别处可得的收益，按年化${rate}计，每年约${perYear}。`,
    float: ({ amount, rate, perYear }) =>
      `放弃花呗免息期：需自有资金约${amount}垫付，按年化${rate}计机会成本，每年约${perYear}。`,
    drawn: ({ rate, perYear, unused }) =>
      `随借随还，只按实际用款计息（年化${rate}）：本情形下每年约${perYear}；不动用则每年${unused}。`,
    standby: ({ rate, unused }) =>
      `随借随还，只按实际用款计息（年化${rate}）；不动用则每年${unused}。`,
    full: ({ rate, perYear }) => `一次性放款，全额计息（年化${rate}）：每年约${perYear}。`,
    fee: ({ rate }) => `其中含担保费：按贷款全额每年${rate}。`,
  },
  effect: {
    survives: ({ closed }) => `补足全部缺口（约${closed}），测算期内不再出现缺口`,
    partial: ({ closed, days }) => `补足缺口约${closed}，缺口推迟${days}出现`,
    partialSameDay: ({ closed }) => `补足缺口约${closed}，但缺口出现日期不变`,
    nothing: '对本次缺口没有作用',
  },
  badge: {
    closes: '可补足缺口',
    partial: '可补足部分缺口',
    sameGroup: '与出问题的授信属同一平台集团',
    tooLate: '本次来不及',
    free: '无融资成本',
    creditRisk: '受征信影响',
  },
  lever: {
    ownerDrawCut: '店主支取减少（%）',
    ownerDrawMonths: '持续月数',
    purchaseDeferralDays: '采购推迟（天）',
    supplierTermsDays: '账期延长（天）',
    rentDeferralDays: '租金推迟（天）',
    rentDeferralMonths: '缓交几个月的租金',
    depositShare: '预收比例（订单金额的%）',
    depositDays: '预收款提前（天）',
    reserveFromDrawShare: '店主支取留存比例（%）',
    edit: '修改假设',
  },
  tryIt: '试算',
  stopTrying: '停止试算',
  keep: '采纳',
  keeping: '正在加入…',
  trying: ({ action }) =>
    `正在试算“${action}”：采取前后的对比显示在该措施下方，现金走势图上另有虚线。您的计划未作改动。`,
  kept: ({ action }) => `已加入您的计划：${action}。如需撤回，请点页眉的“撤销”。`,
  keptDismiss: '关闭',
  compare: {
    title: '采取前后对比',
    caption: '本情形下，不采取与采取此措施的对比',
    before: '现在',
    after: '采取后',
    gap: '最大缺口',
    survival: '可支撑天数',
    lowest: '最低可动用现金',
    noGap: '无',
    horizon: '覆盖整个测算期',
  },
  combination: {
    title: '推荐方案：补足缺口成本最低的组合',
    single: '单项措施即可补足缺口，且没有找到成本更低的组合。',
    greedy:
      '在重新测算的计划上逐步组合：先用无融资成本的经营措施，再选能补足剩余缺口、成本最低的融资，每一步都按实际办理周期重新测算金额。',
    notEnough: '即使全部来得及的措施一起采用，也无法完全补足缺口。',
    actions: '措施',
    cost: '合计成本',
    survival: '采取后',
    noGapLeft: '测算期内不再出现缺口',
    stepLine: ({ action, ready }) => `${action}（${ready}起到位）`,
  },
  price: { label: '此数字的依据' },
  contingency: CONTINGENCY['zh-CN'],
};

export const ADVICE: Record<Lang, AdviceMessages> = { en, 'zh-CN': zh };
