import type { Advice, Suggestion } from '../engine/advice';
import type { Plan, Scenario } from '../engine/model';
import {
  actionTitle,
  cashSourceText,
  costText,
  daysPhrase,
  effectText,
  gapSaid,
  noGapText,
  pastStartText,
  timingText,
} from '../i18n/adviceText';
import { localIsoDate } from '../io/localDate';
import { formatDate, formatMoney } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { localName } from '../i18n/localName';
import { ACTION_TEXT } from '../i18n/messages/adviceActions';
import { ADVICE } from '../i18n/messages/advice';
import { WHAT_IF } from '../i18n/messages/adviceWhatIf';
import { DOMAIN } from '../i18n/messages/domain';
import { planJson } from './planJson';
import { CLI_TEXT } from './text';

type Out = { log: (s: string) => void };

const zh = (lang: Lang) => lang === 'zh-CN';

/** `advise --json`: a documented interface (docs/cli.md); field names stay, new ones are added. */
export function adviceJson(plan: Plan, scenario: Scenario, advice: Advice) {
  return {
    plan: planJson(plan),
    scenario: { id: scenario.id, name: scenario.name },
    before: advice.before,
    hasGap: advice.hasGap,
    gapStartDate: advice.gapStartDate,
    shockDate: advice.shockDate,
    reserveTarget: advice.reserveTarget,
    creditMark: advice.creditMark,
    suggestions: advice.suggestions,
    combination: advice.combination,
    unavailable: advice.unavailable,
    noGap: advice.noGap,
  };
}

/** The business's own name in the reader's language. */
const nameOf = (plan: Plan, lang: Lang) => localName(plan.business.name, lang);

/** The header both commands print: the plan, the scenario, the gap. */
export function printHeader(
  out: Out,
  lang: Lang,
  plan: Plan,
  scenario: Scenario,
  advice: Advice,
): void {
  const text = CLI_TEXT[lang];
  const m = ADVICE[lang];
  const colon = lang === 'zh-CN' ? '：' : ': ';
  out.log(`${text.plan}${colon}${nameOf(plan, lang)}`);
  const scenarioName = DOMAIN[lang].presetName[scenario.id] ?? localName(scenario.name, lang);
  out.log(
    `${text.scenario}${colon}${scenarioName}${zh(lang) ? '（' : ' ('}${scenario.id}${zh(lang) ? '）' : ')'}`,
  );
  if (!advice.hasGap) return;
  // Said rounded, as in the steps below; the exact figure is in --json (`before`).
  out.log(
    m.gap({
      amount: gapSaid(advice.before.deepestShortfall, lang),
      date: formatDate(advice.gapStartDate!, lang),
    }),
  );
  const past = pastStartText(plan.business.startDate, localIsoDate(), lang);
  if (past) out.log(past);
  if (advice.reserveTarget)
    out.log(
      m.reserveTarget({
        days: daysPhrase(advice.reserveTarget.days, lang),
        amount: formatMoney(advice.reserveTarget.amount, lang),
      }),
    );
  const mark = advice.creditMark;
  if (mark)
    out.log(
      m.creditMark({
        source: localName(mark.sourceName, lang),
        due: formatDate(mark.dueDate, lang),
        late: daysPhrase(mark.daysLate, lang),
        mark: formatDate(mark.markDate, lang),
      }),
    );
}

