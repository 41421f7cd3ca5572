import { expect, test } from '@playwright/test';

test('the app loads with its heading', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
});
