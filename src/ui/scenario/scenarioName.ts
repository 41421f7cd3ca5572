import { LIMITS } from '../../io/limits';
import { formatDays, formatPercent } from '../../i18n/format';
import { DOMAIN } from '../../i18n/messages/domain';
import { SCENARIO } from '../../i18n/messages/scenario';
import { SCENARIO_NAME } from '../../i18n/messages/scenarioName';
import type { Lang } from '../../i18n/lang';
import {
  decodeTarget,
  hasTarget,
  numberOf,
  type BuilderDraft,
  type ShockDraft,
} from './builderModel';
import { targetLabel, type SourceRef } from './targetOptions';

/** A number typed in the form, formatted when it reads as one (builderModel.ts), else as typed. */
function typed(text: string, format: (n: number) => string, percent = false): string {
  const n = numberOf(text, { percent });
  return n === null ? text.trim() : format(n);
}

/** One shock in a few words; `sameTarget` leaves out a target the shock before already named. */
function shockName(
  s: ShockDraft,
  sources: readonly SourceRef[],
  lang: Lang,
  sameTarget: boolean,
): string {
  const m = SCENARIO_NAME[lang];
  const pct = (text: string) => typed(text, (n) => formatPercent(n, lang, 6), true);
  const days = (text: string) => typed(text, (n) => formatDays(n, lang));
  const length = s.permanent ? m.forGood : m.forDays(days(s.durationDays));
  const value =
    s.type === 'limit_cut'
      ? pct(s.cutPercent)
      : s.type === 'revenue_drop'
        ? pct(s.dropPercent)
        : s.type === 'payment_delay'
          ? days(s.delayDays)
          : s.type === 'recall'
            ? days(s.dueWithinDays)
            : '';
  const target = sameTarget ? '' : targetOf(s, sources, lang);
  return m.part[s.type]({ target, value, length }).trim();
}

function targetOf(s: ShockDraft, sources: readonly SourceRef[], lang: Lang): string {
  const target = decodeTarget(s.target);
  return hasTarget(s.type) && target ? targetLabel(target, sources, lang) : '';
}

/**
 * The name a custom scenario carries until the user gives it one: its shocks in a few words,
 * e.g. "Jiebei and Huabei limit −20%". Never a preset's name beside other numbers.
 * @example derivedName([cut20], sources, 'zh-CN') // '借呗和花呗额度下调20%'
 */
export function derivedName(
  shocks: readonly ShockDraft[],
  sources: readonly SourceRef[],
  lang: Lang,
): string {
  const parts = shocks.map((s, i) => {
    const before = i > 0 ? shocks[i - 1] : undefined;
    const same =
      before !== undefined && targetOf(before, sources, lang) === targetOf(s, sources, lang);
    return shockName(s, sources, lang, same && targetOf(s, sources, lang) !== '');
  });
  const name = parts.join(SCENARIO_NAME[lang].join);
  const first = name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  return first.length > LIMITS.nameLength ? `${first.slice(0, LIMITS.nameLength - 1)}…` : first;
}

/** The draft with its name following its shocks, unless the user has named it. */
export function withDerivedName(
  draft: BuilderDraft,
  sources: readonly SourceRef[],
  lang: Lang,
): BuilderDraft {
  return draft.autoName ? { ...draft, name: derivedName(draft.shocks, sources, lang) } : draft;
}

/**
 * Whether a saved scenario's name is one FundGap gave it (derived from its shocks, or a preset
 * copy's "(custom)" name from before names were derived): editing it then re-derives the name.
 */
export function isGivenName(
  name: string,
  shocks: readonly ShockDraft[],
  sources: readonly SourceRef[],
): boolean {
  return (['en', 'zh-CN'] as const).some((lang) => {
    if (name === derivedName(shocks, sources, lang)) return true;
    const names = Object.values(DOMAIN[lang].presetName);
    return names.some((p) => name === SCENARIO[lang].presetCopyName(p));
  });
}
