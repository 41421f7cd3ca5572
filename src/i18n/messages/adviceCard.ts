import type { Lang } from '../lang';

/**
 * A measure's card in the advice panel: its facts (amount, timing, cost, source, effect, funding
 * mix), how its timing, cost and effect are said, its badges, and the lever assumptions it edits.
 * Part of the advice bundle (advice.ts).
 */
export type AdviceCardMessages = {
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
    /** Cash on a platform the outage locks from `lock`: it can only be moved out beforehand. */
    beforeLock: (p: { lock: string }) => string;
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
    /** `drawn` and `standby` for a line whose draws are repaid in equal monthly instalments. */
    drawnInstalments: (p: {
      months: number;
      rate: string;
      perYear: string;
      unused: string;
    }) => string;
    standbyInstalments: (p: { months: number; rate: string; unused: string }) => string;
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
};

const en: AdviceCardMessages = {
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
    beforeLock: ({ lock }) =>
      `Only possible before Alipay goes down: this outage locks it from ${lock}. Move it out beforehand, ready for the next one`,
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
    drawnInstalments: ({ months, rate, perYear, unused }) =>
      `Interest only on what you draw, ${rate} a year, each draw repaid in ${months} equal monthly instalments: about ${perYear} a year in this scenario; ${unused} a year if never used.`,
    standbyInstalments: ({ months, rate, unused }) =>
      `Interest only on what you draw, ${rate} a year, each draw repaid in ${months} equal monthly instalments; ${unused} a year while it is not used.`,
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
    ownerDrawCut: "Owner's draw cut by",
    ownerDrawMonths: 'For',
    purchaseDeferralDays: 'Purchases put off by',
    supplierTermsDays: 'Supplier terms longer by',
    rentDeferralDays: 'Rent paid later by',
    rentDeferralMonths: 'Rent deferred for',
    depositShare: 'Deposit asked of each order',
    depositDays: 'Deposit paid ahead by',
    reserveFromDrawShare: "Share of the owner's draw kept",
    edit: 'Change the assumption',
  },
};

const zh: AdviceCardMessages = {
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
    beforeLock: ({ lock }) =>
      `须在支付宝停用前办理：本次中断自${lock}起锁定余额，已来不及；平时就应转出，以备下次`,
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
    drawnInstalments: ({ months, rate, perYear, unused }) =>
      `只按实际用款计息（年化${rate}），每笔借款分${months}期按月等额还款：本情形下每年约${perYear}；不动用则每年${unused}。`,
    standbyInstalments: ({ months, rate, unused }) =>
      `只按实际用款计息（年化${rate}），每笔借款分${months}期按月等额还款；不动用则每年${unused}。`,
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
    ownerDrawCut: '店主支取减少',
    ownerDrawMonths: '持续',
    purchaseDeferralDays: '采购推迟',
    supplierTermsDays: '账期延长',
    rentDeferralDays: '租金推迟',
    rentDeferralMonths: '缓交租金',
    depositShare: '预收款占订单金额',
    depositDays: '预收款提前',
    reserveFromDrawShare: '店主支取留存比例',
    edit: '修改假设',
  },
};

export const ADVICE_CARD: Record<Lang, AdviceCardMessages> = { en, 'zh-CN': zh };
