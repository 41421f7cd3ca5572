import type { Advice } from '../engine/advice';
import type { ContingencyPlan } from '../engine/contingency';
import type { Plan, Scenario } from '../engine/model';
import {
  measuredText,
  stepText,
  stepWhen,
  thresholdText,
  signalTodo,
  triggerTodo,
} from '../i18n/contingencyText';
import { formatDate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { localName } from '../i18n/localName';
import { ADVICE } from '../i18n/messages/advice';
import { DOMAIN } from '../i18n/messages/domain';
import { printCombination, printHeader } from './adviceOutput';

type Out = { log: (s: string) => void };

/** `contingency --json`: a documented interface (docs/cli.md). */
export function contingencyJson(
  plan: Plan,
  scenario: Scenario,
  advice: Advice,
  c: ContingencyPlan,
) {
  const b = plan.business;
  return {
    plan: {
      name: b.name,
      currency: b.currency,
      startDate: b.startDate,
      horizonDays: b.horizonDays,
    },
    scenario: { id: scenario.id, name: scenario.name },
    hasGap: advice.hasGap,
    gapStartDate: advice.gapStartDate,
    reserveTarget: advice.reserveTarget,
    creditMark: advice.creditMark,
    combination: advice.combination,
    shockDate: c.shockDate,
    gapDate: c.gapDate,
    triggers: c.triggers,
    signals: c.signals,
    steps: c.steps,
  };
}

/** The contingency plan as it is printed for a client: triggers, signals, steps by date. */
export function printContingency(
  out: Out,
  lang: Lang,
  plan: Plan,
  scenario: Scenario,
  advice: Advice,
  c: ContingencyPlan,
): void {
  const m = ADVICE[lang];
  const k = m.contingency;
  const zh = lang === 'zh-CN';
  const colon = zh ? '：' : ': ';
  const sep = zh ? '；' : '; ';
  const levers = plan.leverAssumptions ?? {};
  out.log(`# ${k.title}`);
  printHeader(out, lang, plan, scenario, advice);
  out.log(
    k.intro({
      scenario: DOMAIN[lang].presetName[scenario.id] ?? localName(scenario.name, lang),
      date: formatDate(c.shockDate, lang),
    }),
  );
  if (advice.hasGap) {
    out.log('');
    printCombination(out, lang, plan, advice);
  }

  out.log('');
  out.log(`## ${k.triggersTitle}`);
  for (const t of c.triggers) {
    const measured = `${zh ? '，' : ', '}${measuredText(t, lang)}`;
    out.log(
      `- ${k.trigger[t.id]}${colon}${thresholdText(t, lang)}${sep}${k.col.now}${colon}` +
        `${t.fires ? k.fires : k.ok}${measured}`,
    );
    out.log(`  ${k.col.todo}${colon}${triggerTodo(t, lang, levers, c.gapDate === null)}`);
  }

  out.log('');
  out.log(`## ${k.signalsTitle}`);
  out.log(k.signalsIntro);
  for (const s of c.signals) {
    const text = k.signal[s.id];
    out.log(`- ${text.what}`);
    out.log(
      `  ${k.signalCol.where}${colon}${text.where}${sep}${k.signalCol.often}${colon}${k.frequency[s.frequency]}` +
        `${sep}${k.signalCol.expected}${colon}${s.expected ? k.expectedYes : k.expectedNo}`,
    );
    out.log(`  ${k.signalCol.todo}${colon}${signalTodo(s, lang, levers, c.gapDate === null)}`);
  }

  out.log('');
  out.log(`## ${k.stepsTitle}`);
  out.log(k.stepsIntro);
  let phase: string | null = null;
  for (const s of c.steps) {
    if (s.phase !== phase) {
      phase = s.phase;
      out.log(`### ${k.phase[s.phase]}`);
    }
    out.log(`- ${stepWhen(s, lang)}${colon}${stepText(s, lang, levers)}`);
  }
}
