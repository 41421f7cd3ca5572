import type { Lang } from '../i18n/lang';
import { STORAGE_KEYS } from './storageKeys';

/**
 * The language the reader chose, kept in localStorage so it is known synchronously at start-up:
 * the first screen (index.html's inline script, src/main.tsx) picks the prerendered screen in
 * that language before any code loads. Client files also keep it (their index), but that is
 * read only later, once the reader starts working.
 */
export function rememberedLang(): Lang | null {
  try {
    const saved = localStorage.getItem(STORAGE_KEYS.lang);
    return saved === 'en' || saved === 'zh-CN' ? saved : null;
  } catch {
    return null; // storage blocked: the browser's languages decide
  }
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEYS.lang, lang);
  } catch {
    // Storage blocked or full: the choice lasts for this visit only.
  }
}
