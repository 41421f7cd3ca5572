import type { Lang } from '../lang';

/**
 * Trying a measure on the plan and keeping it: the buttons, what is said while it is tried or once
 * kept, and the before-and-after table. Part of the advice bundle (advice.ts).
 */
export type AdviceTrialMessages = {
  tryIt: string;
  stopTrying: string;
  keep: string;
  keeping: string;
  trying: (p: { action: string }) => string;
  kept: (p: { action: string }) => string;
  /** Closes the confirmation of a kept measure. */
  keptDismiss: string;
  compare: {
    title: string;
    caption: string;
    before: string;
    after: string;
    gap: string;
    survival: string;
    lowest: string;
    noGap: string;
    horizon: string;
  };
};

const en: AdviceTrialMessages = {
  tryIt: 'Try it',
  stopTrying: 'Stop trying',
  keep: 'Keep',
  keeping: 'Adding…',
  trying: ({ action }) =>
    `Trying “${action}”: before and after are shown on its card, and as a dotted line on the cash chart. Your plan is unchanged.`,
  kept: ({ action }) =>
    `Added to your plan: ${action}. Undo (in the header; on a phone, under Menu) takes it back.`,
  keptDismiss: 'Close',
  compare: {
    title: 'Before and after',
    caption: 'This scenario without and with the measure',
    before: 'Now',
    after: 'With it',
    gap: 'Deepest gap',
    survival: 'Days until a shortfall',
    lowest: 'Lowest reachable cash',
    noGap: 'none',
    horizon: 'the whole horizon',
  },
};

const zh: AdviceTrialMessages = {
  tryIt: '试算',
  stopTrying: '停止试算',
  keep: '采纳',
  keeping: '正在加入…',
  trying: ({ action }) =>
    `正在试算“${action}”：采取前后的对比显示在该措施下方，现金走势图上另有虚线。您的计划未作改动。`,
  kept: ({ action }) =>
    `已加入您的经营方案：${action}。如需撤回，请点页眉的“撤销”（手机上在“菜单”中）。`,
  keptDismiss: '关闭',
  compare: {
    title: '采取前后对比',
    caption: '本情形下，不采取与采取此措施的对比',
    before: '现在',
    after: '采取后',
    gap: '最大缺口',
    survival: '可支撑天数',
    lowest: '最低可动用现金',
    noGap: '无',
    horizon: '覆盖整个测算期',
  },
};

export const ADVICE_TRIAL: Record<Lang, AdviceTrialMessages> = { en, 'zh-CN': zh };
