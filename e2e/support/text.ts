import type { Page } from '@playwright/test';

/** Latin words of three letters or more: what an untranslated English string leaves behind. */
export const LATIN_WORD = /\b[A-Za-z]{3,}\b/g;
/** CJK ideographs and CJK / full-width punctuation. */
export const CJK_RUN = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;

/**
 * What a sighted reader sees as text: the innerText of the header and main (innerText skips
 * hidden tooltips and closed panels, keeps visually-hidden screen-reader text).
 */
export async function headerAndMainText(page: Page): Promise<string> {
  return page.evaluate(() =>
    ['header', 'main']
      .map((sel) => (document.querySelector(sel) as HTMLElement | null)?.innerText ?? '')
      .join('\n'),
  );
}

/** The results only: header and main without the plan editor (the part holding the tablist). */
export async function resultsText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const header = (document.querySelector('header') as HTMLElement | null)?.innerText ?? '';
    const main = document.querySelector('main');
    const parts = main
      ? [...main.children]
          .filter((el) => !el.querySelector('[role="tablist"]'))
          .map((el) => (el as HTMLElement).innerText)
      : [];
    return [header, ...parts].join('\n');
  });
}

/** `text` with every occurrence of each string in `remove` cut out. */
export function without(text: string, remove: readonly string[]): string {
  return [...remove]
    .sort((a, b) => b.length - a.length)
    .reduce((t, r) => t.split(r).join(' '), text);
}

/** Distinct matches of `re` in `text` that are not in `allowed`. */
export function unexpected(text: string, re: RegExp, allowed: readonly string[]): string[] {
  const found = new Set(text.match(re) ?? []);
  return [...found].filter((w) => !allowed.includes(w)).sort();
}

/** Lines of `text` containing any of `tokens`, to make a failure readable. */
export function linesWith(text: string, tokens: readonly string[]): string[] {
  return text
    .split('\n')
    .filter((l) => tokens.some((t) => l.includes(t)))
    .map((l) => l.trim())
    .slice(0, 20);
}
