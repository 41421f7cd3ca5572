import { defineConfig, devices } from '@playwright/test';
// Debian's Chromium with the flags this sandbox needs, shared with the bench and Lighthouse scripts.
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/lib/preview.mjs';
import { cap, EXPECT_TIMEOUT, TEST_TIMEOUT } from './e2e/support/timeouts';

// FUNDGAP_E2E_PORT lets two checkouts run their suites side by side without sharing a server.
const port = Number(process.env.FUNDGAP_E2E_PORT ?? 4173);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: Number(process.env.FUNDGAP_E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  // Caps, not waits: every test waits on conditions and passes as soon as they hold. Sized for a
  // loaded 2-core machine (e2e/support/timeouts.ts; FUNDGAP_E2E_SLOWDOWN scales them); a spec's
  // own test.describe.configure({ timeout }) is scaled the same way by e2e/fixtures.ts.
  timeout: TEST_TIMEOUT,
  expect: { timeout: EXPECT_TIMEOUT },
  reporter: [['list'], ['json', { outputFile: 'test-output/playwright.json' }]],
  use: {
    baseURL: origin,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    // The offline service worker precaches the whole app on each first visit: only the offline
    // spec wants that (it sets 'allow'); every other test sees the page as the network serves it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: origin,
    reuseExistingServer: !process.env.CI,
    timeout: cap(60_000),
  },
});
