import type { Lang } from '../lang';

/** The first screen's way in: the sample is labelled as one, beside "Start with my business". */
export type StartMessages = {
  sampleTag: string;
  sampleNote: string;
  button: string;
};

const en: StartMessages = {
  sampleTag: 'Sample',
  sampleNote: 'These are a sample business’s numbers, not yours.',
  button: 'Start with my business',
};

const zh: StartMessages = {
  sampleTag: '示例',
  sampleNote: '以下是示例企业的数据，不是您的。',
  button: '用我自己的数据',
};

export const START: Record<Lang, StartMessages> = { en, 'zh-CN': zh };
