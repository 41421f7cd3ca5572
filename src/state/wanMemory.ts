import { STORAGE_KEYS } from './storageKeys';

/**
 * Whether cards and tables show large amounts in 万 (¥12.35万) in Chinese, as the reader last
 * chose; on by default (docs/guided-start.md says why). Kept in localStorage, so the choice is
 * known at start-up like the language.
 */
export function rememberedWan(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEYS.wan) !== '0';
  } catch {
    return true; // storage blocked: the default
  }
}

export function rememberWan(on: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEYS.wan, on ? '1' : '0');
  } catch {
    // Storage blocked or full: the choice lasts for this visit only.
  }
}
