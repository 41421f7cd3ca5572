import type { Lang } from '../lang';

/** Display settings in the header (Chinese only: 万). */
export type DisplayMessages = { wan: string; wanHint: string };

const en: DisplayMessages = {
  wan: 'Amounts in 万',
  wanHint: 'Cards and tables show amounts of ¥100,000 and more in 万 (¥12.35万).',
};

const zh: DisplayMessages = {
  wan: '以万元显示',
  wanHint: '卡片和表格中 ¥100,000 及以上的金额以“万”显示（如 ¥12.35万）；录入和导出仍为元。',
};

export const DISPLAY: Record<Lang, DisplayMessages> = { en, 'zh-CN': zh };
