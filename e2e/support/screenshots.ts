import { mkdirSync } from 'node:fs';
import { expect, type Locator } from '@playwright/test';

export const SHOTS = 'test-output/screenshots';

/**
 * Screenshots of one panel at the test's desktop size and at 375 px (`<name>-desktop.png`,
 * `<name>-375.png`). On a phone the panel must fit the screen: wide content (a grid, a table)
 * scrolls inside it, never the panel itself. Leaves the viewport at 375 px.
 */
export async function screenshotDesktopAndPhone(panel: Locator, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await panel.screenshot({ path: `${SHOTS}/${name}-desktop.png` });
  await panel.page().setViewportSize({ width: 375, height: 800 });
  await panel.scrollIntoViewIfNeeded();
  expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  expect((await panel.boundingBox())!.width).toBeLessThanOrEqual(375);
  await panel.screenshot({ path: `${SHOTS}/${name}-375.png` });
}
