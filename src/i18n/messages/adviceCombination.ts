import type { Lang } from '../lang';

/**
 * The recommended combination: the cheapest set of measures that closes the gap, and how it was
 * built. Part of the advice bundle (advice.ts).
 */
export type AdviceCombinationMessages = {
  combination: {
    title: string;
    single: string;
    greedy: string;
    notEnough: string;
    actions: string;
    cost: string;
    survival: string;
    noGapLeft: string;
    stepLine: (p: { action: string; ready: string }) => string;
  };
};

const en: AdviceCombinationMessages = {
  combination: {
    title: 'Recommended: the cheapest combination that closes the gap',
    single: 'One measure closes the gap on its own, and nothing found costs less.',
    greedy:
      'Built step by step on the re-simulated plan: measures with no financing cost first, then the cheapest financing that closes what is left, each sized again with its real lead time.',
    notEnough: 'Even together, the measures in time do not close the whole gap.',
    actions: 'Measures',
    cost: 'Total cost',
    survival: 'After',
    noGapLeft: 'No gap left within the horizon',
    stepLine: ({ action, ready }) => `${action} (in place from ${ready})`,
  },
};

const zh: AdviceCombinationMessages = {
  combination: {
    title: '推荐方案：补足缺口成本最低的组合',
    single: '单项措施即可补足缺口，且没有找到成本更低的组合。',
    greedy:
      '在重新测算的计划上逐步组合：先用无融资成本的经营措施，再选能补足剩余缺口、成本最低的融资，每一步都按实际办理周期重新测算金额。',
    notEnough: '即使全部来得及的措施一起采用，也无法完全补足缺口。',
    actions: '措施',
    cost: '合计成本',
    survival: '采取后',
    noGapLeft: '测算期内不再出现缺口',
    stepLine: ({ action, ready }) => `${action}（${ready}起到位）`,
  },
};

export const ADVICE_COMBINATION: Record<Lang, AdviceCombinationMessages> = { en, 'zh-CN': zh };
