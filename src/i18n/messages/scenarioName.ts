import type { ShockType } from '../../engine/model';
import type { Lang } from '../lang';

/**
 * A custom scenario's name made from its shocks ("Jiebei and Huabei limit −20%"), so the name a
 * headline shows always matches the numbers until the user names the scenario.
 * `target` is empty for business shocks and for a shock on the same target as the one before;
 * `length` is "for 30 days" or "for good"; `value` a percent
 * or a number of days, formatted.
 */
type Part = (p: { target: string; value: string; length: string }) => string;

export type ScenarioNameMessages = {
  part: Record<ShockType, Part>;
  join: string;
  forDays: (days: string) => string;
  forGood: string;
  hint: string;
};

const en: ScenarioNameMessages = {
  part: {
    outage: ({ target, length }) => `${target} outage ${length}`,
    freeze: ({ target, length }) => `${target} frozen ${length}`,
    limit_cut: ({ target, value }) => `${target} limit −${value}`,
    repayment_blocked: ({ target, length }) => `${target} repayments blocked ${length}`,
    recall: ({ target, value }) => `${target} recalled, due within ${value}`,
    revenue_drop: ({ value, length }) => `revenue −${value} ${length}`,
    payment_delay: ({ value }) => `customers pay ${value} late`,
  },
  join: ' + ',
  forDays: (days) => `for ${days}`,
  forGood: 'for good',
  hint: 'Named after its shocks until you type a name of your own.',
};

const zh: ScenarioNameMessages = {
  part: {
    outage: ({ target, length }) => `${target}中断${length}`,
    freeze: ({ target, length }) => `${target}冻结${length}`,
    limit_cut: ({ target, value }) => `${target}额度下调${value}`,
    repayment_blocked: ({ target, length }) => `${target}无法还款${length}`,
    recall: ({ target, value }) => `${target}提前收贷（${value}内还清）`,
    revenue_drop: ({ value, length }) => `营业收入下降${value}（${length}）`,
    payment_delay: ({ value }) => `客户回款延迟${value}`,
  },
  join: '＋',
  forDays: (days) => days,
  forGood: '至期末',
  hint: '在您自行命名之前，名称随冲击设置自动生成。',
};

export const SCENARIO_NAME: Record<Lang, ScenarioNameMessages> = { en, 'zh-CN': zh };
