import type { Lang } from '../lang';
import type { DashboardMessages } from './dashboard';

/** The cash chart's texts, apart from the other panels' so the first screen loads only these. */
const en: DashboardMessages['cash'] = {
  title: 'Reachable cash, day by day',
  chartLabel:
    'Line chart of reachable cash with and without the outage, against your minimum cash buffer',
  lowestWithGap: ({ lowest, date, gap, buffer }) =>
    `With the outage, reachable cash bottoms out at ${lowest} on ${date}: a liquidity gap of ${gap}${
      buffer ? ` against your ${buffer} minimum buffer` : ''
    }.`,
  shortDays: ({ days, from }) => ` Short on ${days}, starting ${from};`,
  recovered: ({ date }) => ` back above the buffer on ${date}.`,
  stillShort: ' still short at the end of the horizon.',
  noGap: ({ lowest, date, buffer }) =>
    `With the outage, reachable cash never falls below your ${buffer} minimum buffer; its lowest point is ${lowest} on ${date}.`,
  baseline: ({ lowest, date }) => ` Without it, the lowest point is ${lowest} on ${date}.`,
  baselineShort: ({ days }) => ` Even without the outage you are short on ${days}.`,
  bufferLine: ({ amount }) => `Minimum buffer ${amount}`,
  zeroLine: 'Zero',
  tooltipThatDay: 'With the outage, that day',
  inflows: 'Money in',
  outflows: 'Paid out in cash',
  huabeiPaid: 'Paid with Huabei',
  drawFrom: ({ source }) => `Drawn from ${source}`,
  repayments: 'Loan principal repaid',
  interest: 'Interest and fees',
  locked: 'Locked on a platform that is down',
  table: {
    caption: 'Reachable cash and cash movements each day (movements with the outage)',
    date: 'Date',
    draws: 'Drawn',
    repaymentsInterest: 'Repaid incl. interest',
  },
};

const zh: DashboardMessages['cash'] = {
  title: '可动用现金逐日走势',
  chartLabel: '折线图：中断情形与无中断情形下的可动用现金，以及最低现金储备线',
  lowestWithGap: ({ lowest, date, gap, buffer }) =>
    `若发生中断，可动用现金最低降至${lowest}（${date}），${buffer ? `相对最低现金储备${buffer}，` : ''}流动性缺口达${gap}。`,
  shortDays: ({ days, from }) => `自${from}起共${days}低于储备线，`,
  recovered: ({ date }) => `${date}恢复。`,
  stillShort: '至测算期末仍未恢复。',
  noGap: ({ lowest, date, buffer }) =>
    `若发生中断，可动用现金始终不低于最低现金储备${buffer}，最低为${lowest}（${date}）。`,
  baseline: ({ lowest, date }) => `若不发生中断，最低点为${lowest}（${date}）。`,
  baselineShort: ({ days }) => `即使不发生中断，也有${days}低于储备线。`,
  bufferLine: ({ amount }) => `最低储备 ${amount}`,
  zeroLine: '零',
  tooltipThatDay: '中断情形当日',
  inflows: '资金流入',
  outflows: '现金支出',
  huabeiPaid: '花呗代付',
  drawFrom: ({ source }) => `从${source}提款`,
  repayments: '归还本金',
  interest: '利息及费用',
  locked: '停用平台上被冻结的资金',
  table: {
    caption: '逐日可动用现金及资金收付（收付金额为中断情形）',
    date: '日期',
    draws: '提款',
    repaymentsInterest: '还款（含利息）',
  },
};

export const CASH_CHART: Record<Lang, DashboardMessages['cash']> = { en, 'zh-CN': zh };
