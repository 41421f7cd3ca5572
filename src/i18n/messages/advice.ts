import type { Lang } from '../lang';
import { ADVICE_CARD, type AdviceCardMessages } from './adviceCard';
import { ADVICE_COMBINATION, type AdviceCombinationMessages } from './adviceCombination';
import { CONTINGENCY, type ContingencyMessages } from './adviceContingency';
import { ADVICE_HEADLINE, type AdviceHeadlineMessages } from './adviceHeadline';
import { ADVICE_LISTS, type AdviceListMessages } from './adviceLists';
import { ADVICE_TRIAL, type AdviceTrialMessages } from './adviceTrial';

/** The labels the whole advice panel shares. */
type PanelMessages = {
  title: string;
  working: string;
  /** The disclosure that holds how a figure or a list was worked out. */
  why: string;
  price: { label: string };
};

/**
 * The advice panel: what closes the gap, by when, at what cost, from where. One bundle for the
 * panel's components, put together from its parts: the headline, the lists of measures, a
 * measure's card, trying and keeping one, the recommended combination and the contingency plan.
 */
export type AdviceMessages = PanelMessages &
  AdviceHeadlineMessages &
  AdviceListMessages &
  AdviceCardMessages &
  AdviceTrialMessages &
  AdviceCombinationMessages & { contingency: ContingencyMessages };

const PANEL: Record<Lang, PanelMessages> = {
  en: {
    title: 'What would close the gap',
    working: 'Working out what would close the gap…',
    why: 'Why',
    price: { label: 'Where this figure comes from' },
  },
  'zh-CN': {
    title: '如何补足缺口',
    working: '正在测算补足缺口的方案…',
    why: '依据',
    price: { label: '此数字的依据' },
  },
};

const bundle = (lang: Lang): AdviceMessages => ({
  ...PANEL[lang],
  ...ADVICE_HEADLINE[lang],
  ...ADVICE_LISTS[lang],
  ...ADVICE_CARD[lang],
  ...ADVICE_TRIAL[lang],
  ...ADVICE_COMBINATION[lang],
  contingency: CONTINGENCY[lang],
});

export const ADVICE: Record<Lang, AdviceMessages> = { en: bundle('en'), 'zh-CN': bundle('zh-CN') };
