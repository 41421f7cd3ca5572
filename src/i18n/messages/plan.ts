import type { Lang } from '../lang';

export type PlanMessages = {
  button: string;
  menuLabel: string;
  blank: string;
  blankSummary: string;
  samplesHeading: string;
  undoNote: string;
  loaded: (name: string) => string;
};

const en: PlanMessages = {
  button: 'New client file',
  menuLabel: 'New client file',
  blank: 'Blank plan',
  blankSummary: 'Start from today with empty accounts, flows and credit lines.',
  samplesHeading: 'Or start from a sample',
  undoNote: 'Opens as a new client file; the current one stays in Client files.',
  loaded: (name) => `Opened ${name} as a new client file.`,
};

const zh: PlanMessages = {
  button: '新建客户档案',
  menuLabel: '新建客户档案',
  blank: '空白方案',
  blankSummary: '以今天为起始日，从零录入资金账户、日常收支和融资渠道。',
  samplesHeading: '或从示例开始',
  undoNote: '将作为新的客户档案打开，当前档案仍保留在“客户档案”中。',
  loaded: (name) => `已将“${name}”作为新的客户档案打开。`,
};

export const PLAN: Record<Lang, PlanMessages> = { en, 'zh-CN': zh };
