import { expect, test as base } from '@playwright/test';
import { AppPage } from './pages/AppPage';

/**
 * `app`: the page object, already loaded as a first visit in English (each test has its own
 * browser context, so localStorage starts empty). Every test also fails on an uncaught page
 * error or a console error, so a crash in a panel nobody asserts on is still caught.
 */
export const test = base.extend<{ app: AppPage; pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
      });
      await use(errors);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    const app = new AppPage(page, 'en');
    await app.goto();
    await use(app);
  },
});
export { expect } from '@playwright/test';
