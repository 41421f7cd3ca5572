import { CITATIONS, type CitationId } from '../engine/citations';
import type { Lang } from './lang';
import { CITATIONS_ZH } from './messages/citations';

/** Title, publisher and date of a citation in the reader's language (the report, the CLI). */
export function citationText(
  id: CitationId,
  lang: Lang,
): { title: string; publisher: string; date: string } {
  const c = CITATIONS[id];
  if (lang === 'zh-CN') return { ...CITATIONS_ZH[id], date: c.date };
  return { title: c.title, publisher: c.publisher, date: c.date };
}
