import type { Lang } from '../lang';
import type { ObservedWarningId } from '../../engine/checkIns/types';

/** Check-ins: what the advisor observed each month, compared with the plan. */
export type CheckInsMessages = {
  title: string;
  summary: (count: number) => string;
  intro: string;
  none: string;
  record: string;
  edit: string;
  delete: string;
  deleted: (date: string) => string;
  undo: string;
  save: string;
  cancel: string;
  formTitle: string;
  editTitle: (date: string) => string;
  date: string;
  cashTitle: string;
  linesTitle: string;
  limit: string;
  rate: string;
  /** Under the rate's box: an empty rate is saved as "not read". */
  rateHint: string;
  failedRepayment: string;
  notice: string;
  note: string;
  invalid: string;
  listCaption: string;
  cash: string;
  credit: string;
  buffer: string;
  vsPlan: string;
  vsPrevious: string;
  nothingFired: string;
  fired: string;
  warning: Record<ObservedWarningId, string>;
  warningDetail: (p: {
    id: ObservedWarningId;
    measured: string;
    threshold: string;
    source: string;
  }) => string;
  limitChange: (p: {
    name: string;
    from: string;
    to: string;
    delta: string;
    percent: string;
  }) => string;
  rateChange: (p: { name: string; from: string; to: string; delta: string }) => string;
  updatePlan: string;
  updatePlanHint: string;
  updated: (n: number) => string;
  upToDate: string;
  skippedFee: (name: string) => string;
  skippedMissing: (name: string) => string;
  undoHint: string;
  trendTitle: string;
  trendBuffer: string;
  trendCredit: string;
  trendNeedsTwo: string;
  thresholdLine: (days: string) => string;
  days: string;
  planLabel: string;
};

const en: CheckInsMessages = {
  title: 'Check-ins',
  summary: (n) => (n === 0 ? 'none yet' : n === 1 ? '1 check-in' : `${n} check-ins`),
  intro:
    'Each month, record what you see: cash balances, each credit line’s limit and annual rate, a failed repayment or a notice from the lender. FundGap compares it with the plan and with the last check-in and raises the contingency plan’s early warnings from what was observed.',
  none: 'No check-ins yet for this client.',
  record: 'Record a check-in',
  edit: 'Edit',
  delete: 'Delete',
  deleted: (date) => `Check-in of ${date} deleted.`,
  undo: 'Undo',
  save: 'Save check-in',
  cancel: 'Cancel',
  formTitle: 'New check-in (filled in from the plan: change only what differs)',
  editTitle: (date) => `Check-in of ${date}`,
  date: 'Date observed',
  cashTitle: 'Cash balances',
  linesTitle: 'Credit lines',
  limit: 'Credit limit',
  rate: 'Annual rate',
  rateHint: 'Leave empty if you did not read it.',
  failedRepayment: 'A repayment failed',
  notice: 'Notice from the lender (limit review, risk control)',
  note: 'Note',
  invalid: 'Some values cannot be saved: each says under its box what to change.',
  listCaption: 'Check-ins, newest first, with what changed and which warnings fired',
  cash: 'Cash',
  credit: 'Credit limits',
  buffer: 'Cash buffer',
  vsPlan: 'vs plan',
  vsPrevious: 'vs last check-in',
  nothingFired: 'No warning fired.',
  fired: 'Warnings fired',
  warning: {
    limit_drop: 'Credit limit cut',
    buffer_days: 'Cash buffer low',
    repayment_failed: 'Repayment failed',
    rate_rise: 'Rate up',
    risk_notice: 'Notice from the lender',
  },
  warningDetail: ({ id, measured, threshold, source }) =>
    ({
      limit_drop: `${source}: limit cut by ${measured} (fires at ${threshold} or more)`,
      buffer_days: `cash covers ${measured} of spending (fires below ${threshold})`,
      repayment_failed: `${source}: a repayment failed — repay from the bank account today and keep the receipt`,
      rate_rise: `${source}: annual rate up ${measured}`,
      risk_notice: `${source}: the lender sent a notice — read it and check the limit`,
    })[id],
  limitChange: ({ name, from, to, delta, percent }) =>
    `${name}: ${from} → ${to} (${delta}, ${percent})`,
  rateChange: ({ name, from, to, delta }) => `${name}: ${from} → ${to} (${delta})`,
  updatePlan: 'Update the plan from this check-in',
  updatePlanHint:
    'Puts these cash balances, limits and rates into the plan (one step: Ctrl+Z undoes it).',
  updated: (n) => `Plan updated: ${n} ${n === 1 ? 'value' : 'values'} changed. Undo takes it back.`,
  upToDate: 'The plan already holds these values.',
  skippedFee: (name) => `${name}: the plan prices it as an instalment fee, left as it is.`,
  skippedMissing: (name) => `${name}: no longer in the plan, not updated.`,
  undoHint: 'Undo plan update',
  trendTitle: 'Trend over check-ins',
  trendBuffer: 'Cash buffer (days)',
  trendCredit: 'Credit limits available (¥)',
  trendNeedsTwo: 'The trend appears from the second check-in.',
  thresholdLine: (days) => `warning below ${days}`,
  days: 'days',
  planLabel: 'Plan',
};

