import type { Lang } from '../lang';

/**
 * The unit shown beside a number box (src/ui/fields/Field.tsx), one set for every form — the plan
 * editor and the guided start — so the same kind of number carries the same unit everywhere.
 */
const en = {
  yuan: '¥',
  percent: '%',
  perDay: '%/day',
  perYear: '%/year',
  days: 'days',
  months: 'months',
  dayOfMonth: 'of the month',
  instalments: 'instalments',
  years: 'years',
  timesRate: '× contract rate',
  /** Around a day counted from the plan's start: "day [30]", "第 [30] 天". */
  dayNumberBefore: 'day',
  dayNumberAfter: '',
};

export type UnitWords = typeof en;

const zh: UnitWords = {
  yuan: '¥',
  percent: '%',
  perDay: '%/天',
  perYear: '%/年',
  days: '天',
  months: '个月',
  dayOfMonth: '日',
  instalments: '期',
  years: '年',
  timesRate: '× 合同利率',
  dayNumberBefore: '第',
  dayNumberAfter: '天',
};

export const UNITS: Record<Lang, UnitWords> = { en, 'zh-CN': zh };
