/** The languages FundGap speaks. Every layer may name it; this file imports nothing. */
export type Lang = 'en' | 'zh-CN';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
