import type { Lang } from '../lang';

/** The sections of the page, in the order the tab bar lists them (src/ui/layout/sections.ts). */
export type SectionName = 'answer' | 'plan' | 'scenarios' | 'advice' | 'stress' | 'clients';

/** The page's sections, the tab bar that moves between them, and the header's menu. */
export type LayoutMessages = {
  /** The tab bar's accessible name. */
  navLabel: string;
  /** A section's name in the tab bar, as its region's label, and in the window title. */
  sections: Record<SectionName, string>;
  /** The header's menu button (phones), and the accessible name of the commands it opens. */
  menu: string;
  commandsLabel: string;
  /** The app's name where a phone's one-row header has no room for the whole of it. */
  brandShort: string;
};

const en: LayoutMessages = {
  navLabel: 'Sections',
  sections: {
    answer: 'Answer',
    plan: 'Plan',
    scenarios: 'Scenarios',
    advice: 'Advice',
    stress: 'Stress lab',
    clients: 'Clients',
  },
  menu: 'Menu',
  commandsLabel: 'Commands',
  brandShort: 'FundGap',
};

const zh: LayoutMessages = {
  navLabel: '功能分区',
  sections: {
    answer: '测算结果',
    plan: '经营方案',
    scenarios: '情景',
    advice: '建议',
    stress: '压力测试',
    clients: '客户',
  },
  menu: '菜单',
  commandsLabel: '更多操作',
  brandShort: 'FundGap',
};

export const LAYOUT: Record<Lang, LayoutMessages> = { en, 'zh-CN': zh };
