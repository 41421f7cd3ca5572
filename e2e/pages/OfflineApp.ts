import { expect, type BrowserContext } from '@playwright/test';
import { cap } from '../support/timeouts';
import type { AppPage } from './AppPage';

/** The app as an installed PWA: its service worker, the network switch, the manifest. */
export class OfflineApp {
  constructor(
    private readonly app: AppPage,
    private readonly context: BrowserContext,
  ) {}

  /** Wait until the service worker is active (precache done) and controls this page. */
  async waitControlled(): Promise<void> {
    const page = this.app.page;
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: cap(30_000),
      })
      .toBe(true);
  }

  async goOffline(): Promise<void> {
    await this.context.setOffline(true);
    expect(await this.app.page.evaluate(() => navigator.onLine)).toBe(false);
  }

  /** The HTML the service worker serves for a navigation, fetched from inside the page. */
  async servedIndex(): Promise<string> {
    return this.app.page.evaluate(() => fetch('/').then((r) => r.text()));
  }

  async manifest(): Promise<{
    name: string;
    short_name: string;
    icons: { src: string; sizes: string; purpose?: string }[];
    theme_color: string;
  }> {
    return this.app.page.evaluate(() => fetch('/manifest.webmanifest').then((r) => r.json()));
  }
}
