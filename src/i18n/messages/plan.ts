import type { Lang } from '../../io/messages';

export type PlanMessages = {
  button: string;
  menuLabel: string;
  current: string;
  colon: string;
  untitled: string;
  blank: string;
  blankSummary: string;
  samplesHeading: string;
  undoNote: string;
  loaded: (name: string) => string;
};

const en: PlanMessages = {
  button: 'Start a plan',
  menuLabel: 'Start a new plan',
  current: 'Current plan',
  colon: ': ',
  untitled: 'Untitled plan',
  blank: 'Blank plan',
  blankSummary: 'Start from today with empty accounts, flows and credit lines.',
  samplesHeading: 'Or start from a sample',
  undoNote: 'This replaces the current plan. You can undo this.',
  loaded: (name) => `Now showing: ${name}. Undo brings back the previous plan.`,
};

const zh: PlanMessages = {
  button: '新建方案',
  menuLabel: '新建方案',
  current: '当前方案',
  colon: '：',
  untitled: '未命名方案',
  blank: '空白方案',
  blankSummary: '以今天为起始日，从零录入资金账户、日常收支和融资渠道。',
  samplesHeading: '或从示例开始',
  undoNote: '将替换当前方案，可以撤销。',
  loaded: (name) => `已切换至：${name}。点击“撤销”可恢复之前的方案。`,
};

export const PLAN: Record<Lang, PlanMessages> = { en, 'zh-CN': zh };
