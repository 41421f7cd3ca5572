import { localName } from '../../i18n/localName';
import type { Lang } from '../../i18n/lang';
import type { ClientMeta } from '../../state/clientIndex';

/** A client file's name on screen: the name given to it, else the business name in the reader's language. */
export function clientLabel(
  meta: Pick<ClientMeta, 'name' | 'businessName'>,
  lang: Lang,
  untitled: string,
): string {
  return meta.name.trim() || localName(meta.businessName, lang) || untitled;
}
