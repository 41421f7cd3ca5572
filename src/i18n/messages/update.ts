import type { Lang } from '../lang';

/** The banner that announces a new version of FundGap. */
export type UpdateMessages = {
  ready: string;
  reload: string;
  later: string;
  laterNote: string;
};

const en: UpdateMessages = {
  ready: 'A new version of FundGap is ready — reload to use it. Your work is saved first.',
  reload: 'Reload',
  later: 'Later',
  laterNote: 'The new version will be used the next time you open FundGap.',
};

const zh: UpdateMessages = {
  ready: 'FundGap 新版本已就绪——重新加载即可使用，当前内容会先保存。',
  reload: '重新加载',
  later: '稍后',
  laterNote: '下次打开 FundGap 时将使用新版本。',
};

export const UPDATE: Record<Lang, UpdateMessages> = { en, 'zh-CN': zh };
