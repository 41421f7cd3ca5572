// Types for scripts/lib/clientBook.mjs, so the e2e page objects seed the same book as the benchmarks.
import type { Page } from '@playwright/test';

export type BookOptions = {
  prefix?: string;
  vary?: 'buffer' | 'cash';
  lang?: string | null;
  db?: { database: string; objectStore: string; index: string; clientPrefix: string };
};
export declare function seedBook(
  page: Page,
  sample: unknown,
  count: number,
  options?: BookOptions,
): Promise<number>;
export declare function clientName(i: number, prefix?: string): string;
