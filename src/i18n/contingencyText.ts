import type { OutageStep, Signal, Trigger, TriggerResponse } from '../engine/contingency';
import type { LeverAssumptions } from '../engine/model';
import { actionTitle, daysPhrase, gapSaid } from './adviceText';
import { formatDate, formatMoney, formatNumber, formatPercent } from './format';
import type { Lang } from './lang';
import { localName } from './localName';
import { ADVICE } from './messages/advice';

/**
 * The contingency plan's sentences, shared by the panel, the report, the presenter and the
 * CLI. A trigger's label and its response never contradict: a firing trigger is never told
 * "nothing to do" (when the cash holds anyway, it is told why and to keep watching), and a quiet
 * one says what to do *if* it fires.
 */

/** One step of the plan as a sentence, with its too-late or backstop note. */
export function stepText(
  s: OutageStep,
  lang: Lang,
  levers: Partial<LeverAssumptions> = {},
): string {
  const c = ADVICE[lang].contingency;
  const action = s.action
    ? actionTitle(
        {
          action: s.action,
          amount: s.amount ?? 0,
          counterparty: s.counterparty,
          assumptions: s.assumptions,
          cashSource: s.cashSource,
          appliesTo: s.appliesTo,
        },
        lang,
        levers,
      )
    : '';
  const ready =
    s.readyDate === undefined || s.readyDate === null
      ? ADVICE[lang].timing.pastHorizon
      : formatDate(s.readyDate, lang);
  const lead = s.leadTimeDays ?? 0;
  const text =
    s.kind === 'use_action' && s.category === 'lever'
      ? c.leverInForce({ action })
      : s.kind === 'apply_lever' && lead > 0
        ? c.leverTalks({ action, days: daysPhrase(lead, lang) })
        : s.kind === 'start_action' && s.cashSource?.kind === 'retained_draw'
          ? c.startSaving({ action, ready })
          : s.kind === 'start_action' && lead === 0
            ? c.startSameDay({ action })
            : c.step[s.kind]({
                action,
                // The gap as the advice's header says it; an action's amount as arranged.
                amount:
                  s.kind === 'gap_opens'
                    ? gapSaid(s.amount ?? 0, lang)
                    : formatMoney(s.amount ?? 0, lang),
                days: daysPhrase(s.leadTimeDays ?? 0, lang),
                ready,
              });
  const gap = lang === 'zh-CN' ? '' : ' ';
  if (s.tooLate && (s.kind === 'start_action' || s.kind === 'apply_lever'))
    return `${text}${gap}${c.tooLateStep}`;
  if (s.fallback && s.kind === 'start_action') return `${text}${gap}${c.fallbackStep}`;
  return text;
}

/** "day 12" / "第12天", or how long before day 0 for steps to take now. */
export function stepWhen(s: OutageStep, lang: Lang): string {
  const c = ADVICE[lang].contingency;
  const day =
    s.offset < 0
      ? c.daysBefore({ days: daysPhrase(-s.offset, lang) })
      : c.dayN({ day: formatNumber(s.offset, lang) });
  return s.date ? `${day} · ${formatDate(s.date, lang)}` : day;
}

/** The measure a trigger or signal calls for, with when its cash is ready. */
export function responseText(
  r: TriggerResponse,
  lang: Lang,
  levers: Partial<LeverAssumptions> = {},
): string {
  const c = ADVICE[lang].contingency;
  const title = actionTitle(
    {
      action: r.action,
      amount: r.cashEffect,
      counterparty: r.counterparty,
      assumptions: r.assumptions,
      appliesTo: r.appliesTo,
    },
    lang,
    levers,
  );
  const when = r.tooLate
    ? c.tooLateHere
    : r.category === 'lever'
      ? r.leadTimeDays > 0
        ? c.leverIn({ days: daysPhrase(r.leadTimeDays, lang) })
        : c.leverNow
      : r.leadTimeDays > 0
        ? c.readyIn({ days: daysPhrase(r.leadTimeDays, lang) })
        : c.readyNow;
  return lang === 'zh-CN' ? `${title}（${when}）` : `${title} (${when})`;
}

/** What to do for a trigger, consistent with whether it fires. */
export function triggerTodo(
  t: Trigger,
  lang: Lang,
  levers: Partial<LeverAssumptions> = {},
  cashHolds = false,
): string {
  const c = ADVICE[lang].contingency;
  if (!t.response)
    return t.fires ? (cashHolds ? c.firesCashHolds : c.firesNoResponse) : c.quietNoResponse;
  const todo = responseText(t.response, lang, levers);
  return t.fires ? todo : `${c.ifItFires}${lang === 'zh-CN' ? '' : ' '}${todo}`;
}

/**
 * What to do on seeing a signal, consistent with whether the scenario shows it: the priced
 * response, the signal's own instruction, or — with no gap — watch (shown) or re-run (not shown).
 */
export function signalTodo(
  s: Signal,
  lang: Lang,
  levers: Partial<LeverAssumptions> = {},
  cashHolds = false,
): string {
  const c = ADVICE[lang].contingency;
  if (s.response) return responseText(s.response, lang, levers);
  const own = c.signalNoResponse[s.id];
  if (own) return own;
  if (!s.expected) return c.signalQuiet;
  return cashHolds ? c.firesCashHolds : c.firesNoResponse;
}

/** The trigger's measure under the scenario, in its unit (and on which source). */
export function measuredText(t: Trigger, lang: Lang): string {
  const c = ADVICE[lang].contingency;
  if (t.measured === null) return c.notMeasured;
  const value =
    t.unit === 'days' ? daysPhrase(t.measured, lang) : formatPercent(t.measured, lang, 0);
  return t.sourceName ? c.measuredOn({ value, source: localName(t.sourceName, lang) }) : value;
}

export function thresholdText(t: Trigger, lang: Lang): string {
  const value =
    t.unit === 'days' ? daysPhrase(t.threshold, lang) : formatPercent(t.threshold, lang, 0);
  return ADVICE[lang].contingency.threshold[t.id]({ value });
}
