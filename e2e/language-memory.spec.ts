import { expect, test } from './fixtures';
import { test as plain } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { SHOTS } from './support/screenshots';

const CJK = /[\u4e00-\u9fff]/;

test('the language chosen survives a reload, before and after the page is engaged', async ({
  app,
}) => {
  await app.switchLanguage('zh-CN');
  await app.page.reload();
  // Chinese from the first paint: the prerendered Chinese screen, then the app.
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  app.lang = 'zh-CN';
  await app.waitReady();
  await expect(app.headline).toContainText(CJK);
  await expect(app.languageSelect).toHaveValue('zh-CN');
  await app.switchLanguage('en');
  await app.reload();
  await expect(app.headline).not.toContainText(CJK);
  await expect(app.languageSelect).toHaveValue('en');
});

plain.describe('a Chinese first visit', () => {
  plain.use({ locale: 'zh-CN' });

  plain(
    'shows the Chinese first screen before any script runs: never blank, never English',
    async ({ page }) => {
      // No app script at all: what shows is the prerendered HTML and the inline choice alone.
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.goto('/');
      const headline = page.getByRole('heading', { level: 1 });
      await expect(headline).toBeVisible();
      await expect(headline).toContainText(CJK);
      await expect(headline).not.toContainText(/Qingshan|survive/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await page.screenshot({ path: `${SHOTS}/first-screen-zh-no-js.png` });
    },
  );

  plain(
    'hydrates the Chinese screen in place: the headline never changes language',
    async ({ page }) => {
      const seen: string[] = [];
      await page.exposeFunction('fgSaw', (text: string) => seen.push(text));
      await page.addInitScript(() => {
        // Record the headline's text at every change, when it can be seen: the English markup
        // is parsed too (hidden under .fg-zh until the Chinese screen replaces it), never shown.
        const watch = () => {
          const h = document.querySelector('h1');
          if (h && h.checkVisibility({ visibilityProperty: true }))
            (window as unknown as { fgSaw: (t: string) => void }).fgSaw(h.textContent ?? '');
        };
        new MutationObserver(watch).observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
      const app = new AppPage(page, 'zh-CN');
      await app.goto();
      await expect(app.headline).toContainText(CJK);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.filter((t) => t.trim() !== '' && !CJK.test(t))).toEqual([]);
    },
  );
});
