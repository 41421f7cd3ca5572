import type { Lang } from './lang';
import type { PlanFile } from '../io/planSchema';

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

type Named = { name: string };
type Lists = Pick<PlanFile, 'cashAccounts' | 'cashFlows' | 'fundingSources'> & {
  scenarios?: PlanFile['scenarios'];
};

/**
 * Rename every named part of a plan (business, accounts, flows, sources, scenarios) with `rename`,
 * which gets the name and, for list items, the id.
 */
function renamePlan(file: PlanFile, rename: (name: string, key: string) => string): PlanFile {
  const each = <T extends Named & { id: string }>(list: string, items: readonly T[] | undefined) =>
    (items ?? []).map((x) => ({ ...x, name: rename(x.name, `${list}:${x.id}`) }));
  const lists: Lists = {
    cashAccounts: each('cashAccounts', file.cashAccounts),
    cashFlows: each('cashFlows', file.cashFlows),
    fundingSources: each('fundingSources', file.fundingSources),
    scenarios: each('scenarios', file.scenarios),
  };
  return {
    ...file,
    business: { ...file.business, name: rename(file.business.name, 'business') },
    ...lists,
  };
}

/**
 * A shipped sample in the reader's language: its files name everything in both languages
 * ("支付宝余额 Alipay balance"), and a screen shows one. Amounts and dates are untouched.
 * @example localizeSampleNames(sample, 'en').cashAccounts[0].name // 'Alipay balance'
 */
export function localizeSampleNames(file: PlanFile, lang: Lang): PlanFile {
  return renamePlan(file, (name) => localName(name, lang));
}

/**
 * After a change of language: each name that is still the sample's own (as shown in `from`)
 * becomes the sample's name in `to`; a name the user typed is kept as typed.
 */
export function switchSampleNames(
  file: PlanFile,
  sample: PlanFile,
  from: Lang,
  to: Lang,
): PlanFile {
  const original = new Map<string, string>();
  renamePlan(sample, (name, key) => {
    original.set(key, name);
    return name;
  });
  return renamePlan(file, (name, key) => {
    const raw = original.get(key);
    return raw !== undefined && localName(raw, from) === name ? localName(raw, to) : name;
  });
}
