import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from './fixtures';
import type { Lang } from './support/strings';

/** Full-page screenshots for a human look (saved under test-output/screenshots/). */
const OUT = fileURLToPath(new URL('../test-output/screenshots/', import.meta.url));

const DEVICES = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 375, height: 812 } },
] as const;
const LANGS: { lang: Lang; suffix: string }[] = [
  { lang: 'en', suffix: 'en' },
  { lang: 'zh-CN', suffix: 'zh' },
];

test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

for (const device of DEVICES) {
  test.describe(`${device.name} screenshots`, () => {
    test.use({ viewport: device.viewport });
    for (const { lang, suffix } of LANGS) {
      test(`${device.name}-${suffix}`, async ({ app, page }) => {
        if (lang !== 'en') await app.switchLanguage(lang);
        await app.settled();
        await page.screenshot({
          path: path.join(OUT, `${device.name}-${suffix}.png`),
          fullPage: true,
        });
      });
    }
  });
}

test.describe('print', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test('desktop-print-en', async ({ app, page }) => {
    await page.emulateMedia({ media: 'print' });
    await app.settled();
    await page.screenshot({ path: path.join(OUT, 'desktop-print-en.png'), fullPage: true });
  });
});
