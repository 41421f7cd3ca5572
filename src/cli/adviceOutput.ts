import type { Advice } from '../engine/advice';
import type { Plan, Scenario } from '../engine/model';
import { finite, formatMoney } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { planJson } from './planJson';
import { CLI_TEXT } from './text';

/** `advise --json`: a documented interface (docs/cli.md); field names stay stable. */
export function adviceJson(plan: Plan, scenario: Scenario, advice: Advice) {
  return {
    plan: planJson(plan),
    scenario: { id: scenario.id, name: scenario.name },
    before: advice.before,
    hasGap: advice.hasGap,
    gapStartDate: advice.gapStartDate,
    suggestions: advice.suggestions.map(({ metricsAfter, ...s }) => ({ ...s, metricsAfter })),
    combination: advice.combination,
  };
}

/** The advice as a readable list. */
export function printAdvice(
  out: { log: (s: string) => void },
  lang: Lang,
  plan: Plan,
  scenario: Scenario,
  advice: Advice,
): void {
  const text = CLI_TEXT[lang];
  // Through i18n/format, which refuses NaN and Infinity rather than print them.
  const money = { format: (yuan: number) => formatMoney(yuan, lang) };
  const colon = lang === 'zh-CN' ? '：' : ': ';
  out.log(`${text.plan}${colon}${plan.business.name}`);
  out.log(`${text.scenario}${colon}${scenario.name} (${scenario.id})`);
  if (!advice.hasGap) {
    out.log(text.noGap);
    return;
  }
  out.log(text.gapFrom(money.format(advice.before.deepestShortfall), advice.gapStartDate ?? ''));
  out.log('');
  out.log(`## ${text.suggestions}`);
  advice.suggestions.forEach((s, i) => {
    const flags = [
      s.closesGap ? text.closes : '',
      s.tooLate ? text.tooLate : '',
      s.sameGroupAsShock ? text.sameGroup : '',
    ]
      .filter(Boolean)
      .join('; ');
    out.log(
      `${i + 1}. ${s.action}${s.counterparty ? ` (${s.counterparty})` : ''}: ${money.format(s.amount)}, ` +
        `${finite(s.annualRate, 'a rate')}% → ${money.format(s.costPerYear)}/yr, lead ${finite(s.leadTimeDays, 'days')} d` +
        `${s.latestStartDate ? ` (by ${s.latestStartDate})` : ''}, +${finite(s.survivalDaysGained, 'days')} d, ` +
        `${money.format(s.shortfallClosed)} closed${flags ? ` — ${flags}` : ''}`,
    );
  });
  out.log('');
  const c = advice.combination;
  out.log(
    c && c.closesGap
      ? text.combination(c.actions.join(' + '), money.format(c.costPerYear))
      : text.noCombination,
  );
}
