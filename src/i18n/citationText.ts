import { CITATIONS, type CitationId } from '../engine/citations';
import type { Lang } from './lang';
import { CITATIONS_ZH } from './messages/citations';

/** Title, publisher and date of a citation in the reader's language (the report, the CLI). */
export function citationText(
  id: CitationId,
  lang: Lang,
): { title: string; publisher: string; date: string } {
  const c = CITATIONS[id];
  if (lang === 'zh-CN') return { ...CITATIONS_ZH[id], date: dateZh(c.date) };
  return { title: c.title, publisher: c.publisher, date: c.date };
}

/** An undated page's note in Chinese; a date stays as the list gives it (2021-04-02). */
function dateZh(date: string): string {
  const undated = /^undated \(read (\d{4})\)$/.exec(date);
  return undated ? `未注明日期（${undated[1]}年查阅）` : date;
}
