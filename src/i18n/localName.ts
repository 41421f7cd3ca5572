import type { Lang } from './lang';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN = /[A-Za-z]/;

/**
 * The part of a bilingual name ("青山服饰 Qingshan Apparel (Taobao shop)") in the reader's
 * language, so a screen never mixes languages. A name that is not "Chinese then English" is
 * returned whole: the user's own words are never cut.
 * @example localName('青山服饰 Qingshan Apparel', 'en') // 'Qingshan Apparel'
 */
export function localName(name: string, lang: Lang): string {
  const trimmed = name.trim();
  const at = trimmed.search(LATIN);
  if (at <= 0) return trimmed;
  const zh = trimmed.slice(0, at).trim();
  const en = trimmed.slice(at).trim();
  if (!CJK.test(zh) || CJK.test(en)) return trimmed;
  return lang === 'zh-CN' ? zh : en;
}

/** `localName` without a trailing "(…)" or "（…）" note, for use inside a sentence. */
export function shortLocalName(name: string, lang: Lang): string {
  const local = localName(name, lang);
  const short = local.replace(/\s*[(（][^()（）]*[)）]\s*$/, '').trim();
  return short === '' ? local : short;
}
