import type { Lang } from '../../i18n/lang';

const formats = new Map<Lang, Intl.DateTimeFormat>();

/** "22 Nov 2026, 14:05" / "2026年11月22日 14:05" in the viewer's time zone. */
export function formatLastEdited(iso: string, lang: Lang): string {
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(lang, f);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : f.format(date);
}
