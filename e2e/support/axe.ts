import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/**
 * What axe needs to judge the page a user sees, not one mid-change: nothing busy (placeholders,
 * stale panels dimmed while a Worker answers) and no transition or animation running (a panel
 * fading in has less contrast for a moment). Both are conditions the page reaches on its own.
 */
export async function readyForAxe(page: Page, within?: string): Promise<void> {
  const busy = within
    ? `${within}[aria-busy="true"], ${within} [aria-busy="true"]`
    : '[aria-busy="true"]';
  await expect(page.locator(busy)).toHaveCount(0);
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
}

/** Axe (WCAG 2 A/AA) on the part of the page a view adds; every violation spelled out on failure. */
export async function expectNoAxeViolations(
  page: Page,
  view: string,
  testInfo: TestInfo,
  within: string,
): Promise<void> {
  await readyForAxe(page, within);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa'])
    .include(within)
    .analyze();
  const details = results.violations.map((v) =>
    [
      `[${v.impact}] ${v.id}: ${v.help}`,
      ...v.nodes
        .slice(0, 6)
        .map(
          (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
        ),
    ].join('\n'),
  );
  if (details.length > 0)
    await testInfo.attach(`axe-${view}.txt`, {
      body: details.join('\n\n'),
      contentType: 'text/plain',
    });
  expect(details, `axe violations on ${view}:\n${details.join('\n\n')}`).toEqual([]);
}
