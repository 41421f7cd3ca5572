import { isValidIsoDate } from '../engine/calendar';

/**
 * Cell values of a cash-flow CSV, read the way people type them in a spreadsheet: "¥1,200.50",
 * "1 200", "(300)", "2026/3/1", "2026年3月1日", "收入", "每月". Each reader returns null for
 * text it cannot read, so the caller can say which cell is wrong.
 */

const CURRENCY = /[¥￥]|\bRMB\b|\bCNY\b|元|人民币/gi;

/**
 * A money amount in yuan, sign kept: "¥1,200.50" → 1200.5, "-300" → −300, "(300)" → −300,
 * "1.200,50" → 1200.5 (decimal comma), "1 200" → 1200. Null when it is not a number.
 */
export function readAmount(text: string): number | null {
  let s = text
    .trim()
    .replace(CURRENCY, '')
    .replace(/[\s\u00a0\u202f']/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (/^[-−+]/.test(s)) {
    negative = s[0] !== '+';
    s = s.slice(1);
  }
  if (s === '') return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: whichever comes last is the decimal mark.
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // Only commas: "1,200" / "1,200,000" group thousands; "12,5" is a decimal comma.
    s = /^\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const value = Number(s);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

const INFLOW_WORDS = [
  'in',
  'inflow',
  'income',
  'receipt',
  'revenue',
  'credit',
  '收入',
  '收',
  '流入',
  '进账',
  '入账',
  '+',
];
const OUTFLOW_WORDS = [
  'out',
  'outflow',
  'expense',
  'payment',
  'cost',
  'debit',
  '支出',
  '支',
  '流出',
  '付款',
  '出账',
  '-',
];

/** "in" / "收入" → inflow, "out" / "支出" → outflow; null otherwise. */
export function readDirection(text: string): 'inflow' | 'outflow' | null {
  const s = text.trim().toLowerCase();
  if (INFLOW_WORDS.includes(s)) return 'inflow';
  if (OUTFLOW_WORDS.includes(s)) return 'outflow';
  return null;
}

export type FrequencyWord = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'once';

const FREQUENCY_WORDS: Record<FrequencyWord, string[]> = {
  daily: ['daily', 'day', 'every day', 'd', '每日', '每天', '日', '天'],
  weekly: ['weekly', 'week', 'every week', 'w', '每周', '每星期', '周'],
  monthly: ['monthly', 'month', 'every month', 'm', '每月', '月', '按月'],
  quarterly: ['quarterly', 'quarter', 'every quarter', 'q', '每季', '每季度', '季度', '季', '按季'],
  once: ['once', 'one-off', 'one off', 'single', 'one time', '一次', '单次', '一次性'],
};

/** "monthly" / "每月" → monthly; null otherwise. */
export function readFrequency(text: string): FrequencyWord | null {
  const s = text.trim().toLowerCase();
  for (const [word, spellings] of Object.entries(FREQUENCY_WORDS) as [FrequencyWord, string[]][]) {
    if (spellings.includes(s)) return word;
  }
  return null;
}

/** "2026-03-01", "2026/3/1", "2026.3.1", "2026年3月1日" → "2026-03-01" when it is a real date. */
export function readDate(text: string): string | null {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!match) return null;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

const WEEKDAYS: string[][] = [
  ['sun', 'sunday', '周日', '星期日', '周天', '星期天'],
  ['mon', 'monday', '周一', '星期一'],
  ['tue', 'tuesday', '周二', '星期二'],
  ['wed', 'wednesday', '周三', '星期三'],
  ['thu', 'thursday', '周四', '星期四'],
  ['fri', 'friday', '周五', '星期五'],
  ['sat', 'saturday', '周六', '星期六'],
];

/** A weekday 0–6 (0 = Sunday) from "Mon", "周一" or a number 0–7 (7 = Sunday too). */
export function readWeekday(text: string): number | null {
  const s = text.trim().toLowerCase();
  const index = WEEKDAYS.findIndex((names) => names.includes(s));
  if (index >= 0) return index;
  if (/^\d$/.test(s) && Number(s) <= 7) return Number(s) % 7;
  return null;
}

/** A day of the month 1–31 from "15", "15日" or "15th". */
export function readDayOfMonth(text: string): number | null {
  const match = /^(\d{1,2})\s*(日|号|st|nd|rd|th)?$/i.exec(text.trim());
  if (!match) return null;
  const day = Number(match[1]);
  return day >= 1 && day <= 31 ? day : null;
}