function printSuggestion(
  out: Out,
  lang: Lang,
  plan: Plan,
  advice: Advice,
  s: Suggestion,
  i: number,
) {
  const m = ADVICE[lang];
  const a = ACTION_TEXT[lang];
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const indent = '   ';
  const levers = plan.leverAssumptions ?? {};
  out.log(`${i + 1}. [${a.category[s.category]}] ${actionTitle(s, lang, levers)}`);
  out.log(`${indent}${m.fact.timing}${colon}${timingText(s, lang, advice.gapStartDate)}`);
  out.log(`${indent}${m.fact.cost}${colon}${costText(s, lang)}`);
  const source = cashSourceText(s, lang);
  if (source) out.log(`${indent}${m.fact.source}${colon}${source}`);
  out.log(`${indent}${m.fact.effect}${colon}${effectText(s, lang)}`);
  const ask = a.leverAsk[s.action];
  if (ask) out.log(`${indent}${m.fact.assumption}${colon}${ask}`);
  if (s.toConfirm.length > 0)
    out.log(
      `${indent}${m.fact.toConfirm}${colon}${s.toConfirm.map((p) => a.prerequisite[p]).join(lang === 'zh-CN' ? '；' : '; ')}`,
    );
  if (s.creditRisk && advice.creditMark)
    out.log(
      `${indent}${m.fact.creditRisk({ date: formatDate(advice.creditMark.markDate, lang) })}`,
    );
  if (s.sameGroupAsShock) out.log(`${indent}⚠ ${m.badge.sameGroup}`);
}

/** The recommended combination, step by step, with its cost and what it leaves. */
export function printCombination(out: Out, lang: Lang, plan: Plan, advice: Advice): void {
  const m = ADVICE[lang];
  const c = advice.combination;
  const colon = lang === 'zh-CN' ? '：' : ': ';
  out.log(`## ${m.combination.title}`);
  if (!c) {
    out.log(CLI_TEXT[lang].noCombination);
    return;
  }
  c.steps.forEach((step, i) => {
    const ready = step.readyDate ? formatDate(step.readyDate, lang) : m.timing.pastHorizon;
    out.log(
      `${i + 1}. ${m.combination.stepLine({
        action: actionTitle(step, lang, plan.leverAssumptions ?? {}),
        ready,
      })}`,
    );
  });
  out.log(
    `${m.combination.cost}${colon}${formatMoney(c.costPerYear, lang)}${lang === 'zh-CN' ? '/年' : ' a year'}` +
      `${lang === 'zh-CN' ? '；' : '; '}${m.combination.survival}${colon}` +
      (c.closesGap ? m.combination.noGapLeft : m.combination.notEnough),
  );
}

/** The advice as a client reads it: the gap, the recommendation, each measure, what is out of reach. */
export function printAdvice(
  out: Out,
  lang: Lang,
  plan: Plan,
  scenario: Scenario,
  advice: Advice,
): void {
  const m = ADVICE[lang];
  printHeader(out, lang, plan, scenario, advice);
  if (!advice.hasGap) {
    const said = noGapText(
      advice,
      DOMAIN[lang].presetName[scenario.id] ?? localName(scenario.name, lang),
      lang,
    );
    out.log(said.lead);
    for (const line of said.relies) out.log(`- ${line}`);
    if (said.without) out.log(said.without);
    if (said.lowest) out.log(said.lowest);
    return;
  }
  out.log('');
  printCombination(out, lang, plan, advice);
  const timely = advice.suggestions.filter((s) => !s.tooLate);
  const late = advice.suggestions.filter((s) => s.tooLate);
  out.log('');
  out.log(`## ${m.timelyTitle}`);
  out.log(m.timelyIntro);
  timely.forEach((s, i) => printSuggestion(out, lang, plan, advice, s, i));
  if (late.length > 0) {
    out.log('');
    out.log(`## ${m.tooLateTitle}`);
    out.log(m.tooLateIntro);
    late.forEach((s, i) => printSuggestion(out, lang, plan, advice, s, i));
  }
  if (advice.unavailable.length > 0) {
    const a = ACTION_TEXT[lang];
    out.log('');
    out.log(`## ${m.unavailableTitle({ count: String(advice.unavailable.length) })}`);
    for (const u of advice.unavailable)
      out.log(
        `- ${WHAT_IF[lang].actionName[u.action]}${lang === 'zh-CN' ? '：' : ': '}${u.reasons
          .map((r) => a.reason[r])
          .join(lang === 'zh-CN' ? '；' : '; ')}`,
      );
  }
}
