import type { Lang } from '../lang';

/**
 * The advice panel's answer at the top: no gap (and what that relies on), or the gap to close and
 * from when, how the measures were sized, the reserve to hold, the credit record at risk. Part of
 * the advice bundle (advice.ts).
 */
export type AdviceHeadlineMessages = {
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
};

const en: AdviceHeadlineMessages = {
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
    `Reserve to hold on top of today's cash: ${amount}, about ${days} of average outflows.`,
  creditMark: ({ source, due, late, mark }) =>
    `The repayment to ${source} due on ${due} cannot be made for ${late}: from ${mark} it is likely to show as overdue on the credit report, and banks and online lenders are likely to decline new applications for a while. Apply for credit before then.`,
};

const zh: AdviceHeadlineMessages = {
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
    `建议在现有现金之外，再备足${amount}（约${days}的平均支出）作为应急储备金。`,
  creditMark: ({ source, due, late, mark }) =>
    `${due}到期的${source}还款将无法按时归还，延误${late}：自${mark}起很可能在征信报告上显示逾期，此后一段时间内银行和网贷机构的新申请大概率被拒。如需融资，请在此之前申请。`,
};

export const ADVICE_HEADLINE: Record<Lang, AdviceHeadlineMessages> = { en, 'zh-CN': zh };
