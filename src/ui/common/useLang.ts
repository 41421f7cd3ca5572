import type { Lang } from '../../i18n/lang';
import { useStore } from '../../state/store';

/** The active language, from the store. */
export function useLang(): Lang {
  return useStore((s) => s.lang);
}
