import { formatMoney } from '../../i18n/format';
import type { DashboardMessages } from '../../i18n/messages/dashboard';
import type { Lang } from '../../i18n/lang';
import type { HeadroomStory, headroomTotals } from '../charts/headroomRows';
import { shortDate } from './dates';
import { localName } from '../../i18n/localName';

/** The headroom chart's text: the total before and at its lowest, then one line per source. */
export function headroomSummary(
  stories: HeadroomStory[],
  totals: ReturnType<typeof headroomTotals>,
  horizonDays: number,
  lang: Lang,
  m: DashboardMessages['headroom'],
): string[] {
  const money = (x: number) => formatMoney(x, lang);
  const date = (iso: string) => shortDate(iso, lang, horizonDays);
  if (stories.every((s) => s.kind === 'never')) return [m.none];
  const lines = [
    m.lead({
      before: money(totals.before),
      lowest: money(totals.lowest),
      date: date(totals.lowestDate),
    }),
  ];
  for (const s of stories) {
    switch (s.kind) {
      case 'always':
        lines.push(m.always({ name: localName(s.name, lang), today: money(s.today) }));
        break;
      case 'drops':
        lines.push(
          m.drops({
            name: localName(s.name, lang),
            today: money(s.today),
            from: date(s.from),
            closed: s.reason === 'closed',
          }) + (s.backOn ? m.backOn({ date: date(s.backOn) }) : m.staysOut),
        );
        break;
      case 'later':
        lines.push(
          m.later({
            name: localName(s.name, lang),
            from: date(s.from),
            limit: money(s.limit),
            usable: s.usable === s.limit ? null : money(s.usable),
          }),
        );
        break;
      case 'never':
        lines.push(m.never({ name: localName(s.name, lang) }));
        break;
      default: {
        const never: never = s;
        throw new Error(`unknown headroom story ${JSON.stringify(never)}`);
      }
    }
  }
  return lines;
}
