import { addDays } from '../../engine/calendar';
import type { Shock } from '../../engine/model';
import { formatDate, formatDays, formatPercent } from '../../i18n/format';
import { DOMAIN } from '../../i18n/messages/domain';
import { SCENARIO } from '../../i18n/messages/scenario';
import type { Lang } from '../../i18n/lang';
import { targetLabel, type SourceRef } from './targetOptions';

/**
 * One shock in a line of words, e.g. "Freeze · Jiebei and Huabei · from Dec 1, 2026 for 30 days".
 * `startDate` is the plan's day 0.
 */
export function describeShock(
  shock: Shock,
  startDate: string,
  sources: readonly SourceRef[],
  lang: Lang,
): string {
  const m = SCENARIO[lang].summary;
  const parts: string[] = [DOMAIN[lang].shockType[shock.type]];
  if (shock.type === 'limit_cut') parts[0] += ` ${m.cut(formatPercent(shock.cutPercent, lang))}`;
  if (shock.type === 'revenue_drop')
    parts[0] += ` ${m.drop(formatPercent(shock.dropPercent, lang))}`;
  if (shock.type === 'payment_delay') parts[0] += ` ${m.delay(formatDays(shock.delayDays, lang))}`;
  if ('target' in shock) parts.push(targetLabel(shock.target, sources, lang));
  const date = formatDate(addDays(startDate, shock.startDay), lang);
  if (shock.type === 'recall') parts.push(m.recall(date, formatDays(shock.dueWithinDays, lang)));
  else if (shock.durationDays === null) parts.push(m.permanent(date));
  else parts.push(m.window(date, formatDays(shock.durationDays, lang)));
  return parts.join(' · ');
}
