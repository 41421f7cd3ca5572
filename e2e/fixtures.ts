import { expect, test as base } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { cap } from './support/timeouts';

/**
 * The day the browser believes it is. The sample opens dated from the reader's today
 * (src/io/sampleDates.ts); on the examples' own start day it is the file as shipped, so the
 * figures tests compute from examples/*.json (e2e/support/engine.ts) are the ones on screen
 * whatever the calendar says. Time still flows from there (`clock.install`, not a fixed time:
 * typing bursts and saves read the clock). A spec may pick another day with `test.use({ today })`.
 */
export const SAMPLE_START_DAY = '2026-12-01';

/**
 * `app`: the page object, already loaded as a first visit in English (each test has its own
 * browser context, so localStorage starts empty). Every test also fails on an uncaught page
 * error or a console error, so a crash in a panel nobody asserts on is still caught.
 */
export const test = base.extend<{
  app: AppPage;
  pageErrors: string[];
  scaledTimeout: void;
  today: string;
  pinnedClock: void;
}>({
  today: [SAMPLE_START_DAY, { option: true }],
  pinnedClock: [
    async ({ page, today }, use) => {
      // Mid-morning local time: the same calendar day in the browser whatever its time zone offset.
      await page.clock.install({ time: new Date(`${today}T10:00:00`) });
      await use();
    },
    { auto: true },
  ],
  /**
   * A spec's own `test.describe.configure({ timeout })` is a cap for an idle machine: scale it
   * like the config's (e2e/support/timeouts.ts). The config's default is scaled already.
   */
  scaledTimeout: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use, testInfo) => {
      if (testInfo.timeout !== 0 && testInfo.timeout !== testInfo.project.timeout)
        testInfo.setTimeout(cap(testInfo.timeout));
      await use();
    },
    { auto: true },
  ],
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
  app: async ({ page, pinnedClock }, use) => {
    void pinnedClock; // the clock is set before the first visit
    const app = new AppPage(page, 'en');
    await app.goto();
    await use(app);
  },
});
export { expect } from '@playwright/test';
