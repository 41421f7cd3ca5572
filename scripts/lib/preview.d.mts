// Types for scripts/lib/preview.mjs, so playwright.config.ts can take Chromium's flags from it.
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';

export declare const CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export declare function startPreview(options: {
  port: number;
}): Promise<{ url: string; stop: () => void }>;
export declare function untilServing(
  server: ChildProcess,
  url: string,
  name: string,
): Promise<() => void>;
export declare function launchChromium(): Promise<Browser>;
export declare function openApp(url: string): Promise<{ browser: Browser; page: Page }>;
export declare function engageAsReader(page: Page): Promise<void>;
