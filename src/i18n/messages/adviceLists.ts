import type { Lang } from '../lang';

/**
 * The advice panel's lists of measures: in time for this outage, too late (arrange now for the
 * next), and not open to this business, each with its title and why it holds what it holds. Part of
 * the advice bundle (advice.ts).
 */
export type AdviceListMessages = {
  timelyTitle: string;
  timelyIntro: string;
  tooLateTitle: string;
  tooLateIntro: string;
  /** A phone's fold under the first few measures in time, with how many more it holds. */
  moreTimely: (p: { count: string }) => string;
  /** The folded "too late" list's summary, with how many measures it holds. */
  tooLateCount: (p: { count: string }) => string;
  unavailableTitle: (p: { count: string }) => string;
  unavailableIntro: string;
  none: string;
};

const en: AdviceListMessages = {
  timelyTitle: 'In time for this outage',
  timelyIntro:
    'Ready before the gap opens. Ordered by cost per ¥ of gap closed: measures with no financing cost first.',
  tooLateTitle: 'Too late for this outage — arrange now for the next',
  tooLateIntro:
    'These take longer to arrange than the time left before the gap. Sized as if already in place.',
  tooLateCount: ({ count }) => `Too late for this outage — arrange now for the next (${count})`,
  moreTimely: ({ count }) => `${count} more in time, ranked`,
  unavailableTitle: ({ count }) => `Not open to this business (${count})`,
  unavailableIntro: 'Shown so you know why: each needs something your plan does not have.',
  none: 'No measure within reach changes the result for this scenario.',
};

const zh: AdviceListMessages = {
  timelyTitle: '本次来得及的措施',
  timelyIntro: '均可在缺口出现前到位。按每补足1元缺口的成本排序，无融资成本的经营措施在前。',
  tooLateTitle: '本次已来不及——请现在就为下一次做准备',
  tooLateIntro: '以下措施的办理周期长于缺口出现前的剩余时间。金额按已落实测算。',
  tooLateCount: ({ count }) => `本次已来不及——请现在就为下一次做准备（${count}项）`,
  moreTimely: ({ count }) => `其余${count}项来得及的措施（按排序）`,
  unavailableTitle: ({ count }) => `本企业暂不具备条件的渠道（${count}项）`,
  unavailableIntro: '列出原因，供您参考：每项都需要计划中尚不具备的条件。',
  none: '本情形下，可行的措施都无法改变测算结果。',
};

export const ADVICE_LISTS: Record<Lang, AdviceListMessages> = { en, 'zh-CN': zh };
