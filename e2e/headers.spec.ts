import { test as base } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Issue 17, item 10: `vite preview` sends the headers a host should send (docs/hosting.md),
 * made from the same policy as the page's <meta> (scripts/csp.mjs), and the app runs under them.
 */

test.describe('security headers', () => {
  test('every response carries the page policy plus frame-ancestors, nosniff and the rest', async ({
    app,
    request,
  }) => {
    const meta = await app.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta, 'build with scripts/csp.mjs').toBeTruthy();
    for (const path of ['/', '/manifest.webmanifest', '/sw.js']) {
      const response = await request.get(path);
      expect(response.ok(), path).toBe(true);
      const headers = response.headers();
      expect(headers['content-security-policy'], path).toBe(`${meta}; frame-ancestors 'none'`);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    }
    // The app itself runs under the header policy: the answer renders (the fixture also fails
    // on any console error, CSP violations included).
    await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  // Plain Playwright test: a page on another origin, with no app fixture.
  base('another site cannot frame the app', async ({ page, baseURL }) => {
    await page.route('http://other-site.example/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>framer</title><iframe src="${baseURL}/" width="800" height="600"></iframe>`,
      }),
    );
    await page.goto('http://other-site.example/');
    // Chromium replaces a refused frame by its error page: the app never loads inside it.
    const child = () => page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => child()?.url()).toBe('chrome-error://chromewebdata/');
    expect(page.frames().some((f) => f.url().startsWith(baseURL!))).toBe(false);
  });
});
