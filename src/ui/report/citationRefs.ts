import { CITATIONS, type CitationId } from '../../engine/defaults';
import { CITATIONS_ZH } from '../../i18n/messages/citations';
import type { Lang } from '../../i18n/lang';

/** Every citation in a fixed order, numbered from 1, so tables can point at "[3]". */
export const CITATION_IDS = Object.keys(CITATIONS) as CitationId[];

export const citationNumber = (id: CitationId): number => CITATION_IDS.indexOf(id) + 1;

/** Title, publisher and date of a citation in the reader's language. */
export function citationText(
  id: CitationId,
  lang: Lang,
): { title: string; publisher: string; date: string } {
  const c = CITATIONS[id];
  if (lang === 'zh-CN') return { ...CITATIONS_ZH[id], date: c.date };
  return { title: c.title, publisher: c.publisher, date: c.date };
}
