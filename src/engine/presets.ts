import { RISK_FREEZE_DEFAULT_DAYS } from './terms';
import type { Scenario, ShockTarget } from './model';

/**
 * Outage presets named after the real causes in domain.md §1. Each states its assumptions in
 * plain words and the grade of the number behind its length (W well sourced, U assumption).
 */
export type Preset = Scenario & {
  cause: 'technical' | 'maintenance' | 'risk_control' | 'limit_cut' | 'regulatory' | 'platform';
  grade: 'W' | 'M' | 'U';
  /** Keyed like the app's languages. */
  assumptions: { en: string; 'zh-CN': string };
};

const ANT_PERSONAL: ShockTarget = { type: 'kinds', kinds: ['jiebei', 'huabei'] };
const ANT_GROUP: ShockTarget = { type: 'group', group: 'ant' };

/** Default length of a risk-control freeze: no documented figure, domain.md assumes 30 days (range 7–90, U). */
export const RISK_FREEZE_DAYS = RISK_FREEZE_DEFAULT_DAYS;
/** Ant-wide event: documented outages last hours; a week is a stress assumption (U). */
export const ANT_WIDE_EVENT_DAYS = 7;

export const PRESETS: readonly Preset[] = [
  {
    id: 'technical_outage',
    name: 'Technical outage (1 day)',
    cause: 'technical',
    grade: 'W',
    assumptions: {
      en: "The whole Alipay platform is down for a day: no Jiebei draws, no Huabei payments, Alipay balance and Yu'ebao unreachable, repayments fail. Real outages lasted ~2.5 h (Alipay 2015) and ~3.5 h (Alibaba Cloud 2023); a day is the smallest step the model counts.",
      'zh-CN':
        '支付宝平台整体中断一天：借呗无法提款、花呗无法支付、余额和余额宝无法动用、还款失败。历史上支付宝（2015年）约2.5小时、阿里云（2023年）约3.5小时；模型以天为最小单位。',
    },
    shocks: [
      { type: 'outage', target: ANT_GROUP, startDay: 0, durationDays: 1 },
      { type: 'repayment_blocked', target: ANT_GROUP, startDay: 0, durationDays: 1 },
    ],
  },
  {
    id: 'maintenance',
    name: 'System maintenance (1 day)',
    cause: 'maintenance',
    grade: 'U',
    assumptions: {
      en: 'Jiebei and Huabei are greyed out for one day during an upgrade; the Alipay balance still works. Length is an assumption (under a day).',
      'zh-CN':
        '系统升级期间借呗、花呗停用一天，支付宝余额仍可使用。时长为假设值（通常不超过一天）。',
    },
    shocks: [{ type: 'outage', target: ANT_PERSONAL, startDay: 0, durationDays: 1 }],
  },
  {
    id: 'risk_control_freeze_30d',
    name: 'Risk-control freeze (30 days)',
    cause: 'risk_control',
    grade: 'U',
    assumptions: {
      en: 'Risk control freezes Jiebei and Huabei for 30 days: no new draws, Huabei no longer pays suppliers, existing loans and bills stay due. No published figure exists; 30 days is the default (range 7–90).',
      'zh-CN':
        '风控冻结借呗、花呗30天：无法新增借款，花呗不能再向供应商付款，存量借款和账单照常到期。此类冻结没有公开统计，默认30天（区间7–90天）。',
    },
    shocks: [{ type: 'freeze', target: ANT_PERSONAL, startDay: 0, durationDays: RISK_FREEZE_DAYS }],
  },
  {
    id: 'limit_cut_50',
    name: 'Limit cut by 50 %',
    cause: 'limit_cut',
    grade: 'W',
    assumptions: {
      en: 'After re-scoring, Jiebei and Huabei limits are halved for good; drawn balances stay due. Dec 2020 cuts took young users from 5,000 to 3,500 and some to zero.',
      'zh-CN':
        '重新评分后借呗、花呗额度永久下调50%，已用额度照常还款。2020年12月部分年轻用户额度由5,000元降至3,500元，个别降为零。',
    },
    shocks: [
      { type: 'limit_cut', target: ANT_PERSONAL, startDay: 0, durationDays: null, cutPercent: 50 },
    ],
  },
  {
    id: 'regulatory_closure',
    name: 'Regulatory closure',
    cause: 'regulatory',
    grade: 'W',
    assumptions: {
      en: 'Jiebei and Huabei close to new use for the rest of the horizon (as in the 2020–21 rectification); existing loans and bills run off on schedule.',
      'zh-CN':
        '借呗、花呗在剩余期间内停止新增使用（参照2020–21年整改）；存量借款和账单按原计划还款。',
    },
    shocks: [{ type: 'freeze', target: ANT_PERSONAL, startDay: 0, durationDays: null }],
  },
  {
    id: 'ant_wide_event',
    name: 'Ant-wide event (7 days)',
    cause: 'platform',
    grade: 'U',
    assumptions: {
      en: "Every Ant product — Huabei, Jiebei, MYbank, Alipay balance and Yu'ebao — is unreachable for 7 days and repayments fail. A week is a stress assumption: documented outages lasted hours.",
      'zh-CN':
        '蚂蚁集团旗下花呗、借呗、网商贷、支付宝余额及余额宝7天无法使用，还款失败。7天为压力假设，有记录的故障仅持续数小时。',
    },
    shocks: [
      { type: 'outage', target: ANT_GROUP, startDay: 0, durationDays: ANT_WIDE_EVENT_DAYS },
      {
        type: 'repayment_blocked',
        target: ANT_GROUP,
        startDay: 0,
        durationDays: ANT_WIDE_EVENT_DAYS,
      },
    ],
  },
  {
    id: 'ant_wide_event_revenue_drop',
    name: 'Ant-wide event with a 30 % revenue drop',
    cause: 'platform',
    grade: 'U',
    assumptions: {
      en: 'The 7-day Ant-wide event, and revenue falls 30 % for 30 days as customers who pay with Alipay go elsewhere. Both numbers are stress assumptions.',
      'zh-CN':
        '在蚂蚁集团7天全面中断的基础上，用支付宝付款的客户流失，30天内营业收入下降30%。两项数字均为压力假设。',
    },
    shocks: [
      { type: 'outage', target: ANT_GROUP, startDay: 0, durationDays: ANT_WIDE_EVENT_DAYS },
      {
        type: 'repayment_blocked',
        target: ANT_GROUP,
        startDay: 0,
        durationDays: ANT_WIDE_EVENT_DAYS,
      },
      { type: 'revenue_drop', startDay: 0, durationDays: 30, dropPercent: 30 },
    ],
  },
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The same preset starting on another day (every shock moves with it). */
export function startingOn(scenario: Scenario, startDay: number): Scenario {
  return {
    ...scenario,
    shocks: scenario.shocks.map((s) => ({ ...s, startDay: s.startDay + startDay })),
  };
}
