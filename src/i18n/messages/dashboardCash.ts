import type { Lang } from '../lang';
import type { DashboardMessages } from './dashboard';

/** The cash chart's texts, apart from the other panels' so the first screen loads only these. */
const en: DashboardMessages['cash'] = {
  title: 'What you can still spend, day by day',
  chartLabel:
    'Chart of what you can still spend (reachable cash plus credit still usable) with and without the outage, the cash and the credit shown apart, against your minimum cash buffer',
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
  cashPart: 'Cash you can reach',
  creditPart: 'Credit still usable',
  canSpend: 'Can still spend',
  lineWith: 'With the outage: cash + credit still usable',
  lineWithout: 'Without the outage: cash + credit still usable',
  above: ({ from, to, most, notPaid, blocked }) =>
    `From ${from} to ${to} the line with the outage runs above the one without (by up to ${most}): by then it has paid ${notPaid} less interest and fees, ${
      blocked
        ? 'because blocked repayments are not paid yet — they fall due, with penalty interest, when the block ends.'
        : 'because other credit was drawn in place of the frozen line, at other rates and repayment dates.'
    } Borrowing itself never lifts the line: money drawn leaves the credit still usable.`,
  table: {
    caption: 'What you can still spend and cash movements each day (movements with the outage)',
    date: 'Date',
    draws: 'Drawn',
    repaymentsInterest: 'Repaid incl. interest',
    cashWith: 'Cash, with the outage',
    cashWithout: 'Cash, without',
  },
};

const zh: DashboardMessages['cash'] = {
  title: '每日可用资金（现金＋可用授信）',
  chartLabel:
    '图表：中断情形与无中断情形下的可用资金（可动用现金加仍可使用的授信额度），现金与授信分开显示，并标出最低现金储备线',
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
  cashPart: '可动用现金',
  creditPart: '仍可使用的授信',
  canSpend: '可用资金合计',
  lineWith: '中断情形：现金＋可用授信',
  lineWithout: '无中断情形：现金＋可用授信',
  above: ({ from, to, most, notPaid, blocked }) =>
    `${from}至${to}，中断情形的曲线高于无中断情形（最多高出${most}）：截至当时少付了${notPaid}的利息和费用，${
      blocked
        ? '原因是受阻的还款尚未支付——还款恢复时连同罚息一并到期。'
        : '原因是改用其他授信替代被冻结的额度，利率和还款日不同。'
    }借款本身不会抬高曲线：提取的资金会相应减少仍可使用的授信。`,
  table: {
    caption: '逐日可用资金及资金收付（收付金额为中断情形）',
    date: '日期',
    draws: '提款',
    repaymentsInterest: '还款（含利息）',
    cashWith: '现金（中断情形）',
    cashWithout: '现金（无中断）',
  },
};

export const CASH_CHART: Record<Lang, DashboardMessages['cash']> = { en, 'zh-CN': zh };