const zh: CheckInsMessages = {
  title: '定期复核',
  summary: (n) => (n === 0 ? '尚无记录' : `${n} 次复核`),
  intro:
    '每月记录实际情况：各账户现金余额、每条授信的额度与年化利率、是否还款失败、是否收到贷款机构通知。FundGap 将其与方案及上次复核对比，并按应急预案的预警条件根据实际观察发出预警。',
  none: '该客户尚无复核记录。',
  record: '记录一次复核',
  edit: '修改',
  delete: '删除',
  deleted: (date) => `已删除 ${date} 的复核。`,
  undo: '撤销',
  save: '保存复核',
  cancel: '取消',
  formTitle: '新复核（已按方案现值填好，只需修改有变化的项）',
  editTitle: (date) => `${date} 的复核`,
  date: '观察日期',
  cashTitle: '现金余额',
  linesTitle: '授信渠道',
  limit: '授信额度',
  rate: '年化利率',
  rateHint: '未查看可留空。',
  failedRepayment: '出现还款失败',
  notice: '收到贷款机构通知（额度调整、风控）',
  note: '备注',
  invalid: '部分数值无法保存，请按各输入框下方的提示修改。',
  listCaption: '复核记录（最新在前）：变化情况与触发的预警',
  cash: '现金',
  credit: '授信额度合计',
  buffer: '现金缓冲天数',
  vsPlan: '较方案',
  vsPrevious: '较上次复核',
  nothingFired: '未触发预警。',
  fired: '已触发预警',
  warning: {
    limit_drop: '授信额度下调',
    buffer_days: '现金缓冲不足',
    repayment_failed: '还款失败',
    rate_rise: '利率上调',
    risk_notice: '贷款机构通知',
  },
  warningDetail: ({ id, measured, threshold, source }) =>
    ({
      limit_drop: `${source}：额度下调 ${measured}（下调达 ${threshold} 即预警）`,
      buffer_days: `现金仅可覆盖 ${measured} 的支出（低于 ${threshold} 即预警）`,
      repayment_failed: `${source}：还款失败——当天改用银行账户还款并保留凭证`,
      rate_rise: `${source}：年化利率上调 ${measured}`,
      risk_notice: `${source}：收到贷款机构通知——请阅读并核对额度`,
    })[id],
  limitChange: ({ name, from, to, delta, percent }) =>
    `${name}：${from} → ${to}（${delta}，${percent}）`,
  rateChange: ({ name, from, to, delta }) => `${name}：${from} → ${to}（${delta}）`,
  updatePlan: '按本次复核更新方案',
  updatePlanHint: '将本次的现金余额、授信额度和利率写入方案（一步完成，Ctrl+Z 可撤销）。',
  updated: (n) => `方案已更新：${n} 项数值变化。可撤销。`,
  upToDate: '方案中已是这些数值。',
  skippedFee: (name) => `${name}：方案按分期手续费计价，未更改。`,
  skippedMissing: (name) => `${name}：方案中已无此项，未更新。`,
  undoHint: '撤销方案更新',
  trendTitle: '历次复核趋势',
  trendBuffer: '现金缓冲天数（天）',
  trendCredit: '可用授信额度（¥）',
  trendNeedsTwo: '第二次复核后显示趋势。',
  thresholdLine: (days) => `低于 ${days} 预警`,
  days: '天',
  planLabel: '方案',
};

export const CHECK_INS: Record<Lang, CheckInsMessages> = { en, 'zh-CN': zh };
